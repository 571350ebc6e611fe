import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { COLLECTION_NAMES } from '../collections.ts';
import type { CollectionName } from '../fields.ts';
import { CONTENT_EXTENSION, isPublishedName } from './names.ts';

export { CONTENT_EXTENSION, isPublishedName } from './names.ts';

/** A content file on disk before any checks. */
export interface RawEntry {
  collection: CollectionName;
  slug: string;
  /** Path relative to the repository root, as shown in messages. */
  file: string;
  source: string;
  /** Size on disk; when absent, the UTF-8 length of `source`. */
  bytes?: number;
  /** First line holding bytes that are not UTF-8 (`source` then has U+FFFD in their place). */
  badEncodingLine?: number;
  /** Why the file could not be read at all (`source` is then empty). */
  readError?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads one content file as UTF-8, noting where its bytes are not UTF-8 instead of hiding it. */
export function readEntry(path: string, collection: CollectionName, repoRoot: string): RawEntry {
  const bytes = readFileSync(path);
  const entry = {
    collection,
    slug: basename(path, CONTENT_EXTENSION),
    file: relative(repoRoot, path),
    bytes: bytes.length,
  };
  try {
    return { ...entry, source: decoder.decode(bytes) };
  } catch {
    return { ...entry, source: bytes.toString('utf8'), badEncodingLine: firstBadLine(bytes) };
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/**
 * Reads `content/<collection>/*.mdx` for every collection: the files the site publishes. Every
 * other file under the content folder is reported by `checkContentTree`. Read-only by design.
 */
export function loadContent(contentDir: string, repoRoot: string): RawEntry[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const dir = join(contentDir, collection);
    let names: string[];
    try {
      names = readdirSync(dir, { withFileTypes: true })
        // Symlinks and folders are not followed: checkContentTree reports them.
        .filter((entry) => entry.isFile() && isPublishedName(entry.name))
        .map((entry) => entry.name);
    } catch {
      return [];
    }
    return names.sort().map((name) => {
      try {
        return readEntry(join(dir, name), collection, repoRoot);
      } catch (error) {
        // Reported against the file by validateEntry, never a stack trace.
        const path = join(dir, name);
        const readError = (error as NodeJS.ErrnoException).code ?? String(error);
        return { collection, slug: basename(path, CONTENT_EXTENSION), file: relative(repoRoot, path), source: '', readError };
      }
    });
  });
}
