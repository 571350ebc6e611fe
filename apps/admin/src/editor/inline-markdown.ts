import type { PhrasingContent } from 'mdast';

/**
 * What a person typed into one editable piece of the body (a paragraph, a heading, a list item, a
 * table cell), written back as Markdown that shows exactly that text: every character Markdown or
 * MDX would read as markup gets a backslash, so «1. », «* », «#», «{x}», «<b>» stay text and the
 * source numbering («1.1.», «а)», «–») is never turned into a list or renumbered.
 */

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong' | 'emphasis'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'code'; value: string }
  /** A line break the person made (Shift+Enter); a soft one (`\n` in text) is kept as it was. */
  | { type: 'break' };

/** Where the piece sits in its block. */
export interface SlotContext {
  /** Continuation lines of a list item are indented under its text. */
  indent: string;
  /** A table cell is one line, and `|` ends it. */
  inTable: boolean;
  /**
   * The piece opens a line of the source (a paragraph, a list item), so «1. » or «- » there would
   * start a list; a heading's or a cell's text starts after its marker and cannot.
   */
  opensLine: boolean;
}

/**
 * Characters Markdown (GFM) reads as markup wherever they stand in a line. MDX's own `{ } < >`
 * are left to the save's escaper (`escapeMdx`), which knows where a backslash works and where
 * only a character reference does (inside a literal link).
 */
const ALWAYS = new Set(['`', '*', '[', '~']);
/** ASCII punctuation: a backslash before one of these is an escape, before anything else a backslash. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
/** A line starting like one of these would become a heading, quote, list or rule. */
const LINE_START = /^([#>+=-])|^(\d{1,9})([.)])(?=[ \t]|$)/;
/** `&amp;`, `&#123;`: an entity would show as the character it names. */
const ENTITY = /^&#?[0-9A-Za-z]+;/;

/**
 * Whether `line[i]` needs a backslash. Only where Markdown would read it as markup, so that
 * re-writing an edited paragraph keeps the rest of its bytes: «x_y» and «C:\dir» stay as they are.
 */
function needsEscape(line: string, i: number, inTable: boolean): boolean {
  const char = line[i];
  if (ALWAYS.has(char)) return true;
  if (char === '_') return !(WORD.test(line[i - 1] ?? '') && WORD.test(line[i + 1] ?? ''));
  if (char === '\\') return i + 1 === line.length || PUNCTUATION.test(line[i + 1]);
  if (char === '&') return ENTITY.test(line.slice(i));
  return char === '|' && inTable;
}

/** One line of text, escaped; `lineStart` when it opens a line of the block. */
function escapeLine(line: string, lineStart: boolean, inTable: boolean): string {
  let text = '';
  for (let i = 0; i < line.length; i++) text += needsEscape(line, i, inTable) ? `\\${line[i]}` : line[i];
  if (lineStart) {
    text = text.replace(/^[ \t]+/, '');
    text = text.replace(LINE_START, (_all, mark?: string, digits?: string, dot?: string) => (mark ? `\\${mark}` : `${digits}\\${dot}`));
  }
  return text;
}

interface Writer {
  out: string;
  lineStart: boolean;
}

/** Markdown for the inline content of one piece. */
export function inlineToMarkdown(nodes: readonly Inline[], context: SlotContext): string {
  const writer: Writer = { out: '', lineStart: context.opensLine };
  writeAll(writer, trimBreaks(nodes), context);
  return writer.out.replace(/[ \t]+$/, '');
}

/** A break at either end of a piece means nothing (and a final `\` would show as a backslash). */
function trimBreaks(nodes: readonly Inline[]): Inline[] {
  const list = [...nodes];
  while (list[0]?.type === 'break') list.shift();
  while (list.at(-1)?.type === 'break') list.pop();
  return list;
}

function writeAll(writer: Writer, nodes: readonly Inline[], context: SlotContext): void {
  for (const node of nodes) write(writer, node, context);
}

function write(writer: Writer, node: Inline, context: SlotContext): void {
  switch (node.type) {
    case 'text':
      return writeText(writer, node.value, context);
    case 'break':
      writer.out += context.inTable ? ' ' : `\\\n${context.indent}`;
      writer.lineStart = !context.inTable;
      return;
    case 'code':
      writer.out += codeSpan(node.value.replace(/\n/g, ' '));
      writer.lineStart = false;
      return;
    case 'strong':
    case 'emphasis':
      return writeDelimited(writer, node.type === 'strong' ? '**' : '*', node.children, context);
    case 'link':
      return writeLink(writer, node.url, node.children, context);
  }
}

function writeText(writer: Writer, value: string, context: SlotContext): void {
  const lines = (context.inTable ? value.replace(/\n/g, ' ') : value).split('\n');
  lines.forEach((line, i) => {
    if (i > 0) {
      writer.out = writer.out.replace(/[ \t]+$/, '') + `\n${context.indent}`;
      writer.lineStart = true;
    }
    const escaped = escapeLine(line, writer.lineStart, context.inTable);
    writer.out += escaped;
    if (escaped) writer.lineStart = false;
  });
}

/**
 * `**…**` opens only before a non-space, so spaces at the edges of a bold stretch go outside the
 * markers («жирный **текст** дальше», not «жирный** текст **дальше»).
 */
function writeDelimited(writer: Writer, marker: string, children: Inline[], context: SlotContext): void {
  const inner: Writer = { out: '', lineStart: writer.lineStart };
  writeAll(inner, children, context);
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner.out) ?? ['', '', inner.out, ''];
  if (!core) {
    writer.out += inner.out;
    return;
  }
  writer.out += `${before}${marker}${core}${marker}${after}`;
  writer.lineStart = false;
}

/** `www.x.ru`, `https://x.ru`, `a@b.ru` typed as they are: GFM makes them links by themselves. */
function isLiteralLink(url: string, children: Inline[]): boolean {
  const [only, ...rest] = children;
  if (rest.length || only?.type !== 'text') return false;
  return [only.value, `mailto:${only.value}`, `http://${only.value}`].includes(url);
}

function writeLink(writer: Writer, url: string, children: Inline[], context: SlotContext): void {
  if (isLiteralLink(url, children)) return writeAll(writer, children, context);
  const inner: Writer = { out: '', lineStart: false };
  writeAll(inner, children, context);
  const destination = url.trim().replace(/[\s()\\]/g, (c) => (/\s/.test(c) ? encodeURIComponent(c) : `\\${c}`));
  writer.out += `[${inner.out || destination}](${destination})`;
  writer.lineStart = false;
}

/** A code span fenced by more backticks than it holds in a row. */
function codeSpan(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** The parsed inline content as the editor shows it (raw HTML is text: the site shows it so). */
export function inlineOf(nodes: readonly PhrasingContent[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
      case 'html':
        return [{ type: 'text', value: node.value }];
      case 'strong':
      case 'emphasis':
        return [{ type: node.type, children: inlineOf(node.children) }];
      case 'link':
        return [{ type: 'link', url: node.url, children: inlineOf(node.children) }];
      case 'inlineCode':
        return [{ type: 'code', value: node.value }];
      case 'break':
        return [{ type: 'break' }];
      default:
        return [];
    }
  });
}
