import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

// The org chart of the seed network as Chromium draws it, on a desktop and on a 390-px phone.

const site = useBuiltSite();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

const INSTRUCTION = '/instructions/tambov-dokumentoved/';

interface Line {
  from: string;
  segments: [number, number, number, number][];
}

/** The drawn lines with the superior each starts at, read from the SVG in the page. */
async function linesOfChart(): Promise<Line[]> {
  return page.locator('.org-chart__edges path').evaluateAll((paths) =>
    paths.map((path) => {
      const points = (path.getAttribute('d') ?? '').split(/[ML]/).filter(Boolean).map((p) => p.trim().split(' ').map(Number));
      return {
        from: path.getAttribute('data-from') ?? '',
        segments: points.slice(1).map((p, i) => [points[i][0], points[i][1], p[0], p[1]] as [number, number, number, number]),
      };
    }),
  );
}

/** A proper crossing: the two segments meet at a point inside both. */
function cross([ax, ay, bx, by]: number[], [cx, cy, dx, dy]: number[]): boolean {
  const det = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
  if (det === 0) return false;
  const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / det;
  const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / det;
  return t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6;
}

describe('the org chart of an instruction', () => {
  it('draws no crossing lines and none outside the drawing', async () => {
    await page.goto(`${site.server.url}${INSTRUCTION}`);
    const lines = await linesOfChart();
    expect(lines.length).toBeGreaterThan(5);
    const width = Number(await page.locator('.org-chart svg').getAttribute('width'));
    for (const a of lines) {
      for (const s of a.segments) {
        expect(Math.min(s[0], s[2])).toBeGreaterThanOrEqual(0);
        expect(Math.max(s[0], s[2])).toBeLessThanOrEqual(width);
        expect(s[3], 'a line going up loops').toBeGreaterThanOrEqual(s[1]);
        for (const b of lines.filter((line) => line.from !== a.from)) {
          for (const t of b.segments) expect(cross(s, t), `${a.from} × ${b.from}`).toBe(false);
        }
      }
    }
    await page.locator('.org-chart').screenshot({ path: 'test-results/search/org-chart-1280.png' });
  });

  it('on a 390-px phone scrolls sideways inside a labelled box that says so and takes the keyboard', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${site.server.url}${INSTRUCTION}`);
      const box = page.locator('.org-chart__scroll');
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
      await expect(box.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
      await expect(page.locator('.org-chart__scroll-hint').isVisible()).resolves.toBe(true);
      await expect(box.getAttribute('tabindex')).resolves.toBe('0');
      await expect(box.getAttribute('aria-label')).resolves.toMatch(/Схема подчинения/);
      await box.scrollIntoViewIfNeeded();
      await page.locator('.org-chart').screenshot({ path: 'test-results/search/org-chart-390.png' });
      await box.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('has a list of who reports to whom as its text alternative', async () => {
    await page.goto(`${site.server.url}${INSTRUCTION}`);
    const list = page.getByRole('list', { name: 'Кто кому подчиняется, списком' });
    await page.locator('.org-chart__list summary').click();
    const items = await list.locator(':scope > li').allTextContents();
    expect(items.length).toBe(11);
    expect(items.find((text) => text.startsWith('Документовед'))).toMatch(/подчиняется: Руководитель стажировочной площадки; Координатор/);
  });
});
