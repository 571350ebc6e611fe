import type { CalendarItem } from '../calendar/calendar-items.ts';
import { type Region, REGIONS, regionNamed } from './region-grid.ts';

export interface RegionCell {
  region: Region;
  sites: number;
  /** Offerings whose sign-up is open («Набор открыт»). */
  openOfferings: number;
  url: string;
}

export const regionUrl = (region: Region) => `/regions/${region.slug}/`;

/** Every region with its counts, in grid order; a site whose region is not on the grid is in `unplaced`. */
export function regionCells(sites: readonly { region: string }[], items: readonly CalendarItem[]): { cells: RegionCell[]; unplaced: string[] } {
  const unplaced = [...new Set(sites.map((s) => s.region).filter((name) => !regionNamed(name)))];
  const cells = REGIONS.map((region) => ({
    region,
    sites: sites.filter((s) => regionNamed(s.region) === region).length,
    openOfferings: items.filter((i) => i.region === region && i.status === 'open').length,
    url: regionUrl(region),
  }));
  return { cells, unplaced };
}

/** What a cell says in words, for screen readers and the table: not colour alone. */
export function cellText(cell: RegionCell): string {
  return `${cell.region.name}: площадок — ${cell.sites}, мероприятий с открытым набором — ${cell.openOfferings}`;
}
