import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFERING_STATUS_LABELS, offeringStatus, type Offering, todayIso } from '@stazhirovka/schema';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content-files.ts';
import { pageText, readPage } from '../support/html-text.ts';
import { DIST_DIR } from '../support/paths.ts';

// The calendar, the offering pages, the .ics files and the region map as built from content/.
const offerings = contentFiles().filter((f) => f.collection === 'offerings');
const today = todayIso(process.env);
const statusOf = (data: unknown) => OFFERING_STATUS_LABELS[offeringStatus(data as Offering, today)];
const ics = (path: string) => readFileSync(join(DIST_DIR, path), 'utf8');
const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('offerings and the calendar', () => {
  it('has sample offerings, each marked «Пример» on its page, with its status, dates, sign-up and an .ics link', () => {
    expect(offerings.length).toBeGreaterThanOrEqual(2);
    for (const file of offerings) {
      const text = pageText(file.url);
      expect(file.data.example, file.url).toBe(true);
      expect(text).toContain('Пример. Это не настоящее мероприятие площадки');
      expect(text).toContain(`Статус ${statusOf(file.data)}`);
      expect(text).toContain('Даты и время');
      expect(text).toContain('Как записаться');
      expect(readPage(file.url).querySelector(`a[href="${file.url.replace(/\/$/, '')}.ics"]`)?.text).toBe('Добавить в календарь (.ics)');
    }
  });

  it('lists on /calendar/ every offering not yet finished, by month, each linked', () => {
    const coming = offerings.filter((f) => statusOf(f.data) !== 'Завершено');
    const links = readPage('/calendar/').querySelectorAll('.calendar-list h3 a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(coming.map((f) => f.url).sort());
    expect(readPage('/calendar/').querySelectorAll('.calendar-month h2').length).toBeGreaterThan(0);
  });

  it('filters by region and format on static pages, with counts and a way back', () => {
    const page = readPage('/calendar/region-tomskaya-oblast/format-distance/');
    expect(page.querySelectorAll('.calendar-list h3 a').map((a) => a.getAttribute('href'))).toEqual(['/offerings/primer-vebinar-tomsk-keys/']);
    expect(page.querySelector('.facet a[aria-current="true"]')?.text).toBe('Томская область (1)');
    expect(pageText('/calendar/region-tomskaya-oblast/format-distance/')).toContain('Сбросить фильтры');
    const omskFormats = readPage('/calendar/region-omskaya-oblast/').querySelectorAll('#facet-format ~ ul li').map((li) => li.text.trim());
    expect(omskFormats).toEqual(['Дистанционный (0)', 'Очный (0)', 'Смешанный (1)']);
  });

  it('serves an .ics per offering, one for all and one per site, readable by an independent parser', () => {
    const tomsk = events(ics('offerings/primer-vebinar-tomsk-keys.ics'));
    // 15:00 in Tomsk (UTC+7) is 08:00 UTC.
    expect(tomsk.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2027-01-20T08:00:00.000Z', '2027-01-27T08:00:00.000Z']);
    expect(tomsk[0].uid).toMatch(/^primer-vebinar-tomsk-keys-1@/);
    const all = events(ics('calendar.ics'));
    expect(all.length).toBe(offerings.reduce((n, f) => n + (f.data.sessions as unknown[]).length, 0));
    expect(events(ics('sites/tomsk-fip-toipkro.ics')).map((e) => e.uid)).toEqual(tomsk.map((e) => e.uid));
  });

  it('shows on a site page its offerings, its region and its calendar feed', () => {
    const text = pageText('/sites/tomsk-fip-toipkro/');
    expect(text).toContain('Мероприятия');
    expect(readPage('/sites/tomsk-fip-toipkro/').querySelector('a[href="/offerings/primer-vebinar-tomsk-keys/"]')).not.toBeNull();
    expect(readPage('/sites/tomsk-fip-toipkro/').querySelector('a[href="/regions/tomskaya-oblast/"]')).not.toBeNull();
    expect(readPage('/sites/tomsk-fip-toipkro/').querySelector('a[href="/sites/tomsk-fip-toipkro.ics"]')).not.toBeNull();
  });
});

describe('the region map', () => {
  const map = readPage('/regions/');
  const tiles = map.querySelectorAll('.tile-map a');

  it('has 89 cells, each a link to its region page, each named in words', () => {
    expect(tiles).toHaveLength(89);
    for (const tile of tiles) {
      const href = tile.getAttribute('href') ?? '';
      expect(href).toMatch(/^\/regions\/[a-z0-9-]+\/$/);
      expect(readPage(href).querySelector('h1')?.text).toBe(tile.querySelector('.visually-hidden')?.text.split(':')[0]);
    }
  });

  it('counts the sites of each region and its open offerings, in the cell and in the table', () => {
    const sites = contentFiles().filter((f) => f.collection === 'sites');
    const omskSites = sites.filter((f) => f.data.region === 'Омская область').length;
    const omsk = tiles.find((t) => t.getAttribute('href') === '/regions/omskaya-oblast/');
    const open = offerings.filter((f) => f.data.site === 'omsk-msp-professionalnoe-razvitie' && statusOf(f.data) === 'Набор открыт').length;
    expect(omsk?.querySelector('.visually-hidden')?.text).toBe(`Омская область: площадок — ${omskSites}, мероприятий с открытым набором — ${open}`);
    expect(omsk?.querySelector('.tile__counts')?.text).toBe(`${omskSites} / ${open}`);
    const rows = map.querySelectorAll('.region-table tbody tr').map((tr) => tr.structuredText.replace(/\s+/g, ' ').trim());
    expect(rows).toContain(`Омская область ${omskSites} ${open}`);
    expect(rows).toHaveLength(new Set(sites.map((f) => f.data.region)).size);
  });

  it('lists a region\'s sites and offerings on its page', () => {
    const links = readPage('/regions/tomskaya-oblast/').querySelectorAll('.entry-list a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/sites/tomsk-fip-toipkro/', '/offerings/primer-vebinar-tomsk-keys/']);
    expect(pageText('/regions/respublika-adygeya/')).toContain('В этом регионе площадок на сайте пока нет.');
  });
});
