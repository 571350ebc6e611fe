import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

const titles = (page: Page) => page.locator('main .entry-list .entry-title a').allTextContents();

describe('filtering a collection index, without JavaScript', () => {
  it('a teacher on a phone narrows the documents to those in force and goes back to all', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/regulations/`);
    expect(await titles(page)).toHaveLength(4);

    // The filters follow the list on a phone; «К фильтрам» jumps there.
    await page.getByRole('link', { name: 'К фильтрам' }).click();
    const filters = page.getByRole('navigation', { name: 'Фильтры' });
    await expect(filters.getByRole('heading', { name: 'Статус' }).isVisible()).resolves.toBe(true);
    await filters.getByRole('link', { name: 'Действует (1)' }).click();

    expect(new URL(page.url()).pathname).toBe('/regulations/status/deystvuet/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Документы: Действует');
    expect(await titles(page)).toEqual(['Положение о муниципальной стажировочной площадке «По профессиональному развитию педагогических работников»']);
    await expect(page.locator('main .entry-list .badge').allTextContents()).resolves.toEqual(['Статус: Действует']);
    await expect(filters.getByRole('link', { name: 'Действует (1)' }).getAttribute('aria-current')).resolves.toBe('page');
    await expect(page.locator('.listing__summary').textContent()).resolves.toContain('Статус: Действует — 1 из 4.');

    await page.getByRole('link', { name: 'Показать все документы' }).click();
    expect(new URL(page.url()).pathname).toBe('/regulations/');
    expect(await titles(page)).toHaveLength(4);
    await context.close();
  });

  it('a filter is reached and followed from the keyboard, with its focus visible', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/sites/`);
    const link = page.locator('nav.facets a', { hasText: 'Томская область' });
    await link.focus();
    const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sites\/region\/tomskaya-oblast\/$/);
    expect(await titles(page)).toEqual(['Федеральная инновационная площадка ТОИПКРО: сеть тренеров по дистрибутивному распространению педагогического опыта']);
    await page.close();
  });
});
