import {
  FORMATS,
  formatDateShort,
  formatPeriodRu,
  LEVELS,
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
    case 'practices':
      return [entry.data.organization, titleOf(data, 'sites', entry.data.site)].join(' · ');
  }
}

function titleOf(data: SiteData, collection: 'sites', slug: string): string {
  return data.byKey.get(`${collection}/${slug}`)?.data.title ?? slug;
}
