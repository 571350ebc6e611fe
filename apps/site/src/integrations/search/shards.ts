/** A page for the search index: its built file (relative to the site's folder) and its sort key. */
export interface IndexedPage {
  file: string;
  /** The value Pagefind sorts the page by when a reader browses without a query: its title. */
  sortKey: string;
}

/**
 * Pages per index shard. Pagefind holds every page it indexes in memory until it has written the
 * index (~0.3 MB per page of ours, ~2.9 GB for 10 000), so a large site is indexed as several
 * shards, one after another, which the search page searches side by side (joinShards in
 * src/scripts/search/pagefind-api.ts). A shard of 5 000 takes less than Astro's own peak; each
 * shard more costs a reader ~80 KB (its pagefind.js, worker and WASM) on the first query.
 */
export const SHARD_PAGES = 5000;

/** `SITE_SEARCH_SHARD_PAGES` overrides SHARD_PAGES (the tests shard the few seed pages). */
export function shardSize(env: NodeJS.ProcessEnv = process.env): number {
  const setting = Number(env.SITE_SEARCH_SHARD_PAGES);
  return Number.isInteger(setting) && setting > 0 ? setting : SHARD_PAGES;
}

/**
 * Pagefind compares sort keys as Rust strings: byte by byte in UTF-8. Equal titles go by file, so
 * the shards do not depend on the order the pages were rendered in.
 */
const inPagefindOrder = (a: IndexedPage, b: IndexedPage) =>
  Buffer.compare(Buffer.from(a.sortKey), Buffer.from(b.sortKey)) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * Splits the pages into as few shards of at most `size` pages as it can, of equal size, each a
 * range of sort keys. Browsing without a query, the search page lists each shard's pages in order
 * and the shards one after another, so ranges keep the whole list sorted by title. The ranges are
 * not words or topics, so each shard weighs words much as the whole site would.
 */
export function planShards(pages: readonly IndexedPage[], size: number): IndexedPage[][] {
  const sorted = [...pages].sort(inPagefindOrder);
  const count = Math.max(1, Math.ceil(sorted.length / size));
  const each = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, i) => sorted.slice(i * each, (i + 1) * each));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The title a page gives Pagefind to sort by (SearchMeta.astro), read as Pagefind reads it:
 * entities decoded, white space collapsed.
 */
export function sortKeyOf(html: string): string {
  const value = /<meta data-pagefind-sort="title\[content\]" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return value
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, dec?: string, hex?: string, name?: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name?.toLowerCase() ?? ''] ?? entity),
    )
    .replace(/\s+/g, ' ')
    .trim();
}
