import { type ClauseNumber, numberToRoman } from './clauses.ts';
import type { OutlineItem } from './outline.ts';

/**
 * Numbering anomalies of a source text. They are warnings, never fixes: the text is published
 * as the source has it, and a methodologist compares it with the original.
 */
export type NumberingIssueKind = 'repeat' | 'gap' | 'order' | 'restart' | 'outside';

export interface NumberingIssue {
  kind: NumberingIssueKind;
  /** Line of the first clause concerned, when known. */
  line?: number;
  message: string;
}

type Numbered = OutlineItem & { number: ClauseNumber };

const CHECK_SOURCE = 'сверьте с оригиналом документа; если там так же, оставьте как есть';
const key = (parts: number[]) => parts.join('.');
const startsWith = (parts: number[], prefix: number[]) => prefix.every((p, i) => parts[i] === p);

/** What one sibling sequence (the sections of a level, or the clauses of one parent) has seen. */
interface Sequence {
  last?: Numbered;
  seen: Map<string, Numbered>;
}

/** A run of neighbouring clauses with the same anomaly, reported once: «пункты 5.1–5.3 …». */
interface Run {
  kind: 'repeat' | 'outside';
  first: Numbered;
  last: Numbered;
  /** For repeats, where the first repeated number stood; for misfiled clauses, their heading. */
  other: Numbered;
}

/** Open runs of each kind; a clause that does not continue a run closes it. */
class Runs {
  readonly done: NumberingIssue[] = [];
  private open = new Map<Run['kind'], Run>();

  note(kind: Run['kind'], item: Numbered, other: Numbered | undefined) {
    const run = this.open.get(kind);
    // Repeats run on whatever they repeat; misfiled clauses run while they share a heading.
    if (run && other && (kind === 'repeat' || run.other === other)) run.last = item;
    else {
      this.close(kind);
      if (other) this.open.set(kind, { kind, first: item, last: item, other });
    }
  }

  close(kind?: Run['kind']) {
    for (const k of kind ? [kind] : (['repeat', 'outside'] as const)) {
      const run = this.open.get(k);
      if (run) this.done.push(runIssue(run));
      this.open.delete(k);
    }
  }
}

/**
 * Finds repeated, skipped and out-of-order numbers, sections that restart, and clauses filed
 * under a section with another number. A restarted section opens a fresh series, so its clauses
 * are not reported again as repeats of the first series.
 */
