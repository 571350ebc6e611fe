import type { Facet, FacetContext, FacetValue } from '@stazhirovka/schema';
import { compareFacetValues } from '@stazhirovka/schema';

/**
 * The pure part of a collection's index pages: facet groups with their counts, computed in one
 * pass over the collection, pages of a list, and the numbered links of a pager. No Astro here, so
 * the rules are tested on their own (listing.test.ts).
 */

/** Entries per page of a list: a page stays small at tens of thousands of entries. */
export const PAGE_SIZE = 50;

/** A facet with more values than this shows its largest ones and links to a page with all. */
export const FACET_SHOWN = 8;

/** Reserved path segment of page 2, 3… of a list: `/<collection>/page/2/`. */
export const PAGE_SEGMENT = 'page';

export interface Listed {
  id: string;
  data: Record<string, unknown>;
}

/** One value of a facet with the entries that have it, in the collection's order. */
export interface FacetBucket<E extends Listed = Listed> extends FacetValue {
  entries: E[];
}

export interface FacetGroup<E extends Listed = Listed> {
  facet: Facet;
  /** Values in the facet's order; only values some entry has. */
  values: FacetBucket<E>[];
}

/**
 * Every facet's values and their entries, in one pass over the entries (no query per page). An
 * entry with several values (lines, references) is counted under each; two spellings that give
 * the same slug are one value, named by the first spelling met.
 */
export function groupByFacets<E extends Listed>(entries: readonly E[], facets: readonly Facet[], ctx: FacetContext): FacetGroup<E>[] {
  const buckets = facets.map(() => new Map<string, FacetBucket<E>>());
  for (const entry of entries) {
    facets.forEach((facet, i) => {
      const seen = new Set<string>();
      for (const value of facet.valuesOf(entry.data, ctx)) {
        if (!value.slug || seen.has(value.slug)) continue;
        seen.add(value.slug);
        const bucket = buckets[i].get(value.slug) ?? { ...value, entries: [] };
        bucket.entries.push(entry);
        buckets[i].set(value.slug, bucket);
      }
    });
  }
  return facets.map((facet, i) => ({ facet, values: [...buckets[i].values()].sort(compareFacetValues(facet.order)) }));
}

/** The values a facet's box shows: all when few, else the largest ones plus the current one, in the facet's order. */
export function shownValues<E extends Listed>(group: FacetGroup<E>, current?: string, limit = FACET_SHOWN): FacetBucket<E>[] {
  if (group.values.length <= limit + 2) return group.values;
  const largest = new Set([...group.values].sort((a, b) => b.entries.length - a.entries.length).slice(0, limit));
  return group.values.filter((value) => largest.has(value) || value.slug === current);
}

export const pageCount = (total: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

/** The entries of page `page` (from 1). */
export const pageOf = <T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] => items.slice((page - 1) * size, page * size);

/** `/regulations/` → `/regulations/page/3/`; page 1 is the list's own address. */
export const pageUrl = (base: string, page: number) => (page === 1 ? base : `${base}${PAGE_SEGMENT}/${page}/`);

/**
 * The numbered links of a pager: the first and last pages, the current one and its neighbours;
 * `gap` stands for the pages left out («…»).
 */
export function pagerItems(current: number, total: number, around = 2): (number | 'gap')[] {
  const items: (number | 'gap')[] = [];
  for (let page = 1; page <= total; page++) {
    const near = Math.abs(page - current) <= around;
    if (page === 1 || page === total || near) items.push(page);
    else if (items.at(-1) !== 'gap') items.push('gap');
  }
  return items;
}
