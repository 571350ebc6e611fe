/**
 * The supplementary search index of `astro dev` (src/integrations/dev-search.ts): the pages changed
 * since the dev server started, served beside the last built index. Never part of a build. Safe in
 * the browser: no Node imports.
 */

/** Where the dev server serves the supplementary Pagefind bundle… */
export const DEV_SEARCH_URL = '/pagefind-dev/';
/** …and, in that folder, what it holds (DevSearchState). */
export const DEV_STATE_FILE = 'dev-state.json';

/** What the search page needs to know to merge the dev index with the built one. */
export interface DevSearchState {
  /** Pages in the supplementary index: saved, added or fixed since the dev server started. */
  indexed: string[];
  /**
   * Pagefind ids of the built index's records for pages changed or removed since: the search
   * page leaves them out, so a changed page is found by its new text only, once.
   */
  hidden: string[];
  /** The last built index is missing: only the pages in `indexed` can be found. */
  noBuiltIndex: boolean;
  /** Counts the session index's rebuilds: a page that opened another version opens it again. */
  version: number;
}

/** The dev server's message to open pages (Vite's HMR channel) that the session's index changed. */
export const DEV_SEARCH_EVENT = 'stazhirovka:dev-search';
