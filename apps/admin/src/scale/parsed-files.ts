import type { CollectionName } from '@stazhirovka/schema';
import { withSummary } from '../entries/entry-facts.ts';
import { fromFields, fromFile } from '../format/entry-format.ts';

/**
 * Decap reads every file of a collection again for each relation search and each listing (its
 * proxy backend has no cursor and no cache), and parses each one with the collection's format.
 * Parsing is pure, so the result is kept per file text: an unchanged file is parsed once per
 * session, a changed one (new text) is parsed again. Each caller gets its own copy, because
 * Decap may fill in defaults on the data it is given.
 */
export function rememberParses<T>(parse: (text: string) => T, limit = 20_000): (text: string) => T {
  const parsed = new Map<string, T>();
  return (text) => {
    let data = parsed.get(text);
    if (data === undefined) {
      // A session that outgrows the limit starts over rather than tracking use.
      if (parsed.size >= limit) parsed.clear();
      data = parse(text);
      parsed.set(text, data);
    }
    return structuredClone(data);
  };
}

/** Fields the editing backend read for a listed frontmatter block (`fields`), by the block's text. */
const readByBackend = new Map<string, unknown>();

/**
 * Keeps the fields the backend sent with a listed entry, so the format does not read the same YAML
 * again: a sort or a picker over a thousand entries spent about a second on it.
 */
export function rememberListed(entries: { data: string | null; fields?: unknown }[]): void {
  if (readByBackend.size > 20_000) readByBackend.clear();
  for (const { data, fields } of entries) if (data !== null && fields !== undefined) readByBackend.set(data, fields);
}

const readers = new Map<CollectionName, (text: string) => Record<string, unknown>>();

function formOfText(collection: CollectionName, text: string): Record<string, unknown> {
  const fields = readByBackend.get(text);
  // A listed block is the file's frontmatter alone: its body is empty.
  return withSummary(collection, fields === undefined ? fromFile(collection, text) : fromFields(collection, fields, '', text));
}

/** A file's form data with its summary line, parsed once per file text (Decap's format and the pickers share it). */
export function formOf(collection: CollectionName, text: string): Record<string, unknown> {
  let read = readers.get(collection);
  if (!read) {
    read = rememberParses((source: string) => formOfText(collection, source));
    readers.set(collection, read);
  }
  return read(text);
}
