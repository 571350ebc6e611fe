import type { SiteData } from '../content.ts';
import { resolve } from '../content.ts';
import { type CalendarItem, calendarItem } from './calendar-items.ts';

/** The offerings of the build as calendar items, in date order (computed once per build). */
const cache = new WeakMap<SiteData, CalendarItem[]>();

export function calendarItemsOf(data: SiteData): CalendarItem[] {
  let items = cache.get(data);
  if (!items) {
    items = data.offerings.map((entry) => {
      const site = resolve(data, 'sites', entry.data.site);
      return calendarItem(entry.id, entry.data, { slug: site.id, title: site.data.title, region: site.data.region }, data.today);
    });
    cache.set(data, items);
  }
  return items;
}

/** The site's own address for links inside `.ics` files. */
export const siteOrigin = (site: URL | undefined) => site?.origin ?? 'http://127.0.0.1:4321';
