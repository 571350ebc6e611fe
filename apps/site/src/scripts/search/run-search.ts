import { pagefindStem, rewriteQuery } from '../../lib/search/russian-query.ts';
import type { FilterCounts, FilterSelection, PagefindApi, PagefindResult } from './pagefind-api.ts';

/** Chosen values per filter; values within a filter are alternatives, filters combine. */
export type Selection = Record<string, string[]>;

/** Query stem → keys of the other stems of the same word (built with the index, in its search manifest). */
export type Alternatives = Record<string, string[]>;

const MAX_VARIANTS = 8;

/**
 * The query with irregular words swapped for their other stems: «площадок омск» →
 * «площадка омск». At most MAX_VARIANTS, the query itself not included.
 */
export function variantsOf(term: string, alternatives: Alternatives): string[] {
  if (term.startsWith('"')) return [];
  const words = term.split(' ');
  let variants = [words];
  words.forEach((word, i) => {
    const others = alternatives[pagefindStem(word)] ?? [];
    variants = variants
      .flatMap((variant) => [variant, ...others.map((other) => variant.map((w, j) => (j === i ? other : w)))])
      .slice(0, MAX_VARIANTS + 1);
  });
  return variants.slice(1).map((variant) => variant.join(' '));
}

/**
 * Ranks results by their best score over the query and its variants. The variants find the same
 * pages (the index gives every page all stems of its words); ranking by the query alone would put
 * a page that uses «площадок» once above one that says «площадки» fifty times.
 */
async function rerank(pagefind: PagefindApi, results: PagefindResult[], variants: string[], filters: FilterSelection) {
  const best = new Map(results.map((result) => [result.id, result.score]));
  for (const variant of variants) {
    for (const result of (await pagefind.search(variant, { filters })).results) {
      const score = best.get(result.id);
      if (score !== undefined && result.score > score) best.set(result.id, result.score);
    }
  }
  return [...results].sort((a, b) => (best.get(b.id) ?? 0) - (best.get(a.id) ?? 0));
}

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
export async function runSearch(
  pagefind: PagefindApi,
  query: string,
  selection: Selection,
  alternatives: Alternatives = {},
): Promise<SearchOutcome> {
  const term = rewriteQuery(query) || null;
  const sort = term === null ? { title: 'asc' as const } : undefined;
  const filters = toPagefind(selection);
  const main = await pagefind.search(term, { filters, sort });
  const variants = term ? variantsOf(term, alternatives) : [];
  const results = variants.length > 0 ? await rerank(pagefind, main.results, variants, filters) : main.results;
  const counts: FilterCounts = { ...main.filters };
  // Pagefind counts each value "in addition to" the current filters. For a filter that already
  // has a choice, count again without that filter, so its other values show what choosing them gives.
  for (const [name, values] of Object.entries(selection)) {
    if (values.length === 0) continue;
    const others = await pagefind.search(term, { filters: toPagefind(selection, name) });
    counts[name] = others.filters[name] ?? {};
  }
  return { results, counts };
}
