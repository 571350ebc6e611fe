import { rewriteQuery } from '../../lib/search/russian-query.ts';
import type { FilterCounts, FilterSelection, PagefindApi, PagefindResult } from './pagefind-api.ts';

/** Chosen values per filter; values within a filter are alternatives, filters combine. */
export type Selection = Record<string, string[]>;

export interface SearchOutcome {
  results: PagefindResult[];
  /**
   * For every filter value, how many results there would be with that value chosen in its filter
   * and the other filters as they are: the number a reader expects next to a checkbox.
   */
  counts: FilterCounts;
}

function toPagefind(selection: Selection, without?: string): FilterSelection {
  const filters: FilterSelection = {};
  for (const [name, values] of Object.entries(selection)) {
    if (name !== without && values.length > 0) filters[name] = { any: values };
  }
  return filters;
}

/**
 * Runs a query (rewritten for Russian word forms, see lib/search/russian-query.ts) with filters.
 * An empty query browses: every page matching the filters, by title.
 */
export async function runSearch(pagefind: PagefindApi, query: string, selection: Selection): Promise<SearchOutcome> {
  const term = query.trim() ? rewriteQuery(query) : null;
  const sort = term === null ? { title: 'asc' as const } : undefined;
  const main = await pagefind.search(term, { filters: toPagefind(selection), sort });
  const counts: FilterCounts = { ...main.filters };
  // Pagefind counts each value "in addition to" the current filters. For a filter that already
  // has a choice, count again without that filter, so its other values show what choosing them gives.
  for (const [name, values] of Object.entries(selection)) {
    if (values.length === 0) continue;
    const others = await pagefind.search(term, { filters: toPagefind(selection, name) });
    counts[name] = others.filters[name] ?? {};
  }
  return { results: main.results, counts };
}
