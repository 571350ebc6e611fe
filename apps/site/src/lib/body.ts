import { closeSync, openSync, readSync } from 'node:fs';
import type { ContentProblem } from '@stazhirovka/schema';
import type { MarkdownHeading } from 'astro';

/**
 * Where a rendered body is: a range of bytes in one of the content loader's files of bodies
 * (src/integrations/body-pack.ts). Not in Astro's data store: the store is bundled into the build
 * as one JavaScript module and held in memory whole, and at 10 000 documents their HTML made it
 * 130 MB, a third of the build's time and most of its memory.
 */
export interface BodyPlace {
  /** Absolute path of the file of bodies. */
  file: string;
  /** Where the body's UTF-8 bytes begin in it, and how many there are. */
  offset: number;
  length: number;
}

/** What the content loader stores with an entry instead of its HTML (src/integrations/content-loader.ts). */
export interface BodyMetadata {
  [key: string]: unknown;
  headings: MarkdownHeading[];
  /** The file's warnings, reported again while it stays unchanged. */
  warnings: ContentProblem[];
  body: BodyPlace;
}

export interface Body {
  html: string;
  headings: MarkdownHeading[];
}

/** An entry's rendered body, read when its page renders (one body per page, never held for all). */
export function bodyOf(entry: { id: string; collection: string; rendered?: { metadata?: Record<string, unknown> } }): Body {
  const metadata = entry.rendered?.metadata as BodyMetadata | undefined;
  if (!metadata?.body) throw new Error(`${entry.collection}/${entry.id}: the content loader stored no rendered body`);
  return { html: readBody(metadata.body), headings: metadata.headings };
}

/** The body at `place`, read whole; an error if its file ends before it. */
export function readBody({ file, offset, length }: BodyPlace): string {
  const bytes = Buffer.allocUnsafe(length);
  const fd = openSync(file, 'r');
  try {
    for (let read = 0; read < length; ) {
      const count = readSync(fd, bytes, read, length - read, offset + read);
      if (count === 0) throw new Error(`${file} ends before the body at bytes ${offset}–${offset + length}`);
      read += count;
    }
  } finally {
    closeSync(fd);
  }
  return bytes.toString('utf8');
}
