import {
  COLLECTIONS,
  fieldLabel,
  LEVELS,
  markBadges,
  OFFERING_STATUS_LABELS,
  offeringDays,
  REGULATION_KINDS,
  SITE_STATUS_LABELS,
  STATUS_LABELS,
} from '@stazhirovka/schema';
import type { CollectionEntry } from 'astro:content';
import { type AnyEntry, type SiteData, statusOf } from '../content.ts';
import { summaryOf } from '../describe.ts';

/**
 * Search filters, in the order the search page shows them. Keys are Pagefind filter names; the
 * values a page carries are Russian labels, shown as they are. A filter on a field is named by
 * the field's label.
 */
export const SEARCH_FILTERS = {
  type: 'Раздел',
  kind: fieldLabel('regulations', 'kind'),
  status: 'Статус документа',
  level: fieldLabel('regulations', 'level'),
  region: fieldLabel('regulations', 'region'),
  year: fieldLabel('practices', 'year'),
} as const;

export type SearchFilterName = keyof typeof SEARCH_FILTERS;

/** What a search result shows besides the excerpt; Pagefind returns these as `meta`. */
export interface SearchMetaFields {
  title: string;
  /** Content type badge: «Документ», «Площадка»… */
  type: string;
  /** Status label, e.g. «Срок действия истёк», and its code for the badge colour. */
  status?: string;
  status_code?: string;
  /** «Распоряжение № 364-р от 11.03.2021 · Комитет образования …» */
  requisites: string;
  /** Marks such as a sample case's (the reader label of its `example` field). */
  note?: string;
}

export interface SearchFacts {
  filters: Partial<Record<SearchFilterName, string>>;
  meta: SearchMetaFields;
}

const yearOf = (date: string | undefined) => date?.slice(0, 4);

/** The site an entry belongs to, whose level and region the entry shares. */
function siteOf(entry: AnyEntry, data: SiteData): CollectionEntry<'sites'> | undefined {
  if (entry.collection === 'sites') return entry;
  if (entry.collection === 'regulations') return undefined;
  return data.byKey.get(`sites/${entry.data.site}`) as CollectionEntry<'sites'> | undefined;
}

function placeOf(entry: AnyEntry, data: SiteData): { level?: string; region?: string } {
  if (entry.collection === 'regulations') {
    // A school's own order names no region; the site it belongs to does.
    const site = entry.data.site ? (data.byKey.get(`sites/${entry.data.site}`) as CollectionEntry<'sites'> | undefined) : undefined;
    return { level: LEVELS[entry.data.level], region: entry.data.region ?? site?.data.region };
  }
  const site = siteOf(entry, data);
  return site ? { level: LEVELS[site.data.level], region: site.data.region } : {};
}

function yearOfEntry(entry: AnyEntry): string | undefined {
  switch (entry.collection) {
    case 'regulations':
      return yearOf(entry.data.adoptedAt);
    case 'practices':
      return entry.data.year?.toString();
    case 'sites':
    case 'programs':
      return yearOf(entry.data.period?.from);
    case 'offerings':
      return yearOf(offeringDays(entry.data).first);
    case 'instructions':
      return undefined;
  }
}

/** Filters and result metadata of one entry, derived at build time like every other fact. */
export function searchFactsOf(entry: AnyEntry, data: SiteData): SearchFacts {
  const status = statusOf(entry, data.today);
  const statusLabel = status && (status.kind === 'document' ? STATUS_LABELS[status.value] : status.kind === 'site' ? SITE_STATUS_LABELS[status.value] : OFFERING_STATUS_LABELS[status.value]);
  const filters: SearchFacts['filters'] = {
    type: COLLECTIONS[entry.collection].labelSingular,
    ...placeOf(entry, data),
    year: yearOfEntry(entry),
  };
  if (entry.collection === 'regulations') filters.kind = REGULATION_KINDS[entry.data.kind];
  // The same words as the status badges (the schema's STATUS_LABELS), so a filter and a badge never disagree.
  if (status?.kind === 'document') filters.status = STATUS_LABELS[status.value];
  return {
    filters,
    meta: {
      title: entry.data.title,
      type: COLLECTIONS[entry.collection].labelSingular,
      status: statusLabel,
      status_code: status?.value,
      requisites: summaryOf(entry, data),
      note: markBadges(entry.collection, entry.data).map((badge) => badge.label).join('; ') || undefined,
    },
  };
}
