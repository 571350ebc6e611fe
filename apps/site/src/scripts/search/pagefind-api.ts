/*
 * The part of Pagefind's browser API (pagefind.js 1.6) the search page uses. pagefind.js is
 * written by the build into /pagefind/ and has no types of its own.
 */

import { SEARCH_BUNDLE_URL, SEARCH_MANIFEST_FILE, type SearchManifest, VOCABULARY_FILTER } from '../../lib/search/search-bundle.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** Index of the first word after the element's start in `content.split(/\s+/)`. */
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
}

export interface PagefindResultData {
  url: string;
  /** Safe HTML: entities escaped, matches wrapped in <mark>. */
  excerpt: string;
  /** Raw text of the page; words split on whitespace are what `locations` point at. */
  content: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * `{ type: { any: ['Документ'] } }`: any of the values within a filter, all filters together;
 * `not` leaves out the pages with the values it names.
 */
export type FilterSelection = Record<string, { any: string[] } | Record<string, string>>;

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Results there would be with each value added to the current filters. */
  filters: FilterCounts;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options?: { filters?: FilterSelection; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearchResponse>;
}

/**
 * Loads the bundle at `bundle`; the URL is built at run time so the bundler leaves it alone. A
 * `query` makes it a new module (pagefind.js finds its folder with the query string ignored).
 */
export async function loadPagefind(bundle = SEARCH_BUNDLE_URL, query = ''): Promise<PagefindApi> {
  const url = `${bundle}pagefind.js${query}`;
  return (await import(/* @vite-ignore */ url)) as PagefindApi;
}

const NO_MANIFEST: SearchManifest = { alternatives: {}, shards: [] };

/**
 * What the build wrote beside the index (its shards, the stems of irregular words), asked for once.
 * Without it the first shard still finds what it holds.
 */
export const searchManifest = (() => {
  let loading: Promise<SearchManifest> | undefined;
  return () =>
    (loading ??= fetch(`${SEARCH_BUNDLE_URL}${SEARCH_MANIFEST_FILE}`)
      .then(async (response) => (response.ok ? ({ ...NO_MANIFEST, ...((await response.json()) as Partial<SearchManifest>) }) : NO_MANIFEST))
      .catch(() => NO_MANIFEST));
})();

export function mergeCounts(all: FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts)) {
      merged[name] ??= {};
      for (const [value, count] of Object.entries(values)) merged[name][value] = (merged[name][value] ?? 0) + count;
    }
  }
  return merged;
}

/**
 * The shards of one index (integrations/search/shards.ts) as one, searched side by side. Not
 * Pagefind's `mergeIndex`: browsing by title, its merge interleaves the shards' lists (each
 * result scores by its place in its own shard), while shards are ranges of titles in order, so
 * their lists are joined one after another. Each shard's vocabulary page is left out.
 */
function joinShards(shards: PagefindApi[]): PagefindApi {
  const notVocabulary = { [VOCABULARY_FILTER.name]: VOCABULARY_FILTER.value };
  const counts = (all: FilterCounts[]) => {
    const { [VOCABULARY_FILTER.name]: _vocabulary, ...merged } = mergeCounts(all);
    return merged;
  };
  return {
    options: async (options) => void (await Promise.all(shards.map((api) => api.options(options)))),
    init: async () => void (await Promise.all(shards.map((api) => api.init()))),
    filters: async () => counts(await Promise.all(shards.map((api) => api.filters()))),
    search: async (term, options = {}) => {
      const filters = { ...options.filters, not: notVocabulary };
      const answers = await Promise.all(shards.map((api) => api.search(term, { ...options, filters })));
      const joined = answers.flatMap((answer) => answer.results);
      // Pagefind's own merge ranks by score; a score weighs a word by how rare it is in its shard.
      const results = options.sort ? joined : joined.sort((a, b) => b.score - a.score);
      return { results, unfilteredResultCount: results.length, filters: counts(answers.map((answer) => answer.filters)) };
    },
  };
}

/**
 * The index the build wrote, with the search page's `options` set (`query`: see loadPagefind).
 * Each shard is its own pagefind.js module: instances made with `createInstance` share one worker,
 * and initialising several of them at once crashed its WASM (`unreachable`, `memory access out of
 * bounds`).
 */
export async function openBuiltIndex(options: Record<string, unknown>, query = ''): Promise<PagefindApi> {
  const { shards } = await searchManifest();
  const all = await Promise.all([SEARCH_BUNDLE_URL, ...shards].map((bundle) => loadPagefind(bundle, query)));
  await Promise.all(all.map((api) => api.options(options)));
  return all.length === 1 ? all[0] : joinShards(all);
}
