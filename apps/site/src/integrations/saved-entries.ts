import type { CollectionName } from '@stazhirovka/schema';

/**
 * An entry as the content loader gives it to Astro's store (what `getCollection` gives, less
 * `collection`): the data, the digest, where the body is. Stated here as far as this file needs it.
 */
export interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
}

/** One file the dev server's loader has just synced. */
export interface Save {
  collection: CollectionName;
  slug: string;
  /** When the loader began reading the file: a save made after it is not in this sync. */
  startedAt: number;
}

interface Shared {
  /** Collection → slug → the entry as the loader last checked it, or null when it left its collection (refused, deleted). */
  entries: Map<CollectionName, Map<string, StoredEntry | null>>;
  /** Bumped with each change of `entries`, so pages know their site data is out of date. */
  version: number;
  listeners: Set<(save: Save, entry: StoredEntry | null) => void>;
  /** Saves the loader has seen and not yet recorded: each settles when it is recorded or given up. */
  pending: Set<Promise<undefined>>;
}

// The loader runs in Astro's content layer, the pages in Vite's module runner: two module graphs
// in one process, sharing this through globalThis (as content-corpus.ts does).
const KEY = Symbol.for('stazhirovka:saved-entries');
const shared = (): Shared => {
  const global = globalThis as { [KEY]?: Shared };
  global[KEY] ??= { entries: new Map(), version: 0, listeners: new Set(), pending: new Set() };
  return global[KEY];
};

/**
 * Files saved while `astro dev` runs, as the content loader has checked them. They go to the pages
 * from here (lib/content.ts), not through Astro's data store: a change of the store makes Astro
 * serialise and write all of it 500 ms later, reload it as one module, and reload every open page
 * (3–4 s a save at 10 000 documents). The store takes them at the next start, by content hash.
 * Empty in a build: nothing records.
 */
export function recordSave(save: Save, entry: StoredEntry | null): void {
  const state = shared();
  const saved = state.entries.get(save.collection) ?? new Map<string, StoredEntry | null>();
  state.entries.set(save.collection, saved.set(save.slug, entry));
  state.version++;
  for (const listener of state.listeners) listener(save, entry);
}

/** A full sync of the collection (a start, a restart): Astro's store is the truth again. */
export function forgetSaves(collection: CollectionName): void {
  const state = shared();
  if (state.entries.delete(collection)) state.version++;
}

export function savedEntries(): { version: number; entries: ReadonlyMap<CollectionName, ReadonlyMap<string, StoredEntry | null>> } {
  const { version, entries } = shared();
  return { version, entries };
}

/** Calls `listener` after each file the loader syncs, with its entry (null: refused or deleted); returns what stops it. */
export function onSave(listener: (save: Save, entry: StoredEntry | null) => void): () => void {
  const { listeners } = shared();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks a file's save as under way until the returned function is called (recorded or given up). */
export function saveStarted(): () => void {
  const { pending } = shared();
  const { promise, resolve } = Promise.withResolvers<undefined>();
  pending.add(promise);
  return () => {
    pending.delete(promise);
    resolve(undefined);
  };
}

/** Resolves once the saves under way now are over, or after `limitMs` whatever they do. */
export function savesSettled(limitMs: number): Promise<void> {
  const { pending } = shared();
  if (pending.size === 0) return Promise.resolve();
  const limit = new Promise<void>((done) => setTimeout(done, limitMs).unref());
  return Promise.race([Promise.all(pending).then(() => undefined), limit]);
}
