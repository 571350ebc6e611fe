import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { REPO_ROOT } from '../support/paths.ts';

// The «Done when» walk of issue 12 on the built site: calendar, filters, an offering, its .ics;
// a site page; the region map. Screenshots on a desktop and a 390-px phone go to test-results/.

const site = useBuiltSite();
let page: Page;
const SHOTS = join(REPO_ROOT, 'test-results/offerings');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU', acceptDownloads: true });
});

describe('a teacher finds an offering in the calendar', () => {
  it('filters by region and format, opens the offering, sees dates, status and sign-up, downloads the .ics', async () => {
    await page.goto(`${site.server.url}/calendar/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Календарь мероприятий');
    await page.getByRole('link', { name: 'Томская область (1)' }).click();
    await page.waitForURL(/\/calendar\/region-tomskaya-oblast\/$/);
    await page.getByRole('link', { name: 'Дистанционный (1)' }).click();
    await page.waitForURL(/\/calendar\/region-tomskaya-oblast\/format-distance\/$/);
    await expect(page.locator('.calendar-count').innerText()).resolves.toContain('Выбрано: Томская область, Дистанционный. Найдено: 1.');
    const titles = await page.locator('.calendar-list h3').allInnerTexts();
    expect(titles).toEqual(['Пример: вебинар «Как описать кейс эффективной практики»']);

    await page.getByRole('link', { name: titles[0], exact: true }).click();
    await page.waitForURL(/\/offerings\/primer-vebinar-tomsk-keys\/$/);
    const card = await page.locator('.requisites').innerText();
    expect(card).toMatch(/Даты и время\s+20 января 2027 г\., 15:00–16:30; 27 января 2027 г\., 15:00–16:30/);
    expect(card).toMatch(/Статус\s+(Набор открыт|Набор закрыт|Идёт|Завершено)/);
    expect(card).toMatch(/Как записаться\s+zapis@example\.org; контактное лицо: .+; запись до 15 января 2027 г\./);
    await expect(page.locator('.offering-zone').innerText()).resolves.toBe('Время местное: Томская область, UTC+7.');
    await expect(page.locator('.notice').innerText()).resolves.toContain('Пример. Это не настоящее мероприятие площадки');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Добавить в календарь (.ics)' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2027-01-20T08:00:00.000Z', '2027-01-27T08:00:00.000Z']);
  });

  it('opens a site and sees its offerings and documents, then the region map and a region', async () => {
    await page.goto(`${site.server.url}/sites/tomsk-fip-toipkro/`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Мероприятия');
    expect(main).toContain('Пример: вебинар «Как описать кейс эффективной практики»');
    expect(main).toContain('Документы');
    await page.getByRole('link', { name: 'Карта регионов' }).click();
    await page.getByRole('link', { name: /^Томская область: площадок — 1, мероприятий с открытым набором — \d$/ }).click();
    await page.waitForURL(/\/regions\/tomskaya-oblast\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Томская область');
  });
});

describe('screenshots on a desktop and a 390-px phone', () => {
  const pages = {
    calendar: '/calendar/',
    offering: '/offerings/primer-seminar-omsk-nastavnichestvo/',
    site: '/sites/omsk-msp-professionalnoe-razvitie/',
    map: '/regions/',
  };

  it.each([['desktop', 1280], ['phone', 390]] as const)('%s: no page is wider than the screen, the map scrolls inside its frame', async (name, width) => {
    const phone = await site.browser.newPage({ viewport: { width, height: 900 }, locale: 'ru-RU' });
    for (const [key, path] of Object.entries(pages)) {
      await phone.goto(`${site.server.url}${path}`);
      await phone.screenshot({ path: join(SHOTS, `${key}-${name}.png`), fullPage: true });
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.goto(`${site.server.url}/regions/`);
    const hint = phone.locator('.tile-map-hint--scroll');
    await expect(hint.isVisible()).resolves.toBe(width < 1024);
    await phone.close();
  });
});
