import { escapeMdx, unescapeMdx } from '@stazhirovka/schema';
import { type SourceBlock, splitBody } from '../editor/body-blocks.ts';

/**
 * The file's body after an edit, changed only where the form changed: blocks the form shows as
 * they were loaded keep their bytes (escapes, blank lines, list markers), and only the blocks in
 * between the unchanged start and the unchanged end are written anew, escaped for MDX. A
 * methodologist who corrects one clause changes one clause of the file.
 *
 * `original` is the file's text after the frontmatter; `shown` the body as the form holds it
 * (MDX escapes hidden, see entry-format.ts).
 */
export function patchBody(original: string, shown: string): string {
  const before = splitBody(original);
  const after = splitBody(shown.replace(/\s+$/, ''));
  if (!after.blocks.length) return '';
  const same = (a: SourceBlock, b: SourceBlock) => unescapeMdx(a.source) === b.source;
  const limit = Math.min(before.blocks.length, after.blocks.length);
  let head = 0;
  while (head < limit && same(before.blocks[head], after.blocks[head])) head++;
  let tail = 0;
  const fromEnd = (blocks: SourceBlock[], i: number) => blocks[blocks.length - 1 - i];
  while (tail < limit - head && same(fromEnd(before.blocks, tail), fromEnd(after.blocks, tail))) tail++;

  // Each block of the result: its bytes, and its index in the original when it is kept.
  const kept = (i: number) => ({ source: before.blocks[i].source, from: i });
  const pieces = [
    ...before.blocks.slice(0, head).map((_, i) => kept(i)),
    ...after.blocks.slice(head, after.blocks.length - tail).map((block) => ({ source: escapeMdx(block.source), from: -1 })),
    ...before.blocks.slice(before.blocks.length - tail).map((_, i) => kept(before.blocks.length - tail + i)),
  ];
  const lead = before.blocks.length ? before.lead : '\n';
  return lead + pieces.map((piece, i) => piece.source + gapAfter(before.gaps, piece.from, pieces[i + 1]?.from, i + 1 === pieces.length)).join('');
}

/**
 * The original gap where two kept blocks were neighbours (or the last block stays last); a blank
 * line between new neighbours, and one line break at the end of the file.
 */
function gapAfter(gaps: readonly string[], from: number, next: number | undefined, last: boolean): string {
  const original = from >= 0 ? gaps[from] : undefined;
  if (last) return original !== undefined && from === gaps.length - 1 ? original : '\n';
  return original !== undefined && next === from + 1 ? original : '\n\n';
}
