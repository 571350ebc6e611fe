import { escapeMdx } from '@stazhirovka/schema';
import type { Group, Line, TableGroup } from './blocks.ts';
import { classifyLine, isHeadingText, signedName } from './classify.ts';
import type { Layout } from './requisites.ts';

/**
 * Writes a document's groups as the MDX body `content/README.md` describes: the source text word
 * for word, with markup only — `##` for section headings (numbers kept), `1\.` for clause lines
 * Markdown would renumber, Markdown bullets and tables, `\` line breaks in title and signature
 * blocks, and everything MDX would read as code escaped by the shared escaper.
 */
export interface BodyOptions {
  /** Groups left out of the body (an instruction's title, which the page shows as its heading). */
  skip?: Set<number>;
}

/** A numbered or lettered line of the body, for the outline: where it is and what it says. */
export interface BodyEntry {
  kind: 'section' | 'heading' | 'clause' | 'item';
  number?: string;
  text: string;
  /** 1-based line in the body. */
  line: number;
  depth?: number;
}

export function writeBody(groups: Group[], layout: Layout, options: BodyOptions = {}): { body: string; entries: BodyEntry[] } {
  const chunks: string[] = [];
  const entries: BodyEntry[] = [];
  const numbers = numberedLines(groups);
  let bodyStarted = false;
  let line = 1;
  const push = (chunk: string, entry?: Omit<BodyEntry, 'line'>) => {
    if (entry) entries.push({ ...entry, line });
    chunks.push(chunk);
    line += chunk.split('\n').length + 1;
  };
  groups.forEach((group, index) => {
    if (options.skip?.has(index)) return;
    if (index >= layout.bodyStart) bodyStarted = true;
    if (group.type === 'table') {
      if (layout.blocks.has(index)) tableColumns(group).forEach((column) => push(hardBreaks(column)));
      else push(table(group));
      return;
    }
    const heading = headingOf(group, bodyStarted, numbers);
    if (heading) {
      // After `## ` a number is not a list marker: «## 1. Общие положения» stays as written.
      push(`${'#'.repeat(heading.depth)} ${escapeInline(heading.text)}`, heading.entry);
      return;
    }
    for (const run of runsOf(group.lines)) {
      if (run.type === 'list') {
        // Bullets are items of the outline too («-»), except those that carry a clause number.
        run.lines.forEach((l, i) => {
          if (classifyLine(rest(l.text)).type !== 'clause') entries.push({ kind: 'item', number: '-', text: rest(l.text), line: line + i });
        });
        push(run.lines.map((l) => `- ${escapeLine(rest(l.text))}`).join('\n'));
      }
      else {
        const kind = classifyLine(run.lines[0].text);
        const entry = kind.type === 'clause' || kind.type === 'item' ? { kind: kind.type, number: kind.label, text: kind.rest } : undefined;
        push(hardBreaks(run.lines.map((l) => renderLine(l))), entry);
      }
    }
  });
  return { body: escapeMdx(`${chunks.join('\n\n')}\n`), entries };
}

const rest = (text: string) => text.replace(/^[-•·▪]\s+/, '');

interface Run {
  type: 'list' | 'paragraph';
  lines: Line[];
}

/** Each numbered line opens its own paragraph; bullets make a list; other lines continue with a line break. */
function runsOf(lines: Line[]): Run[] {
  const runs: Run[] = [];
  for (const line of lines) {
    const kind = classifyLine(line.text).type;
    const last = runs.at(-1);
    if (kind === 'bullet') {
      if (last?.type === 'list') last.lines.push(line);
      else runs.push({ type: 'list', lines: [line] });
    } else if (kind === 'clause' || kind === 'item' || !last || last.type === 'list') {
      runs.push({ type: 'paragraph', lines: [line] });
    } else last.lines.push(line);
  }
  return runs;
}

/** Labels of all numbered lines in order, to tell a sub-section heading («2.1. Процедура …») by its clauses. */
function numberedLines(groups: Group[]): string[] {
  return groups.flatMap((group) =>
    group.type === 'lines'
      ? group.lines.flatMap((line) => {
          const kind = classifyLine(line.text);
          return kind.type === 'clause' ? [kind.label] : [];
        })
      : [],
  );
}

