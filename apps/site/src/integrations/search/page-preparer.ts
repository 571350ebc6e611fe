/**
 * The hand-off between the search integration (../search-index.ts), which lives in Astro's config
 * and owns the dictionary, and the render middleware (./render-middleware.ts), which Vite bundles
 * into the build's server code: two copies of any module, but one process and one `globalThis`
 * (Astro prerenders pages in the build's own process). The key is registered, not a module
 * object, so both copies find the same slot.
 */
const SLOT = Symbol.for('stazhirovka.search.pagePreparer');

/** Hands one rendered page, at `pathname` on the site, over to be prepared for the search index (./prepared-pages.ts). */
export type PagePreparer = (html: Uint8Array, pathname: string) => Promise<void>;

type Slots = { [SLOT]?: PagePreparer };

export function providePagePreparer(preparer: PagePreparer | undefined): void {
  (globalThis as Slots)[SLOT] = preparer;
}

export function pagePreparer(): PagePreparer | undefined {
  return (globalThis as Slots)[SLOT];
}
