import type { CollectionName } from '@stazhirovka/schema';

/** An entry as the content loader put it in Astro's store (what `getCollection` gives, less `collection`). */
export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  [field: string]: unknown;
}

/** One file the dev server's loader has just synced. */
export interface Save {
  collection: CollectionName;
  slug: string;
  /** When the loader began reading the file: a save made after it is not in this sync. */
  startedAt: number;
}

interface Shared {
  /** `collection/slug` → the entry as stored now, or null when it left its collection (refused, deleted). */
  entries: Map<string, StoredEntry | null>;
  /** Bumped with each change of `entries`, so pages know their site data is out of date. */
  version: number;
  listeners: Set<(save: Save) => void>;
}

// The loader runs in Astro's content layer, the pages in Vite's module runner: two module graphs
// in one process, sharing this through globalThis (as content-corpus.ts does).
const KEY = Symbol.for('stazhirovka:saved-entries');
const shared = (): Shared => {
  const global = globalThis as { [KEY]?: Shared };
  global[KEY] ??= { entries: new Map(), version: 0, listeners: new Set() };
  return global[KEY];
};

/**
 * Files saved while `astro dev` runs, ahead of Astro's data store. Astro writes its store 500 ms
 * after a change, serialising all of it, then reloads it as one module before a page sees the
 * change: 3–4 s a save at 10 000 documents. The loader records each file it syncs here, and the
 * pages read their data through it (lib/content.ts), so a saved page and its search entry show the
 * change as soon as the file is checked and rendered. Empty in a build: nothing records.
 */
export function recordSave(save: Save, entry: StoredEntry | null): void {
  const state = shared();
  state.entries.set(`${save.collection}/${save.slug}`, entry);
  state.version++;
  for (const listener of state.listeners) listener(save);
}

/** A full sync of the collection: Astro's store is the truth again once it reloads. */
export function forgetSaves(collection: CollectionName): void {
  const state = shared();
  let forgot = false;
  for (const key of state.entries.keys()) {
    if (key.startsWith(`${collection}/`)) forgot = state.entries.delete(key);
  }
  if (forgot) state.version++;
}

export function savedEntries(): { version: number; entries: ReadonlyMap<string, StoredEntry | null> } {
  const { version, entries } = shared();
  return { version, entries };
}

/** Calls `listener` after each file the loader syncs; returns what stops it. */
export function onSave(listener: (save: Save) => void): () => void {
  const { listeners } = shared();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
