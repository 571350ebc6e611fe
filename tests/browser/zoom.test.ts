import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { contextWithSettings, SCHEMES, type StoredSettings } from '../support/reading-settings.ts';

// 200 % browser zoom of a 1280-px window is a 640-CSS-px layout; the panel's largest settings at
// 1280 px are the other way a reader gets there. Either way the page itself must not scroll
// sideways: only a wide table or the org chart may, inside its own box.
const LARGEST: StoredSettings = { font: '200', letter: 'wider', line: 'wider' };
const SHOTS_DIR = join(REPO_ROOT, 'test-results', 'a11y');

const site = useBuiltSite();

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements sticking out past the right edge with no scrolling box of their own around them. */
  cutOff: string[];
}

function measureOverflow(): Overflow {
  const root = document.documentElement;
  const width = root.clientWidth;
  const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  const cutOff: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= width + 1) continue;
    let box = el.parentElement;
    while (box && box !== document.body && !scrolls(box)) box = box.parentElement;
    if (box && box !== document.body && box.getBoundingClientRect().right <= width + 1) continue;
    cutOff.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} → ${Math.round(rect.right)}px`);
  }
  return { scrollWidth: root.scrollWidth, clientWidth: width, cutOff: cutOff.slice(0, 5) };
}

async function open(settings: StoredSettings, width: number, path: string): Promise<Page> {
  const context = await contextWithSettings(site.browser, settings, { viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  await page.waitForLoadState('networkidle');
  if (path.startsWith('/search/')) await page.locator('.search-result').first().waitFor();
  return page;
}

describe('no horizontal scrolling', () => {
  describe.each([
    ['at 200 % zoom (640 CSS px)', {}, 640],
    ['at the panel’s largest size and spacing, 1280 px', LARGEST, 1280],
  ] as const)('%s', (_name, settings, width) => {
    it.each(PAGE_TYPES)('%s', async (path) => {
      const page = await open(settings, width, path);
      const overflow = await page.evaluate(measureOverflow);
      await page.context().close();
      expect(overflow.cutOff).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    });
  });
});

describe('screenshots for review (test-results/a11y/)', () => {
  const variants: [string, StoredSettings][] = [
    ...SCHEMES.map((scheme): [string, StoredSettings] => [scheme, scheme === 'normal' ? {} : { scheme }]),
    ['largest', LARGEST],
  ];
  const pages = [
    ['home', '/'],
    ['regulation', '/regulations/tomsk-polozhenie-o-trenerakh-2020/'],
  ] as const;
  it.each(variants)('%s: home and a regulation, 1280 and 390 px, the page fits its width', async (name, settings) => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    for (const [pageName, path] of pages) {
      for (const width of [1280, 390]) {
        const page = await open(settings, width, path);
        await page.screenshot({ path: join(SHOTS_DIR, `${pageName}-${name}-${width}.png`) });
        const overflow = await page.evaluate(measureOverflow);
        await page.context().close();
        expect(overflow.cutOff.join('; '), `${path} ${width}px`).toBe('');
        expect(overflow.scrollWidth, `${path} ${width}px`).toBeLessThanOrEqual(overflow.clientWidth);
      }
    }
  });
});
