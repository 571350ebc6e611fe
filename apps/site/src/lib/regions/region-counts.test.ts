import { OfferingSchema } from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { calendarItem } from '../calendar/calendar-items.ts';
import { cellText, regionCells } from './region-counts.ts';
import { GRID_COLUMNS, GRID_ROWS, REGIONS, regionNamed } from './region-grid.ts';

describe('the region tile grid', () => {
  it('has one cell per subject of the federation (89), each at its own place, with a short label and a Latin slug', () => {
    expect(REGIONS).toHaveLength(89);
    expect(new Set(REGIONS.map((r) => `${r.row}:${r.col}`)).size).toBe(89);
    expect(new Set(REGIONS.map((r) => r.slug)).size).toBe(89);
    for (const r of REGIONS) {
      expect(r.short.length, r.name).toBeLessThanOrEqual(8);
      expect(r.slug).toMatch(/^[a-z0-9-]+$/);
    }
    expect([GRID_COLUMNS, GRID_ROWS]).toEqual([18, 11]);
  });

  it('knows each region by its name and common other spellings', () => {
    expect(regionNamed('Омская область')?.slug).toBe('omskaya-oblast');
    expect(regionNamed('г. Москва')?.name).toBe('Москва');
    expect(regionNamed('Кемеровская область')?.short).toBe('Кузб');
    expect(regionNamed('Нарния')).toBeUndefined();
  });

  it('counts sites and offerings with open sign-up per region, each cell linking to its region page', () => {
    const offering = (start: string) =>
      OfferingSchema.parse({ title: 'x', kind: 'seminar', site: 's', format: 'distance', sessions: [{ start, end: start }], signup: {} });
    const items = [
      calendarItem('open', offering('2027-01-10 10:00'), { slug: 's', title: 's', region: 'Омская область' }, '2026-12-01'),
      calendarItem('past', offering('2026-11-10 10:00'), { slug: 's', title: 's', region: 'Омская область' }, '2026-12-01'),
    ];
    const { cells, unplaced } = regionCells([{ region: 'Омская область' }, { region: 'Омская область' }, { region: 'Томская область' }, { region: 'Нарния' }], items);
    const omsk = cells.find((c) => c.region.name === 'Омская область');
    expect([omsk?.sites, omsk?.openOfferings, omsk?.url]).toEqual([2, 1, '/regions/omskaya-oblast/']);
    expect(omsk && cellText(omsk)).toBe('Омская область: площадок — 2, мероприятий с открытым набором — 1');
    expect(cells.find((c) => c.region.name === 'Томская область')?.sites).toBe(1);
    expect(cells.reduce((sum, c) => sum + c.sites, 0)).toBe(3);
    expect(unplaced).toEqual(['Нарния']);
  });
});
