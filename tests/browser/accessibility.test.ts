import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { appliedSettings, contextWithSettings, SCHEMES } from '../support/reading-settings.ts';

// axe-core is the engine behind most WCAG audits; it runs inside the page, on the real build.
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Every WCAG 2.1 A/AA rule by id: listing them runs the experimental ones too
// (label-content-name-mismatch, p-as-heading, td-has-header, …), which a tag filter leaves out.
const WCAG_RULES = axe.getRules(WCAG_AA).map((rule) => rule.ruleId);

const SCHEME_PAGES = ['/', '/regulations/status/deystvuet/', '/regulations/tomsk-polozhenie-o-trenerakh-2020/', '/sites/tambov-stazhirovochnaya-ploschadka/', '/search/?q=площадок'];

const site = useBuiltSite();

async function audit(path: string, scheme: string): Promise<string[]> {
  // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses.
  const context = await contextWithSettings(site.browser, scheme === 'normal' ? {} : { scheme }, { bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  await page.waitForLoadState('networkidle');
  if (path.startsWith('/search/')) await page.locator('.search-result').first().waitFor();
  // The audit must be of the scheme it names.
  expect((await page.evaluate(appliedSettings)).scheme).toBe(scheme === 'normal' ? undefined : scheme);
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = (await page.evaluate(
    (rules) => (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({ runOnly: { type: 'rule', values: rules } }),
    WCAG_RULES,
  )) as AxeResults;
  await context.close();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

describe('WCAG 2.1 A and AA, experimental rules included (axe-core), on the built site', () => {
  it('audits every colour scheme on pages that are among the page types', () => {
    expect(SCHEME_PAGES.every((path) => PAGE_TYPES.includes(path))).toBe(true);
  });

  it('runs the experimental rules the issue found violated', () => {
    expect(WCAG_RULES).toEqual(expect.arrayContaining(['label-content-name-mismatch', 'p-as-heading', 'td-has-header']));
  });

  it.each(PAGE_TYPES)('%s has no violations', async (path) => {
    expect(await audit(path, 'normal')).toEqual([]);
  });

  // A colour scheme changes colours, not structure: each is audited on the pages with the most
  // kinds of element (cards, badges, tables, the org chart, search results and filters).
  describe.each(SCHEMES.filter((scheme) => scheme !== 'normal'))('colours: %s', (scheme) => {
    it.each(SCHEME_PAGES)('%s has no violations', async (path) => {
      expect(await audit(path, scheme)).toEqual([]);
    });
  });
});
