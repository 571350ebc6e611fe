import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { type RunningServer, serveDist } from '../support/static-server.ts';

// axe-core is the engine behind most WCAG audits; it runs inside the page, on the real build.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PAGES = [
  '/',
  '/regulations/',
  '/regulations/priozersk-rasporyazhenie-364-r/',
  '/regulations/tomsk-polozhenie-o-trenerakh-2020/',
  '/instructions/',
  '/instructions/tambov-dokumentoved/',
  '/sites/tambov-stazhirovochnaya-ploschadka/',
  '/programs/omsk-programma-msp/',
  '/practices/primer-keys-vzaimoobuchenie/',
  '/search/?q=площадок',
];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function audit(path: string): Promise<string[]> {
  // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses.
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${server.url}${path}`);
  await page.waitForLoadState('networkidle');
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({ runOnly: tags }),
    WCAG_AA,
  )) as AxeResults;
  await page.close();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

describe('WCAG 2.1 AA (axe-core) on the built site', () => {
  it.each(PAGES)('%s has no violations', async (path) => {
    expect(await audit(path)).toEqual([]);
  });
});
