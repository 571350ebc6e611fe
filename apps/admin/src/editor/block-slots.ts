import type { Heading, List, PhrasingContent, RootContent, Table } from 'mdast';
import type { SlotContext } from './inline-markdown.ts';

/**
 * The editable pieces of one block: a paragraph's or heading's text, each list item's text, each
 * table cell's text. Everything else in the block's source (`## `, `- `, `| --- |`, the pipes) is
 * kept as fixed bytes around them, so editing a cell rewrites that cell and nothing else.
 */

export interface Slot {
  /** Offsets in the block's source. */
  start: number;
  end: number;
  /** The inline content as parsed, to show it. */
  children: PhrasingContent[];
  context: SlotContext;
}

export type BlockKind = 'paragraph' | 'heading' | 'list' | 'table' | 'source';

export interface BlockLayout {
  kind: BlockKind;
  slots: Slot[];
}

/** Inline content the visual editor shows and writes back as it was. */
const SHOWN_INLINE = new Set(['text', 'strong', 'emphasis', 'link', 'break', 'inlineCode', 'html']);

const startOf = (node: { position?: { start: { offset?: number } } }) => node.position?.start.offset ?? 0;
const endOf = (node: { position?: { end: { offset?: number } } }) => node.position?.end.offset ?? 0;

/** From the first child's start to the last one's end. */
const spanOf = (children: readonly PhrasingContent[]) => ({ start: startOf(children[0]), end: endOf(children[children.length - 1]) });

const PARAGRAPH: SlotContext = { indent: '', inTable: false, opensLine: true };
const AFTER_MARKER: SlotContext = { indent: '', inTable: false, opensLine: false };

/**
 * The layout of a block parsed from `source` (node positions relative to the block). A block
 * with anything the editor cannot show faithfully (code, quotes, nested lists, images) is edited
 * as Markdown source.
 */
export function layoutOf(node: RootContent, source: string): BlockLayout {
  const layout = visualLayout(node, source);
  const faithful = layout?.slots.every((slot) => slot.children.every(shownAsIs));
  return layout && faithful ? layout : { kind: 'source', slots: [] };
}

function visualLayout(node: RootContent, source: string): BlockLayout | undefined {
  switch (node.type) {
    case 'paragraph':
      return { kind: 'paragraph', slots: [{ start: 0, end: source.length, children: node.children, context: PARAGRAPH }] };
    case 'heading':
      return { kind: 'heading', slots: [headingSlot(node, source)] };
    case 'list':
      return listLayout(node, source);
    case 'table':
      return { kind: 'table', slots: tableSlots(node, source) };
    default:
      return undefined;
  }
}

function shownAsIs(node: PhrasingContent): boolean {
  if (!SHOWN_INLINE.has(node.type)) return false;
  return 'children' in node ? node.children.every(shownAsIs) : true;
}

function headingSlot(node: Heading, source: string): Slot {
  if (node.children.length) return { ...spanOf(node.children), children: node.children, context: AFTER_MARKER };
  const marker = /^#{1,6}[ \t]*/.exec(source)?.[0].length ?? source.length;
  return { start: marker, end: marker, children: [], context: AFTER_MARKER };
}

/** Lists whose items are one paragraph each (every list in the content today). */
function listLayout(node: List, source: string): BlockLayout | undefined {
  const slots: Slot[] = [];
  for (const item of node.children) {
    const [paragraph, ...rest] = item.children;
    if (rest.length || paragraph?.type !== 'paragraph') return undefined;
    const start = startOf(paragraph);
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    slots.push({ start, end: endOf(paragraph), children: paragraph.children, context: { indent: ' '.repeat(start - lineStart), inTable: false, opensLine: true } });
  }
  return { kind: 'list', slots };
}

/** Cells in reading order, row by row; an empty cell's slot sits after its pipe and space. */
function tableSlots(node: Table, source: string): Slot[] {
  return node.children.flatMap((row) =>
    row.children.map((cell) => {
      const context = { indent: '', inTable: true, opensLine: false };
      if (cell.children.length) return { ...spanOf(cell.children), children: cell.children, context };
      let at = startOf(cell);
      if (source[at] === '|') at++;
      if (source[at] === ' ') at++;
      return { start: at, end: at, children: [], context };
    }),
  );
}

/** The block's source cut around its slots: fixed, slot, fixed, slot, …, fixed. */
export function cutAround(source: string, slots: readonly Slot[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const slot of slots) {
    parts.push(source.slice(from, slot.start), source.slice(slot.start, slot.end));
    from = slot.end;
  }
  parts.push(source.slice(from));
  return parts;
}

/** The block's source with slot `index` replaced by `markdown`. */
export function withSlot(parts: readonly string[], index: number, markdown: string): string[] {
  const next = [...parts];
  next[2 * index + 1] = markdown;
  return next;
}
