/**
 * Where the search index lives, for the build that writes it, the page that loads it and the
 * dev server that serves it. Safe in the browser: no Node imports.
 */

/** The Pagefind bundle's folder in `dist/`… */
export const SEARCH_BUNDLE_DIR = 'pagefind';
/** …and the address the browser loads it from. */
export const SEARCH_BUNDLE_URL = `/${SEARCH_BUNDLE_DIR}/`;
/** What the search page needs beside Pagefind's bundle, written with the index into its folder. */
export const SEARCH_MANIFEST_FILE = 'search.json';
/** The folder, inside the bundle's, of the index shards after the first (integrations/search/shards.ts). */
export const SHARDS_DIR = 'shards';

/**
 * The filter of the page in each shard that holds the site's vocabulary
 * (integrations/search/vocabulary.ts): the search page leaves it out of every answer.
 */
export const VOCABULARY_FILTER = { name: 'vocabulary', value: 'all' } as const;

export interface SearchManifest {
  /** Alternative query stems of irregular words (see FormCompleter.alternatives). */
  alternatives: Record<string, string[]>;
  /** Addresses of the index's other shards, merged into the first one by the search page. */
  shards: string[];
}

/**
 * Sections that list other entries («Связанные документы», «На этот документ ссылаются») carry
 * this class: their words are those entries' titles, not the page's own, so they are not indexed.
 */
export const NOT_INDEXED_CLASS = 'related';