function headingOf(group: Group & { type: 'lines' }, bodyStarted: boolean, numbers: string[]) {
  const [first] = group.lines;
  if (first.heading && group.lines.length === 1) {
    const kind = classifyLine(first.text);
    const depth = Math.min(first.heading + 1, 4);
    const entry = kind.type === 'clause'
      ? { kind: 'section' as const, number: kind.label, text: kind.rest, depth }
      : { kind: 'heading' as const, text: first.text, depth };
    return { depth, text: first.text, entry };
  }
  if (group.lines.length === 1) {
    const kind = classifyLine(first.text);
    if (kind.type === 'clause' && isHeadingText(kind.rest)) {
      const entry = (depth: number) => ({ kind: 'section' as const, number: kind.label, text: kind.rest, depth });
      if (kind.roman || kind.parts.length === 1) return { depth: 2, text: first.text, entry: entry(2) };
      const next = numbers[numbers.indexOf(kind.label) + 1];
      if (kind.parts.length === 2 && next?.startsWith(`${kind.label}.`)) return { depth: 3, text: first.text, entry: entry(3) };
    }
  }
  // A bold line of its own after the text has begun: the heading of a form or an appendix.
  const text = group.lines.map((l) => l.text).join(' ');
  if (bodyStarted && group.lines.every((l) => l.bold) && text.length <= 200 && classifyLine(first.text).type === 'text' && !signedName(first.text)) {
    return { depth: 2, text, entry: { kind: 'heading' as const, text, depth: 2 } };
  }
  return undefined;
}

/** Lines kept on their own lines: Markdown's hard break, a backslash at the end of the line. */
function hardBreaks(lines: string[]): string {
  return lines.join('\\\n');
}

function tableColumns(group: TableGroup): string[][] {
  const width = Math.max(...group.rows.map((row) => row.length));
  return Array.from({ length: width }, (_, c) =>
    group.rows.flatMap((row) => (row[c] ?? '').split('\n')).map((cell) => escapeLine(cell.trim())).filter(Boolean),
  ).filter((column) => column.length > 0);
}

/**
 * A GFM table. Sources rarely mark a header row: the first row is the header when it reads like one
 * (no numbered first cell, no empty cells), otherwise the header is left empty.
 */
function table(group: TableGroup): string {
  const width = Math.max(...group.rows.map((row) => row.length));
  const cells = (row: string[]) => Array.from({ length: width }, (_, i) => escapeCell(row[i] ?? ''));
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  const [first, ...others] = group.rows;
  const header = first.every((cell) => cell.trim()) && !/^\d+[.)]?$/.test(first[0].trim()) && group.rows.length > 1;
  const head = header ? cells(first) : Array.from({ length: width }, () => '');
  const body = header ? others : group.rows;
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map((row) => line(cells(row)))].join('\n');
}

function escapeCell(text: string): string {
  return escapeInline(text.replace(/\n/g, ' ').trim()).replace(/\|/g, '\\|');
}

function renderLine(line: Line): string {
  return escapeLine(line.text);
}

/** Marks that would turn text into Markdown syntax get a backslash; `<https://…>` becomes a link. */
export function escapeLine(text: string): string {
  return escapeStart(escapeInline(text));
}

function escapeInline(text: string): string {
  return text
    .split(/<(https?:\/\/[^\s<>]+)>/)
    .map((part, i) => (i % 2 === 1 ? `[${escapeText(part)}](${part})` : escapeText(part)))
    .join('');
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([*_`[\]~])/g, '\\$1').replace(/&(?=#?\w+;)/g, '\\&');
}

/** A line that Markdown would read as a numbered list, heading, quote, bullet or rule. */
function escapeStart(text: string): string {
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(text);
  if (ordered) return `${ordered[1]}\\${text.slice(ordered[1].length)}`;
  if (/^[#>+]/.test(text) || /^[-=]+\s*$/.test(text)) return `\\${text}`;
  return text;
}