export function lintNumbering(outline: OutlineItem[]): NumberingIssue[] {
  const issues: NumberingIssue[] = [];
  const sections = new Map<string, Sequence>(); // by series, level and parent section
  const clauses = new Map<string, Sequence>(); // by series and parent number
  const context: Numbered[] = []; // numbered headings enclosing the current line, outermost first
  const runs = new Runs();
  let series = 0;
  const sectionKey = (depth: number) => {
    const parent = context.at(-1);
    return `${series}:${depth}:${parent ? key(parent.number.parts) : ''}`;
  };

  for (const item of outline) {
    if (item.kind !== 'clause') {
      runs.close();
      const depth = item.depth ?? 2;
      while ((context.at(-1)?.depth ?? 0) >= depth) context.pop();
      if (!isNumbered(item)) continue;
      let sequence = sequenceOf(sections, sectionKey(depth));
      const issue = checkSection(item, sequence);
      if (issue) issues.push(issue);
      if (issue?.kind === 'restart') {
        series += 1; // what follows is a new series: its numbers start again
        sequence = sequenceOf(sections, sectionKey(depth));
      }
      remember(sequence, item);
      context.push(item);
      continue;
    }
    if (!isNumbered(item)) continue;
    const parts = item.number.parts;
    const heading = context.at(-1);
    const misfiled = heading && parts.length > 1 && !startsWith(parts, heading.number.parts) ? heading : undefined;
    const sequence = sequenceOf(clauses, `${series}:${key(parts.slice(0, -1))}`);
    const earlier = sequence.seen.get(key(parts));
    runs.note('repeat', item, earlier);
    runs.note('outside', item, misfiled);
    const issue = earlier ? undefined : checkOrder(item, sequence.last, 'clause');
    if (issue) issues.push(issue);
    remember(sequence, item);
  }
  runs.close();
  return [...issues, ...runs.done].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function isNumbered(item: OutlineItem): item is Numbered {
  return item.number !== undefined;
}

function sequenceOf(map: Map<string, Sequence>, id: string): Sequence {
  const existing = map.get(id);
  if (existing) return existing;
  const created: Sequence = { seen: new Map() };
  map.set(id, created);
  return created;
}

function remember(sequence: Sequence, item: Numbered) {
  sequence.last = item;
  if (!sequence.seen.has(key(item.number.parts))) sequence.seen.set(key(item.number.parts), item);
}

function checkSection(item: Numbered, sequence: Sequence): NumberingIssue | undefined {
  const earlier = sequence.seen.get(key(item.number.parts));
  if (earlier && sequence.last) {
    return {
      kind: 'restart',
      line: item.line,
      message:
        `нумерация разделов начинается заново: после раздела ${sequence.last.number.label} снова идёт раздел ` +
        `${item.number.label} (первый — в строке ${earlier.line ?? '?'}); ${CHECK_SOURCE}.`,
    };
  }
  return checkOrder(item, sequence.last, 'section');
}

/** A number must be one more than its previous sibling, and the first one must be 1. */
function checkOrder(item: Numbered, previous: Numbered | undefined, what: 'section' | 'clause'): NumberingIssue | undefined {
  const current = item.number.parts.at(-1) ?? 0;
  const before = previous?.number.parts.at(-1) ?? 0;
  const noun = what === 'section' ? 'раздел' : 'пункт';
  if (previous && current < before) {
    return {
      kind: 'order',
      line: item.line,
      message: `${noun} ${item.number.label} стоит после ${noun}а ${previous.number.label}: нарушен порядок номеров; ${CHECK_SOURCE}.`,
    };
  }
  if (current <= before + 1) return undefined;
  const missing = missingRange(item.number, before + 1, current - 1);
  const message = previous
    ? `после ${noun}а ${previous.number.label} идёт ${item.number.label}: нет ${missing}; ${CHECK_SOURCE}.`
    : `${what === 'section' ? 'разделы' : 'пункты'} начинаются с ${item.number.label}: нет ${missing}; ${CHECK_SOURCE}.`;
  return { kind: 'gap', line: item.line, message };
}

/** «2.1.2–2.1.6», «1 и 2», «3» — the numbers between two siblings, written as the source would. */
function missingRange(number: ClauseNumber, from: number, to: number): string {
  const write = (n: number) =>
    number.roman ? numberToRoman(n) : [...number.parts.slice(0, -1), n].join('.');
  if (from === to) return write(from);
  return to === from + 1 ? `${write(from)} и ${write(to)}` : `${write(from)}–${write(to)}`;
}

function runIssue(run: Run): NumberingIssue {
  const span = run.first === run.last ? run.first.number.label : `${run.first.number.label}–${run.last.number.label}`;
  const plural = run.first !== run.last;
  if (run.kind === 'repeat') {
    return {
      kind: 'repeat',
      line: run.first.line,
      message:
        `${plural ? 'номера пунктов' : 'номер пункта'} ${span} ${plural ? 'повторяют' : 'повторяет'} номер${plural ? 'а' : ''} выше ` +
        `(строка ${run.other.line ?? '?'}); ссылка на повтор получает суффикс «--2»; ${CHECK_SOURCE}.`,
    };
  }
  return {
    kind: 'outside',
    line: run.first.line,
    message:
      `${plural ? 'пункты' : 'пункт'} ${span} ${plural ? 'стоят' : 'стоит'} в разделе ${run.other.number.label}, ` +
      `а ${plural ? 'пронумерованы' : 'пронумерован'} как ${plural ? 'пункты' : 'пункт'} раздела ` +
      `${run.first.number.parts.slice(0, -1).join('.')}; ${CHECK_SOURCE}.`,
  };
}
