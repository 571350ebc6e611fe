import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type ClauseNumber, type OutlineKind, parseClauseNumber } from './clauses.ts';

/**
 * One line of a document's structure: a section heading (numbered or not) or a numbered clause.
 * The site (on the HTML tree) and `validate` (on the Markdown tree) read the same outline, so
 * the ids on the page and the lines in the numbering report always match.
 */
export interface OutlineItem {
  kind: OutlineKind | 'heading';
  /** The number as written; absent for an unnumbered heading. */
  number?: ClauseNumber;
  /** Heading level (2 for `##`); absent for clauses. */
  depth?: number;
  /** Line in the file, when known, for messages. */
  line?: number;
}

/** The block kinds that can carry a number, whatever tree they come from. */
export type OutlineBlock = { type: 'heading'; depth: number } | { type: 'paragraph' } | { type: 'listItem' };

/** Classifies one block by its text; undefined for text that is not part of the outline. */
export function outlineItemOf(block: OutlineBlock, text: string, line?: number): OutlineItem | undefined {
  if (block.type === 'heading') {
    const number = parseClauseNumber(text, true);
    return number ? { kind: 'section', number, depth: block.depth, line } : { kind: 'heading', depth: block.depth, line };
  }
  const number = parseClauseNumber(text);
  return number ? { kind: 'clause', number, line } : undefined;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The outline of an MDX body; `lineOffset` turns body lines into file lines. */
export function outlineOfMarkdown(body: string, lineOffset = 0): OutlineItem[] {
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch {
    return []; // an unparsable body is reported by the MDX safety check
  }
  return outlineOfTree(tree, lineOffset);
}

/** The outline of an already parsed body (`parseMdxBody`), so `validate` parses each body once. */
export function outlineOfTree(tree: Root, lineOffset = 0): OutlineItem[] {
  const items: OutlineItem[] = [];
  const lineOf = (node: Nodes) => (node.position ? node.position.start.line + lineOffset : undefined);
  const walk = (node: Nodes, skip?: Nodes): void => {
    if (node === skip || node.type === 'table') return;
    const block = blockOf(node);
    const item = block && outlineItemOf(block, textOf(node), lineOf(node));
    if (item) items.push(item);
    if (node.type === 'heading' || node.type === 'paragraph' || !('children' in node)) return;
    // A list item's first paragraph is the item itself: reading it again would count it twice.
    const first = node.type === 'listItem' && node.children[0]?.type === 'paragraph' ? node.children[0] : undefined;
    for (const child of node.children) walk(child, first);
  };
  walk(tree);
  return items;
}

function blockOf(node: Nodes): OutlineBlock | undefined {
  if (node.type === 'heading') return { type: 'heading', depth: node.depth };
  if (node.type === 'paragraph' || node.type === 'listItem') return { type: node.type };
  return undefined;
}

/** The plain text of a Markdown node, escapes already resolved by the parser. */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}
