import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { type RunningServer, serveDist } from '../support/static-server.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const OMSK = '/regulations/omsk-polozhenie-o-msp-2021/';
const TOMSK = '/regulations/tomsk-polozhenie-o-trenerakh-2020/';

describe('a clause link, as a reader uses it', () => {
  it('lands on the clause it names, highlighted', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}${OMSK}#p-2-1-2`);
    const clause = page.locator('#p-2-1-2');
    await expect.poll(() => clause.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100);
    expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await clause.textContent()).toContain('2.1.2. Отбор муниципальных стажировочных площадок');
    await page.close();
  });

  it('copies the clause address with one click and says so', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${server.url}/instructions/tambov-dokumentoved/`);
    await page.locator('#p-3-7--2 > a.clause-link').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/instructions/tambov-dokumentoved/#p-3-7--2`);
    await expect.poll(() => page.locator('#clause-link-status').textContent()).toBe('Ссылка на пункт 3.7 (2-й с этим номером) скопирована');
    expect(new URL(page.url()).hash).toBe('#p-3-7--2');
    await context.close();
  });

  it('is a plain link without JavaScript: it goes to the clause and the address can be copied from the bar', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${TOMSK}`);
    await page.locator('#s-3--2').locator('xpath=..').locator('a.clause-link').click();
    expect(new URL(page.url()).hash).toBe('#s-3--2');
    expect(await page.locator('#s-3--2').textContent()).toBe('3. Основные задачи Тренеров ФИП ТОИПКРО');
    await context.close();
  });

  it('is reachable and announced by keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${OMSK}`);
    await page.locator('#p-1-1 > a.clause-link').focus();
    const focused = await page.evaluate(() => ({ label: document.activeElement?.querySelector('.clause-link__label')?.textContent, outline: getComputedStyle(document.activeElement as Element).outlineStyle }));
    expect(focused.label).toBe('Ссылка на пункт 1.1');
    expect(focused.outline).not.toBe('none');
    await page.close();
  });
});

describe('the org chart', () => {
  it('opens an instruction from its box, with the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/sites/tambov-stazhirovochnaya-ploschadka/`);
    const chart = page.locator('section.org-chart svg');
    expect(await chart.getByRole('link', { name: 'Координатор стажировочной площадки по учебно- методическому сопровождению деятельности' }).isVisible()).toBe(true);
    await chart.getByRole('link', { name: 'Координатор базовой площадки', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/instructions/tambov-koordinator-bazovoy/');
    const current = page.locator('.org-chart a.org-chart__node[aria-current="page"]');
    expect(await current.getAttribute('href')).toBe('/instructions/tambov-koordinator-bazovoy/');
    expect(await current.textContent()).toBe('Координатор базовой площадки');
    await page.close();
  });
});

describe('printing a document', () => {
  it('prints requisites and text without the site’s navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${TOMSK}`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('.breadcrumbs')).toBe(false);
    expect(await shown('nav.toc')).toBe(false);
    expect(await shown('a.clause-link')).toBe(false);
    expect(await shown('.requisites')).toBe(true);
    expect(await shown('article.document')).toBe(true);
    expect(await page.locator('.appendix-start').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await page.close();
  });

  it('comes out on A4 pages, the day of printing in the footer', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${TOMSK}`);
    const adopted = () => page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));
    await expect.poll(adopted).toMatch(/Версия от \d{2}\.\d{2}\.\d{4} · стр\. " counter\(page\) " из " counter\(pages\)/);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const footer = await adopted();
    const today = new Date().toLocaleDateString('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' });
    expect(footer).toContain(`Распечатано ${today} · стр. `);
    expect(footer).toContain(`${TOMSK}"`);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(sizes.length).toBeGreaterThan(2);
    for (const [width, height] of sizes) expect([width, height]).toEqual([595, 842]);
    await page.close();
  });
});
