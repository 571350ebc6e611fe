import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The body split into its top-level Markdown blocks (paragraphs, headings, lists, tables…) with
 * the exact source bytes of each and of the gaps between them. Joining the pieces gives the body
 * back byte for byte, so an editor that replaces one block's source changes nothing else.
 */

const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown as the site reads it (GFM: tables, strikethrough, literal links), with positions. */
export const parseMarkdown = (markdown: string): Root => parser.parse(markdown);

export interface SourceBlock {
  /** The block's own bytes. */
  source: string;
  /** The parsed block (positions relative to the whole body). */
  node: RootContent;
}

export interface SplitBody {
  /** Bytes before the first block (usually none). */
  lead: string;
  blocks: SourceBlock[];
  /** `gaps[i]` sits between `blocks[i]` and `blocks[i + 1]` (blank lines); the last one ends the body. */
  gaps: string[];
}

const startOf = (node: RootContent) => node.position?.start.offset ?? 0;
const endOf = (node: RootContent) => node.position?.end.offset ?? 0;

/** Top-level blocks of `markdown` with the bytes between them. */
export function splitBody(markdown: string): SplitBody {
  const nodes = parseMarkdown(markdown).children;
  const blocks = nodes.map((node) => ({ node, source: markdown.slice(startOf(node), endOf(node)) }));
  const gaps = nodes.map((node, i) => markdown.slice(endOf(node), i + 1 < nodes.length ? startOf(nodes[i + 1]) : markdown.length));
  return { lead: nodes.length ? markdown.slice(0, startOf(nodes[0])) : markdown, blocks, gaps };
}

/** The body again: the inverse of splitBody for any blocks of source with their gaps. */
export function joinBody(lead: string, pieces: readonly { source: string; gap: string }[]): string {
  return lead + pieces.map((piece) => piece.source + piece.gap).join('');
}
