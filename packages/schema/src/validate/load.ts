import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { COLLECTION_NAMES } from '../collections.ts';
import type { CollectionName } from '../fields.ts';

/** A content file on disk before any checks. */
export interface RawEntry {
  collection: CollectionName;
  slug: string;
  /** Path relative to the repository root, as shown in messages. */
  file: string;
  source: string;
}

const CONTENT_EXTENSIONS = new Set(['.md', '.mdx']);

/** Reads `content/<collection>/*.{md,mdx}` for every collection. Read-only by design. */
export function loadContent(contentDir: string, repoRoot: string): RawEntry[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const dir = join(contentDir, collection);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    return names
      .filter((name) => CONTENT_EXTENSIONS.has(extname(name)))
      .sort()
      .map((name) => ({
        collection,
        slug: basename(name, extname(name)),
        file: relative(repoRoot, join(dir, name)),
        source: readFileSync(join(dir, name), 'utf8'),
      }));
  });
}
