import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { appliedSettings } from '../support/reading-settings.ts';

const site = useBuiltSite();

/** What shows focus: the outline and shadow of the element and, for SVG links, the shape inside. */
function focusLook(el: Element): string {
  return [el, ...el.querySelectorAll('rect')].map((e) => {
    const s = getComputedStyle(e);
    // An outline counts only if it is drawn: a style with no width shows nothing.
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none';
    return [outline, s.boxShadow, s.stroke, s.strokeWidth, s.color, s.backgroundColor].join(' ');
  }).join(' | ');
}

interface Stop {
  name: string;
  inHeader: boolean;
  visible: boolean;
  indicated: boolean;
  top: number;
  left: number;
}

/** Records each element's unfocused look, then Tabs through the page from the top. */
async function walk(page: Page, limit = 400): Promise<Stop[]> {
  await page.evaluate((lookSource) => {
    const look = new Function(`return (${lookSource})`)() as (el: Element) => string;
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')) {
      el.setAttribute('data-unfocused-look', look(el));
    }
  }, focusLook.toString());
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((lookSource) => {
      const look = new Function(`return (${lookSource})`)() as (el: Element) => string;
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const rect = el.getBoundingClientRect();
      const visible = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
      return {
        name: `${el.tagName.toLowerCase()} «${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.getAttribute('name')}»`,
        inHeader: Boolean(el.closest('.site-header')) || el.classList.contains('skip-link'),
        visible,
        indicated: look(el) !== el.getAttribute('data-unfocused-look'),
        top: rect.top + scrollY,
        left: rect.left + scrollX,
      };
    }, focusLook.toString());
    if (!stop || (stops.length > 0 && stop.name === stops[0].name && stop.top === stops[0].top)) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard walk from the top of every page type', () => {
  it.each(PAGE_TYPES)('%s: every stop is visible and shows focus; the header in visual order', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}${path}`);
    await page.waitForLoadState('networkidle');
    if (path.startsWith('/search/')) await page.locator('.search-result').first().waitFor();
    const stops = await walk(page);
    await page.close();

    expect(stops[0].name).toBe('a «Перейти к содержанию»');
    expect(stops[1].name).toBe('button «Версия для слабовидящих»');
    expect(stops.length).toBeGreaterThan(8);
    expect(stops.filter((s) => !s.visible).map((s) => s.name)).toEqual([]);
    expect(stops.filter((s) => !s.indicated).map((s) => s.name)).toEqual([]);
    // Header: left to right within a row, rows top to bottom (the skip link sits over the page).
    const header = stops.filter((s) => s.inHeader).slice(1);
    for (const [i, stop] of header.entries()) {
      if (i === 0) continue;
      const before = header[i - 1];
      const sameRow = Math.abs(stop.top - before.top) < 12;
      expect(sameRow ? stop.left > before.left : stop.top > before.top, `${before.name} → ${stop.name}`).toBe(true);
    }
  });
});

describe('the «Версия для слабовидящих» panel by keyboard', () => {
  it('opens from the second Tab stop, changes the size, closes with Escape and gives focus back', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/regulations/tomsk-polozhenie-o-trenerakh-2020/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Настройки версии для слабовидящих' });
    expect(await panel.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim())).toBe('100 %');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(appliedSettings)).toEqual({ font: '125' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Версия для слабовидящих');
    expect(await page.locator('.a11y-toggle').getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });
});
