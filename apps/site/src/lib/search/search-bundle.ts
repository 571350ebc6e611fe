/**
 * Where the search index lives, for the build that writes it, the page that loads it and the
 * dev server that serves it. Safe in the browser: no Node imports.
 */

/** The Pagefind bundle's folder in `dist/`… */
export const SEARCH_BUNDLE_DIR = 'pagefind';
/** …and the address the browser loads it from. */
export const SEARCH_BUNDLE_URL = `/${SEARCH_BUNDLE_DIR}/`;
/** Alternative query stems of irregular words, beside the bundle (see FormCompleter.alternatives). */
export const ALTERNATIVES_FILE = 'word-forms.json';
/**
 * Sections that list other entries («Связанные документы», «На этот документ ссылаются») carry
 * this class: their words are those entries' titles, not the page's own, so they are not indexed.
 */
export const NOT_INDEXED_CLASS = 'related';
