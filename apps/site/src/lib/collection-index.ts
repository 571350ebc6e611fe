import { type CollectionName, facetsOf } from '@stazhirovka/schema';
import type { AnyEntry, SiteData } from './content.ts';
import { type FacetBucket, type FacetGroup, groupByFacets, PAGE_SEGMENT, pageCount, pageOf, pageUrl } from './listing.ts';

/**
 * The static pages of a collection's index: the whole list and each facet value's list, paged,
 * and one page per facet naming all its values. Every page is a plain link, so filtering works
 * without JavaScript and every filter has an address to share.
 */

/** The filter a list page shows: a facet and one of its values. */
export interface ActiveFilter {
  group: FacetGroup<AnyEntry>;
  value: FacetBucket<AnyEntry>;
}

export type IndexPage =
  | {
      kind: 'list';
      collection: CollectionName;
      groups: FacetGroup<AnyEntry>[];
      filter?: ActiveFilter;
      /** The address of the list's first page. */
      base: string;
      entries: AnyEntry[];
      page: number;
      pages: number;
      total: number;
    }
  | { kind: 'facet'; collection: CollectionName; groups: FacetGroup<AnyEntry>[]; group: FacetGroup<AnyEntry> };

export interface IndexPath {
  params: { collection: string; path: string | undefined };
  props: IndexPage;
}

/** A slug an entry may not take: its page would sit where a facet or a page of the list is. */
function checkReserved(collection: CollectionName, entries: AnyEntry[], groups: FacetGroup<AnyEntry>[]) {
  const reserved = new Map<string, string>([[PAGE_SEGMENT, 'страниц списка'], ...groups.map((g): [string, string] => [g.facet.segment, `фильтра «${g.facet.label}»`])]);
  for (const entry of entries) {
    const use = reserved.get(entry.id);
    if (use) {
      throw new Error(`content/${collection}/${entry.id}.mdx: имя файла «${entry.id}» занято адресом ${use} (/${collection}/${entry.id}/); переименуйте файл, например в «${entry.id}-1.mdx».`);
    }
  }
}

function listPaths(collection: CollectionName, groups: FacetGroup<AnyEntry>[], entries: AnyEntry[], prefix: string, filter?: ActiveFilter): IndexPath[] {
  const pages = pageCount(entries.length);
  const base = `/${collection}/${prefix ? `${prefix}/` : ''}`;
  return Array.from({ length: pages }, (_, i) => {
    const page = i + 1;
    const path = pageUrl(base, page).slice(collection.length + 2, -1) || undefined;
    return {
      params: { collection, path },
      props: { kind: 'list', collection, groups, filter, base, entries: pageOf(entries, page), page, pages, total: entries.length },
    };
  });
}

/** Every index page of a collection; its facets are grouped once, here. */
export function indexPaths(collection: CollectionName, data: SiteData): IndexPath[] {
  const entries = data[collection] as AnyEntry[];
  const lookup = (target: CollectionName, slug: string) => data.byKey.get(`${target}/${slug}`)?.data as Record<string, unknown> | undefined;
  const groups = groupByFacets(entries, facetsOf(collection), { today: data.today, lookup });
  checkReserved(collection, entries, groups);
  return [
    ...listPaths(collection, groups, entries, ''),
    ...groups.filter((group) => group.values.length > 0).flatMap((group): IndexPath[] => [
      { params: { collection, path: group.facet.segment }, props: { kind: 'facet', collection, groups, group } },
      ...group.values.flatMap((value) => listPaths(collection, groups, value.entries, `${group.facet.segment}/${value.slug}`, { group, value })),
    ]),
  ];
}
