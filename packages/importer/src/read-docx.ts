import mammoth from 'mammoth';
import type { Group, Line, LinesGroup } from './blocks.ts';
import { blockComplete, blockRole, continuesBlock } from './approval.ts';
import { classifyLine, kindOfLine } from './classify.ts';
import { findDate } from './russian-date.ts';
import { type ListLabel, wordListLabels } from './word-numbering.ts';

/**
 * The parts of mammoth's document tree this reader uses (mammoth documents the tree for its
 * `transformDocument` option but ships no types for it).
 */
interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  isBold?: boolean;
  styleName?: string | null;
  alignment?: string | null;
  numbering?: { isOrdered: boolean; level: string | number } | null;
}

/** The file is not a Word document mammoth can open. */
export class DocxReadError extends Error {}

/**
 * Reads a .docx with mammoth (which also runs in the browser). Each Word paragraph is a group of
 * its own (soft line breaks keep their lines), except the letterhead and signature blocks at the
 * top, whose paragraphs stay together as a text file would keep them. Word's automatic numbering is
 * written into the text the way Word shows it («1.», «1.1.», «-»), so the numbers the reader sees
 * are the numbers the site publishes.
 */
export async function readDocx(data: ArrayBuffer | Uint8Array): Promise<Group[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let root: DocxNode | undefined;
  try {
    // Node's build reads `buffer`, the browser build `arrayBuffer`; both accept an ArrayBuffer.
    const input = { buffer: arrayBuffer, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    await mammoth.convertToHtml(input, {
      transformDocument: (document: DocxNode) => {
        root = document;
        return document;
      },
    });
  } catch (error) {
    throw new DocxReadError((error as Error).message);
  }
  if (!root) throw new DocxReadError('пустой документ');
  const labels = await wordListLabels(arrayBuffer).catch(() => []);
  // Word's own numbers when they line up with mammoth's numbered paragraphs; else counted by level.
  const labeler = labels.length === countNumbered(root) ? new WordLabels(labels) : new LevelCounters();
  return mergeBlocks(groupsOf(root.children ?? [], labeler));
}

interface Labeler {
  next(level: number, ordered: boolean): string;
}

/** The numbers Word shows, read from numbering.xml, in document order. */
class WordLabels implements Labeler {
  private at = 0;
  private readonly labels: ListLabel[];
  constructor(labels: ListLabel[]) {
    this.labels = labels;
  }
  next(): string {
    return this.labels[this.at++]?.label ?? '';
  }
}

/** Fallback: «1.», then «1.1.», «1.2.» under it, by list level. */
class LevelCounters implements Labeler {
  private counts: number[] = [];
  next(level: number, ordered: boolean): string {
    if (!ordered) return '-';
    this.counts = this.counts.slice(0, level + 1);
    while (this.counts.length <= level) this.counts.push(0);
    this.counts[level] += 1;
    return `${this.counts.join('.')}.`;
  }
}

function countNumbered(node: DocxNode): number {
  const own = node.type === 'paragraph' && node.numbering ? 1 : 0;
  return own + (node.type === 'paragraph' ? 0 : (node.children ?? []).reduce((sum, c) => sum + countNumbered(c), 0));
}

function groupsOf(nodes: DocxNode[], labeler: Labeler): Group[] {
  const groups: Group[] = [];
  for (const node of nodes) {
    if (node.type === 'table') {
      groups.push({ type: 'table', rows: (node.children ?? []).map((row) => (row.children ?? []).map((cell) => cellText(cell, labeler))) });
      continue;
    }
    if (node.type !== 'paragraph') continue;
    const line = paragraphLine(node, labeler);
    if (line) groups.push({ type: 'lines', lines: line.text.split('\n').map((text) => ({ ...line, text: text.trim() })).filter((l) => l.text) });
  }
  return groups.filter((group) => group.type === 'table' || group.lines.length > 0);
}

function cellText(cell: DocxNode, labeler: Labeler): string {
  return (cell.children ?? [])
    .flatMap((child) => (child.type === 'paragraph' ? [paragraphLine(child, labeler)?.text ?? ''] : []))
    .filter(Boolean)
    .join('\n');
}

function paragraphLine(paragraph: DocxNode, labeler: Labeler): Line | undefined {
  const runs: { text: string; bold: boolean }[] = [];
  collectRuns(paragraph, false, runs);
  // A numbered paragraph takes its number even when empty, or the numbers after it would shift.
  const label = paragraph.numbering ? labeler.next(Number(paragraph.numbering.level) || 0, paragraph.numbering.isOrdered) : undefined;
  let text = runs.map((run) => run.text).join('').replace(/\t+/g, '   ').replace(/[ \u00a0]+\n/g, '\n').trim();
  if (!text) return undefined;
  const visible = runs.filter((run) => run.text.trim());
  const line: Line = { text, bold: visible.length > 0 && visible.every((run) => run.bold) };
  if (paragraph.alignment === 'center' || paragraph.alignment === 'right' || paragraph.alignment === 'both') line.align = paragraph.alignment;
  const heading = /^(?:heading|заголовок)\s*(\d)$/i.exec(paragraph.styleName ?? '');
  if (heading) line.heading = Number(heading[1]);
  if (paragraph.numbering && label !== undefined) {
    text = label ? `${label} ${text}` : text;
    line.text = text;
    line.wordList = { ordered: paragraph.numbering.isOrdered, level: Number(paragraph.numbering.level) || 0 };
  }
  return line;
}

function collectRuns(node: DocxNode, bold: boolean, out: { text: string; bold: boolean }[]) {
  const isBold = bold || Boolean(node.isBold);
  if (node.type === 'text') out.push({ text: node.value ?? '', bold: isBold });
  else if (node.type === 'tab') out.push({ text: '\t', bold: isBold });
  else if (node.type === 'break') out.push({ text: '\n', bold: isBold });
  for (const child of node.children ?? []) collectRuns(child, isBold, out);
}

/**
 * Word writes a letterhead or a signature block as one paragraph per line. Before the first
 * numbered line, neighbouring short paragraphs with the same alignment stay together, and a
 * block from «УТВЕРЖДАЮ» to its date stays together, as the lines of a text file would.
 */
function mergeBlocks(groups: Group[]): Group[] {
  const out: Group[] = [];
  let bodyStarted = false;
  for (const group of groups) {
    const last = out.at(-1);
    if (group.type === 'lines' && group.lines.some((line) => classifyLine(line.text).type === 'clause')) bodyStarted = true;
    if (group.type === 'lines' && last?.type === 'lines' && (boldTitle(last, group) || (!bodyStarted && joins(last, group)))) {
      last.lines.push(...group.lines);
      continue;
    }
    out.push(group);
  }
  return out;
}

/** A bold title over several paragraphs («ЗАЯВКА» / «на участие в конкурсе») is one heading. */
function boldTitle(previous: LinesGroup, next: LinesGroup): boolean {
  const lines = [...previous.lines, ...next.lines];
  return lines.length <= 4 && lines.every((line) => line.bold && !line.heading && !line.wordList && line.text.length <= 120 && classifyLine(line.text).type === 'text');
}

/** A line that continues a title: short, not a sentence, not a date, number or clause. */
function titleLine(text: string): boolean {
  return text.length <= 150 && !/[.:;]$/.test(text) && !findDate(text) && !/^№/.test(text) && classifyLine(text).type === 'text';
}

function joins(previous: LinesGroup, next: LinesGroup): boolean {
  const a = previous.lines.at(-1);
  const b = next.lines[0];
  if (!a || !b || b.heading || a.heading) return false;
  if (blockRole(b.text) || kindOfLine(b.text)) return false;
  // «ПОЛОЖЕНИЕ» on its own line, then what it is about, one paragraph per line.
  const kind = kindOfLine(previous.lines[0].text);
  if (kind) return kind.written === previous.lines[0].text.trim() && titleLine(b.text);
  if (kindOfLine(a.text)) return false;
  if (blockRole(previous.lines[0].text)) return !blockComplete(previous.lines.map((line) => line.text)) && continuesBlock(b.text);
  const short = (line: Line) => line.text.length <= 80 && !/[.;:]$/.test(line.text);
  return short(a) && short(b) && a.align === b.align && a.bold === b.bold && a.align !== undefined && a.align !== 'both';
}
