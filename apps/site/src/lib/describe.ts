import {
  FORMATS,
  formatDateShort,
  formatPeriodRu,
  LEVELS,
  OFFERING_KINDS,
  type Offering,
  sessionText,
  REGULATION_KINDS,
  SITE_KINDS,
  UNITS,
} from '@stazhirovka/schema';
import type { CollectionEntry } from 'astro:content';
import type { AnyEntry, SiteData } from './content.ts';

/** «Распоряжение № 364-р от 11.03.2021» — the way Russian legal references are written. */
export function regulationRequisites(entry: CollectionEntry<'regulations'>): string {
  const { kind, number, adoptedAt } = entry.data;
  return [REGULATION_KINDS[kind], number && `№ ${number}`, adoptedAt && `от ${formatDateShort(adoptedAt)}`]
    .filter(Boolean)
    .join(' ');
}

/** One line under a title in lists: the facts a reader scans for. */
export function summaryOf(entry: AnyEntry, data: SiteData): string {
  switch (entry.collection) {
    case 'regulations':
      return [regulationRequisites(entry), entry.data.issuer].join(' · ');
    case 'instructions':
      return [entry.data.position, UNITS[entry.data.unit], titleOf(data, 'sites', entry.data.site)].join(' · ');
    case 'sites':
      return [SITE_KINDS[entry.data.kind], LEVELS[entry.data.level], entry.data.municipality ?? entry.data.region, formatPeriodRu(entry.data.period)]
        .filter(Boolean)
        .join(' · ');
    case 'programs':
      return [titleOf(data, 'sites', entry.data.site), entry.data.format && FORMATS[entry.data.format], formatPeriodRu(entry.data.period)]
        .filter(Boolean)
        .join(' · ');
    case 'offerings':
      return [OFFERING_KINDS[entry.data.kind], sessionsSummary(entry.data), FORMATS[entry.data.format], titleOf(data, 'sites', entry.data.site)]
        .filter(Boolean)
        .join(' · ');
    case 'practices':
      return [entry.data.organization, titleOf(data, 'sites', entry.data.site)].join(' · ');
  }
}

function titleOf(data: SiteData, collection: 'sites', slug: string): string {
  return data.byKey.get(`${collection}/${slug}`)?.data.title ?? slug;
}

/** «10 декабря 2026 г., 10:00–13:00», and «и ещё 2 встречи» when there are more. */
export function sessionsSummary(offering: Pick<Offering, 'sessions'>): string {
  const [first, ...rest] = offering.sessions;
  const text = sessionText(first.start, first.end);
  return rest.length > 0 ? `${text} и ещё ${rest.length} ${plural(rest.length, ['встреча', 'встречи', 'встреч'])}` : text;
}

/** The Russian plural form for a count: 1 встреча, 2 встречи, 5 встреч. */
export function plural(count: number, [one, few, many]: readonly [string, string, string]): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}
