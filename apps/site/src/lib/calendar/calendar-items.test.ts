import { OfferingSchema } from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { byMonth, type CalendarItem, calendarItem, facetOptions, filterItems, nonEmptySelections, parseSelection, selectionUrl, upcoming } from './calendar-items.ts';

const TODAY = '2026-12-01';
const site = (slug: string, region: string) => ({ slug, title: slug, region });
const item = (slug: string, format: string, start: string, audience: string[], where = site('omsk', 'Омская область')): CalendarItem =>
  calendarItem(
    slug,
    OfferingSchema.parse({ title: slug, kind: 'seminar', site: where.slug, format, audience, sessions: [{ start, end: start.replace(/\d\d:\d\d$/, '18:00') }], signup: {} }),
    where,
    TODAY,
  );

const items = [
  item('a', 'blended', '2026-12-15 14:00', ['педагогические работники']),
  item('b', 'distance', '2027-01-20 15:00', ['педагогические работники', 'молодые специалисты'], site('tomsk', 'Томская область')),
  item('c', 'in-person', '2027-02-08 09:00', ['руководящие кадры'], site('tambov', 'Тамбовская область')),
  item('old', 'in-person', '2026-10-01 09:00', ['руководящие кадры']),
];

describe('calendar filters', () => {
  it('shows what is coming, finished ones left out, grouped by month', () => {
    expect(byMonth(upcoming(items)).map((m) => [m.label, m.items.map((i) => i.slug)])).toEqual([
      ['Декабрь 2026', ['a']], ['Январь 2027', ['b']], ['Февраль 2027', ['c']],
    ]);
  });

  it('filters by region, format and audience together; an offering for two audiences is found by either', () => {
    const coming = upcoming(items);
    expect(filterItems(coming, { audience: 'pedagogicheskie-rabotniki' }).map((i) => i.slug)).toEqual(['a', 'b']);
    expect(filterItems(coming, { audience: 'molodye-spetsialisty' }).map((i) => i.slug)).toEqual(['b']);
    expect(filterItems(coming, { region: 'tomskaya-oblast', format: 'distance' }).map((i) => i.slug)).toEqual(['b']);
    expect(filterItems(coming, { region: 'tomskaya-oblast', format: 'blended' })).toEqual([]);
  });

  it('gives each choice a static, shareable address and reads it back', () => {
    const url = selectionUrl({ format: 'distance', region: 'tomskaya-oblast' });
    expect(url).toBe('/calendar/region-tomskaya-oblast/format-distance/');
    expect(parseSelection(url.replace('/calendar/', ''))).toEqual({ region: 'tomskaya-oblast', format: 'distance' });
    expect(parseSelection('format-distance/region-tomskaya-oblast')).toBeUndefined();
  });

  it('builds a page for every choice that leaves something, and only those', () => {
    const urls = nonEmptySelections(upcoming(items)).map(selectionUrl);
    expect(urls).toContain('/calendar/');
    expect(urls).toContain('/calendar/region-tomskaya-oblast/format-distance/audience-molodye-spetsialisty/');
    expect(urls).not.toContain('/calendar/region-tomskaya-oblast/format-blended/');
    for (const url of urls) expect(filterItems(upcoming(items), parseSelection(url.replace('/calendar/', '')) ?? {}).length, url).toBeGreaterThan(0);
  });

  it('counts each value given the other choices, and the chosen value links back to the unfiltered address', () => {
    const formats = facetOptions(upcoming(items), { region: 'omskaya-oblast' }, 'format');
    expect(formats.map((o) => [o.label, o.count, o.url])).toEqual([
      ['Дистанционный', 0, '/calendar/region-omskaya-oblast/format-distance/'],
      ['Очный', 0, '/calendar/region-omskaya-oblast/format-in-person/'],
      ['Смешанный', 1, '/calendar/region-omskaya-oblast/format-blended/'],
    ]);
    const chosen = facetOptions(upcoming(items), { region: 'omskaya-oblast' }, 'region').find((o) => o.current);
    expect(chosen?.url).toBe('/calendar/');
  });
});
