import { parseClauseNumber, REGULATION_KINDS, type RegulationKind, romanToNumber } from '@stazhirovka/schema';
import type { CollectionName } from '@stazhirovka/schema';

/**
 * What one source line is, judged by its text alone: a numbered clause or section, a sub-item
 * («1)», «а)»), a bullet, or plain text. The schema's `parseClauseNumber` reads the numbers, so the
 * importer and `validate` agree on what counts as a clause.
 */
export type LineKind =
  | { type: 'clause'; label: string; parts: number[]; roman: boolean; rest: string }
  | { type: 'item'; label: string; rest: string }
  | { type: 'bullet'; rest: string }
  | { type: 'text' };

const ITEM = /^(\d{1,2}\)|[а-яё]\))\s+(\S.*)$/;
const BULLET = /^[-•·▪]\s+(\S.*)$/;

export function classifyLine(text: string): LineKind {
  const bullet = BULLET.exec(text);
  if (bullet) return { type: 'bullet', rest: bullet[1] };
  const item = ITEM.exec(text);
  if (item) return { type: 'item', label: item[1], rest: item[2] };
  const number = parseClauseNumber(text, true);
  if (number) {
    const rest = text.replace(/^\s*[\dIVXLC.]+\s*/, '');
    return { type: 'clause', label: number.label, parts: number.parts, roman: number.roman, rest };
  }
  return { type: 'text' };
}

/**
 * A numbered line that reads as a section title rather than a clause: «1. Общие положения»,
 * «II. Цель и задачи …», «3. Обязанности.». Clauses are sentences: long, or ending in «;» or «:».
 */
export function isHeadingText(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean);
  if (!/^[«"]?[А-ЯЁA-Z]/.test(rest) || words.length > 12 || /[;:,]$/.test(rest) || /_{3,}/.test(rest)) return false;
  return !rest.endsWith('.') || words.length <= 2;
}

export function isRomanSection(label: string): boolean {
  return romanToNumber(label) !== undefined;
}

/** What a document calls itself, and where such documents live on the site. */
export interface DocumentKind {
  /** As a heading would write it: «Положение», «Должностная инструкция». */
  name: string;
  collection: CollectionName;
  /** The schema's `kind` value, where the schema has one for this kind. */
  regulationKind?: RegulationKind;
  /** Orders and the like carry their title as a separate «О …» line. */
  act: boolean;
}

/** Acts («РАСПОРЯЖЕНИЕ», «ПОСТАНОВЛЕНИЕ») state what they are about in a separate «О …» line. */
const ACTS: readonly RegulationKind[] = ['directive', 'order', 'resolution', 'decision'];

/** Every kind the schema knows, by its label as a heading word: a kind added there is recognised here. */
const REGULATIONS = (Object.entries(REGULATION_KINDS) as [RegulationKind, string][]).map(([key, name]): [RegExp, DocumentKind] => [
  new RegExp(`^${name}(?![а-яё])`, 'i'),
  { name, collection: 'regulations', regulationKind: key, act: ACTS.includes(key) },
]);

const KINDS: [RegExp, DocumentKind][] = [
  [/^должностная\s+инструкция/i, { name: 'Должностная инструкция', collection: 'instructions', act: false }],
  [/^функциональная\s+инструкция/i, { name: 'Функциональная инструкция', collection: 'instructions', act: false }],
  [/^инструкция/i, { name: 'Инструкция', collection: 'instructions', act: false }],
  ...REGULATIONS,
  [/^(?:образовательная\s+|дополнительная\s+(?:профессиональная\s+)?)?программа/i, { name: 'Программа', collection: 'programs', act: false }],
  [/^план(?![а-яё])/i, { name: 'План', collection: 'programs', act: false }],
];

/**
 * The kind a title line names, if it starts with one: «РАСПОРЯЖЕНИЕ», «Положение о …»,
 * «Инструкция по выполнению …». The line must be short or a title, not a clause that happens to
 * start with the word («Положение вступает в силу …» is a sentence).
 */
export function kindOfLine(text: string): { kind: DocumentKind; written: string } | undefined {
  const line = text.trim();
  if (line.length > 300 || /[;:]$/.test(line)) return undefined;
  for (const [pattern, kind] of KINDS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const written = match[0];
    const rest = line.slice(written.length).trim();
    const program = kind.collection === 'programs';
    // «ПОЛОЖЕНИЕ» alone, or followed by what it is about: «о …», «об …», «по …», «стажировки …».
    // (`\b` knows only Latin letters, so word ends are spelled out.)
    if (!rest || /^(о|об|по|на|для|стажировки|развития|работы|деятельности|[а-яё]+(?:ого|его|ой|ей|ых|их))(?![а-яё])/i.test(rest) || program) {
      return { kind, written };
    }
  }
  return undefined;
}

/** An official's name as signed: «И.И. Кравченко», «Г. Ефимова», «Кравченко И.И.», after a signature line. */
const NAME = /(?:^|[_\s]{2,}|^_+\s*)((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s(?:[А-ЯЁ]\.\s?){1,2})\s*$/;

/** The name at the end of a signature line, and the text before it. */
export function signedName(text: string): { name: string; before: string } | undefined {
  const match = NAME.exec(text.trim());
  if (!match) return undefined;
  const before = text.trim().slice(0, match.index).replace(/[_\s]+$/, '').trim();
  return { name: match[1].trim(), before };
}

/** Headings of signature blocks. */
export const APPROVAL_HEADING = /^(УТВЕРЖДАЮ|УТВЕРЖДЕН[ОАЫ]?|Утверждаю|Утвержден[оаы]?)(?![а-яё])[:.]?\s*(.*)$/;
export const AGREEMENT_HEADING = /^(СОГЛАСОВАНО|Согласовано)(?![а-яё])[:.]?\s*(.*)$/;

export const isBlockHeading = (text: string) => APPROVAL_HEADING.test(text.trim()) || AGREEMENT_HEADING.test(text.trim());
