/*
 * The part of Pagefind's browser API (pagefind.js 1.6) the search page uses. pagefind.js is
 * written by the build into /pagefind/ and has no types of its own.
 */

import { SEARCH_BUNDLE_URL } from '../../lib/search/search-bundle.ts';

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

/** `{ type: { any: ['Документ'] } }`: any of the values within a filter, all filters together. */
export type FilterSelection = Record<string, { any: string[] }>;

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

/** Loads the bundle the build wrote; the URL is built at run time so the bundler leaves it alone. */
export async function loadPagefind(bundle = SEARCH_BUNDLE_URL): Promise<PagefindApi> {
  const url = `${bundle}pagefind.js`;
  return (await import(/* @vite-ignore */ url)) as PagefindApi;
}
