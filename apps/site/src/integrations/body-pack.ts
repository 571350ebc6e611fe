import { randomBytes } from 'node:crypto';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyPlace } from '../lib/body.ts';

const PACK_EXTENSION = '.bodies';

/**
 * The bodies one sync of a collection renders, appended to one new file in the collection's body
 * folder, each read back by its range (BodyPlace, lib/body.ts). A file per body cost the content
 * sync a quarter of its time at 1 000 documents (~0.5 ms to create each here, more right after
 * files were removed) and left 10 000 files for the next build to prune. A body is appended whole
 * before any entry names it, so a page rendering meanwhile (in dev) never reads half of one.
 */
export class BodyPack {
  readonly file: string;
  #fd: number | undefined;
  #size = 0;

  constructor(folder: string) {
    this.file = join(folder, `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}${PACK_EXTENSION}`);
  }

  append(html: string): BodyPlace {
    const bytes = Buffer.from(html, 'utf8');
    // Made with the first body: a sync with nothing to render leaves no file.
    this.#fd ??= openSync(this.file, 'wx');
    for (let written = 0; written < bytes.length; ) written += writeSync(this.#fd, bytes, written, bytes.length - written, this.#size + written);
    const place = { file: this.file, offset: this.#size, length: bytes.length };
    this.#size += bytes.length;
    return place;
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}

/**
 * Whether a body is still where the store says: its file is there and long enough (a crash may
 * have cut it short; the entry is then rendered again). `sizes` keeps each file's size for a sync.
 */
export function packHolds({ file, offset, length }: BodyPlace, sizes: Map<string, number>): boolean {
  let size = sizes.get(file);
  if (size === undefined) sizes.set(file, (size = statSync(file, { throwIfNoEntry: false })?.size ?? -1));
  return size >= offset + length;
}
