import { readFileSync } from 'node:fs';
import type { ContentProblem } from '@stazhirovka/schema';
import type { MarkdownHeading } from 'astro';

/**
 * What the content loader stores with an entry instead of its HTML (src/integrations/content-loader.ts).
 * The rendered body is a file of its own, named by the source's content hash: Astro's data store
 * is bundled into the build as one JavaScript module and held in memory whole, and at 10 000
 * documents their HTML made it 130 MB, a third of the build's time and most of its memory.
 */
export interface BodyMetadata {
  [key: string]: unknown;
  headings: MarkdownHeading[];
  /** The file's warnings, reported again while it stays unchanged. */
  warnings: ContentProblem[];
  /** Absolute path of the rendered HTML. */
  bodyFile: string;
}

export interface Body {
  html: string;
  headings: MarkdownHeading[];
}

/** An entry's rendered body, read when its page renders (one file per page, never held for all). */
export function bodyOf(entry: { id: string; collection: string; rendered?: { metadata?: Record<string, unknown> } }): Body {
  const metadata = entry.rendered?.metadata as BodyMetadata | undefined;
  if (!metadata?.bodyFile) throw new Error(`${entry.collection}/${entry.id}: the content loader stored no rendered body`);
  return { html: readFileSync(metadata.bodyFile, 'utf8'), headings: metadata.headings };
}
