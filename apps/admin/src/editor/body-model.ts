import type { RootContent } from 'mdast';
import { parseMarkdown, splitBody } from './body-blocks.ts';
import { type BlockLayout, cutAround, layoutOf, withSlot } from './block-slots.ts';
import { inlineToMarkdown, type Inline } from './inline-markdown.ts';

/**
 * The visual editor's state: the body as blocks, each with its layout (which pieces are editable)
 * and its source cut around those pieces. Pure, so that what an edit does to the text is tested
 * without a browser; the widget only maps DOM events onto these functions.
 */

export interface EditBlock {
  /** Stable across edits: React keys and focus. */
  id: number;
  /** Index in the body as loaded, or -1 for a block the person added. */
  origin: number;
  node: RootContent | undefined;
  layout: BlockLayout;
  /** Fixed source and slot source alternating (block-slots.ts `cutAround`). */
  parts: string[];
  /** The bytes after the block in the body as loaded. */
  gap: string;
}

export interface BodyModel {
  lead: string;
  blocks: EditBlock[];
}

let nextId = 1;

function blockOf(source: string, origin: number, gap: string): EditBlock {
  const nodes = parseMarkdown(source).children;
  const node = nodes.length === 1 ? nodes[0] : undefined;
  const layout: BlockLayout = node ? layoutOf(node, source) : { kind: 'source', slots: [] };
  return { id: nextId++, origin, node, layout, parts: layout.kind === 'source' ? [source] : cutAround(source, layout.slots), gap };
}

/** The body (as the form holds it) as blocks. */
export function modelOf(body: string): BodyModel {
  const split = splitBody(body);
  const blocks = split.blocks.map((block, i) => blockOf(block.source, i, split.gaps[i]));
  return { lead: split.lead, blocks };
}

export const sourceOf = (block: EditBlock): string => block.parts.join('');

/** A new block: an empty paragraph, or a heading of `level`. */
export function newBlock(level?: number): EditBlock {
  const block = blockOf(level ? `${'#'.repeat(level)} x` : 'x', -1, '');
  const parts = withSlot(block.parts, 0, '');
  const slots = block.layout.slots.map((slot) => ({ ...slot, children: [], end: slot.start }));
  return { ...block, node: undefined, parts, layout: { ...block.layout, slots } };
}

/** An added block nobody typed into does not reach the file. */
const isBlank = (block: EditBlock) => block.origin < 0 ? block.parts.every((part, i) => i % 2 === 0 || !part.trim()) : !sourceOf(block);

/**
 * The body again. Blocks that were neighbours keep the bytes between them; new neighbours get a
 * blank line; the body ends as it ended.
 */
export function bodyOf(model: BodyModel): string {
  const blocks = model.blocks.filter((block) => !isBlank(block));
  return model.lead + blocks.map((block, i) => sourceOf(block) + gapAfter(model, block, blocks[i + 1])).join('');
}

function gapAfter(model: BodyModel, block: EditBlock, next: EditBlock | undefined): string {
  const loaded = Math.max(...model.blocks.map((b) => b.origin));
  if (!next) return block.origin >= 0 && block.origin === loaded ? block.gap : '';
  return block.origin >= 0 && next.origin === block.origin + 1 ? block.gap : '\n\n';
}

/** The block with piece `slot` set to what the person typed. */
export function editSlot(block: EditBlock, slot: number, typed: Inline[]): EditBlock {
  const markdown = inlineToMarkdown(typed, block.layout.slots[slot].context);
  return { ...block, parts: withSlot(block.parts, slot, markdown) };
}

/** A block edited as Markdown source (code, quotes, nested lists). */
export const editSource = (block: EditBlock, source: string): EditBlock => ({ ...block, parts: [source] });
