import { toSlug } from '@stazhirovka/schema';

/**
 * Decap builds file names from its `slug` template, which cannot transliterate Cyrillic. Just
 * before a new entry is saved, this puts the project's own slug (`toSlug`, the policy the
 * importer and `validate` share) into the form data; the collection's template is
 * `{{fields._slug}}`, and Decap then adds `-1`, `-2`… if the name is taken. The key never reaches
 * the file (the entry format drops it), and existing entries keep their file name whatever
 * happens to the title, because Decap only names new entries.
 */
export const SLUG_KEY = '_slug';

/** Used when a title has nothing to transliterate (only punctuation, say). */
export const FALLBACK_SLUG = 'zapis';

export function slugForTitle(title: unknown): string {
  return (typeof title === 'string' && toSlug(title)) || FALLBACK_SLUG;
}

/** The part of Decap's Immutable entry map that the handler touches. */
interface EntryData {
  get(key: string): unknown;
  set(key: string, value: unknown): EntryData;
}
interface EntryMap {
  get(key: 'data'): EntryData;
  get(key: 'newRecord'): boolean | undefined;
}

/** `preSave` listener: returns the data with the slug set, or undefined to leave it as it is. */
export function addLatinSlug({ entry }: { entry: EntryMap }): EntryData | undefined {
  if (!entry.get('newRecord')) return undefined;
  const data = entry.get('data');
  return data.set(SLUG_KEY, slugForTitle(data.get('title')));
}
