import { lintNumbering, type NumberingIssue, outlineOfMarkdown } from '@stazhirovka/schema';
import type { BodyEntry } from './markdown.ts';

/** One node of the clause outline, numbered as the source numbers it. */
export interface OutlineNode {
  kind: 'section' | 'heading' | 'clause' | 'item';
  /** As written, without the trailing dot: «2.1.3», «II», «1)», «а)». */
  number?: string;
  /** The start of its text. */
  text: string;
  /** Line in the written file. */
  line: number;
  children: OutlineNode[];
}

const PREVIEW = 90;

/** The start of a body line as a reader sees it: no `#`, number, escapes or line-break marks. */
function preview(line: string | undefined): string {
  const text = (line ?? '')
    .replace(/^#+\s*/, '')
    .replace(/^-\s+/, '')
    .replace(/\\(.)/g, '$1')
    .replace(/^(?:[IVXLC]+|\d+(?:\.\d+)*)\.?\s+/, '')
    .replace(/\\$/, '')
    .trim();
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW - 1)}…` : text;
}

/**
 * The outline of a body: the schema's `outlineOfMarkdown` (the one `validate` and the site read)
 * for sections and clauses, plus the lettered and bracketed sub-items («1)», «а)») the body writer
 * found, nested under the clause they follow.
 */
export function outlineOf(body: string, entries: BodyEntry[], lineOffset: number): OutlineNode[] {
  const lines = body.split('\n');
  const flat = [
    ...outlineOfMarkdown(body).map((item) => ({
      kind: item.kind,
      number: item.number?.label,
      depth: item.depth,
      line: item.line ?? 0,
      text: preview(lines[(item.line ?? 1) - 1]),
    })),
    ...entries.filter((entry) => entry.kind === 'item').map((entry) => ({ ...entry, depth: undefined, text: preview(entry.text) })),
  ].sort((a, b) => a.line - b.line);
  const roots: OutlineNode[] = [];
  const headings: { depth: number; node: OutlineNode }[] = [];
  const clauses: OutlineNode[] = [];
  for (const item of flat) {
    const node: OutlineNode = { kind: item.kind, number: item.number, text: item.text, line: item.line + lineOffset, children: [] };
    if (!node.number) delete node.number;
    if (item.kind === 'section' || item.kind === 'heading') {
      const depth = item.depth ?? 2;
      while (headings.length && headings[headings.length - 1].depth >= depth) headings.pop();
      (headings.at(-1)?.node.children ?? roots).push(node);
      headings.push({ depth, node });
      clauses.length = 0;
      continue;
    }
    if (item.kind === 'item') {
      (clauses.at(-1)?.children ?? headings.at(-1)?.node.children ?? roots).push(node);
      continue;
    }
    while (clauses.length && !node.number?.startsWith(`${clauses[clauses.length - 1].number}.`)) clauses.pop();
    (clauses.at(-1)?.children ?? headings.at(-1)?.node.children ?? roots).push(node);
    clauses.push(node);
  }
  return roots;
}

/** A numbering anomaly, with the line of the written file. */
export interface Anomaly {
  kind: NumberingIssue['kind'];
  line?: number;
  message: string;
}

const CHECK_SOURCE = 'сверьте с оригиналом документа; если там так же, оставьте как есть';
const LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';

/**
 * Numbering anomalies: the schema's `lintNumbering` on the written body (so the importer reports
 * exactly what `validate` will), and gaps, repeats and disorder among «1)» / «а)» sub-items.
 */
export function anomaliesOf(body: string, entries: BodyEntry[], lineOffset: number): Anomaly[] {
  const issues: Anomaly[] = lintNumbering(outlineOfMarkdown(body, lineOffset)).map(({ kind, line, message }) => ({ kind, line, message }));
  let previous: { value: number; label: string; letter: boolean } | undefined;
  let lastLine = -10;
  for (const entry of entries) {
    if (entry.number === '-') continue; // bullets have no sequence to check
    if (entry.kind !== 'item' || !entry.number) {
      if (entry.kind !== 'item') previous = undefined;
      continue;
    }
    const letter = /^[а-яё]/.test(entry.number);
    const value = letter ? LETTERS.indexOf(entry.number[0]) + 1 : Number.parseInt(entry.number, 10);
    const line = entry.line + lineOffset;
    if (previous && previous.letter === letter && entry.line - lastLine < 40) {
      const expected = previous.value + 1;
      if (value === previous.value) issues.push({ kind: 'repeat', line, message: `подпункт ${entry.number} повторяет предыдущий; ${CHECK_SOURCE}.` });
      else if (value < previous.value) issues.push({ kind: 'order', line, message: `подпункт ${entry.number} стоит после подпункта ${previous.label}: нарушен порядок; ${CHECK_SOURCE}.` });
      else if (value > expected) {
        const missing = letter ? `${LETTERS[expected - 1]})` : `${expected})`;
        issues.push({ kind: 'gap', line, message: `после подпункта ${previous.label} идёт ${entry.number}: нет ${missing}; ${CHECK_SOURCE}.` });
      }
    }
    previous = { value, label: entry.number, letter };
    lastLine = entry.line;
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
