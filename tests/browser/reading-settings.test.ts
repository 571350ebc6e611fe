import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { appliedSettings, contextWithSettings } from '../support/reading-settings.ts';

const site = useBuiltSite();

const HOME = '/';
const REGULATION = '/regulations/tomsk-polozhenie-o-trenerakh-2020/';

describe('«Версия для слабовидящих»', () => {
  it('remembers the choice on the next page and resets to «Обычная версия»', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${HOME}`);
    await page.getByRole('button', { name: 'Версия для слабовидящих' }).click();
    await page.getByRole('radio', { name: 'Белым по чёрному' }).check();
    await page.getByRole('radio', { name: '150 %' }).check();
    await page.getByRole('radio', { name: 'Большое' }).first().check();
    await page.getByRole('radio', { name: 'Не показывать' }).check();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');

    await page.goto(`${site.server.url}${REGULATION}`);
    expect(await page.evaluate(appliedSettings)).toEqual({ scheme: 'wb', font: '150', letter: 'wider', images: 'off' });
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    // The panel shows what is on.
    await page.getByRole('button', { name: 'Версия для слабовидящих' }).click();
    expect(await page.getByRole('radio', { name: 'Белым по чёрному' }).isChecked()).toBe(true);

    // «Обычная версия» stands in the bar while anything is on.
    await page.locator('.a11y-bar__row').getByRole('button', { name: 'Обычная версия' }).click();
    expect(await page.evaluate(appliedSettings)).toEqual({});
    expect(await page.locator('.a11y-bar__row .a11y-reset').isVisible()).toBe(false);
    await page.reload();
    expect(await page.evaluate(appliedSettings)).toEqual({});
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('applies a stored scheme before the first paint: no frame in the usual colours', async () => {
    const context = await contextWithSettings(site.browser, { scheme: 'wb' });
    // Every frame from the start of the document records the page background as drawn.
    await context.addInitScript(() => {
      const frames: string[] = [];
      (window as unknown as { frames_: string[] }).frames_ = frames;
      const tick = () => {
        if (document.body) frames.push(getComputedStyle(document.body).backgroundColor);
        if (document.readyState !== 'complete' || frames.length < 3) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${REGULATION}`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(100);
    const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
    expect(frames.length).toBeGreaterThan(0);
    expect(new Set(frames)).toEqual(new Set(['rgb(0, 0, 0)']));
    await context.close();
  });

  it('is not offered without JavaScript, and neither is «Распечатать»', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${REGULATION}`);
    expect(await page.getByRole('button', { name: 'Версия для слабовидящих' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Распечатать' }).count()).toBe(0);
    await context.close();
  });
});

describe('document pages', () => {
  it('print with the visible «Распечатать» button', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${REGULATION}`);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'Распечатать' }).click();
    expect(await page.locator('html[data-printed]').count()).toBe(1);
    await page.close();
  });

  it('explain the «¶» link: named «Ссылка на пункт N» and shown as a tooltip on focus', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/regulations/omsk-polozhenie-o-msp-2021/`);
    const link = page.getByRole('link', { name: 'Ссылка на пункт 2.1.7', exact: true });
    expect(await link.count()).toBe(1);
    const tooltip = link.locator('.clause-link__label');
    expect((await tooltip.boundingBox())?.width ?? 0).toBeLessThan(2);
    await link.focus();
    expect((await tooltip.boundingBox())?.width ?? 0).toBeGreaterThan(60);
    expect(await tooltip.textContent()).toBe('Ссылка на пункт 2.1.7');
    await page.close();
  });
});
