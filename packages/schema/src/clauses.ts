/**
 * Clause and section numbers as the source writes them, and the permanent link ids derived from
 * them. The text is never renumbered: an id is the number as written, and a number the source
 * repeats gets a suffix (`p-3-7`, then `p-3-7--2`), so every clause keeps a link of its own.
 */

/** A number at the start of a clause or a section heading: «2.1.3.», «1.», «II.». */
export interface ClauseNumber {
  /** As written, without the trailing dot: «2.1.3», «II». */
  label: string;
  /** Numeric parts, a Roman numeral converted: [2, 1, 3], [2]. */
  parts: number[];
  roman: boolean;
}

// A single number needs its dot («1. Присвоить»), or years and quantities would count as clauses.
const MULTI_LEVEL = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s)/;
const SINGLE = /^(\d{1,3})\.(?=\s)/;
const ROMAN = /^([IVXLC]{1,7})\.(?=\s)/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** «XIV» → 14; undefined for letters that are not a well-formed Roman numeral («IIII», «VX»). */
export function romanToNumber(roman: string): number | undefined {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i]];
    const next = ROMAN_VALUES[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && numberToRoman(total) === roman ? total : undefined;
}

/** 14 → «XIV», for naming missing Roman-numbered sections. */
export function numberToRoman(value: number): string {
  const steps: [number, string][] = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [step, letters] of steps) {
    for (; rest >= step; rest -= step) out += letters;
  }
  return out;
}

/**
 * Reads the number a clause or heading starts with. Roman numerals are section numbers
 * («## II. Цель и задачи»), so they are read only where `allowRoman` says a heading is read.
 */
export function parseClauseNumber(text: string, allowRoman = false): ClauseNumber | undefined {
  const start = text.replace(/^[\s\u00a0]+/, '').replace(/\u00a0/g, ' ');
  const arabic = MULTI_LEVEL.exec(start) ?? SINGLE.exec(start);
  if (arabic) return { label: arabic[1], parts: arabic[1].split('.').map(Number), roman: false };
  const roman = allowRoman ? ROMAN.exec(start) : null;
  const value = roman ? romanToNumber(roman[1]) : undefined;
  return roman && value ? { label: roman[1], parts: [value], roman: true } : undefined;
}

/** What a numbered line is: a section heading or a clause of the text. */
export type OutlineKind = 'section' | 'clause';

/** The link id a number gives before repeats are told apart: `p-2-1-3`, `s-2`, `s-ii`. */
export function anchorBase(kind: OutlineKind, number: ClauseNumber): string {
  const prefix = kind === 'section' ? 's' : 'p';
  return `${prefix}-${number.roman ? number.label.toLowerCase() : number.parts.join('-')}`;
}

/**
 * Hands out ids in document order: the first `p-3-7` stays `p-3-7`, the second becomes
 * `p-3-7--2`. The double hyphen cannot be mistaken for a deeper clause (`p-3-7-2` is 3.7.2).
 */
export function createAnchorAllocator(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}--${count}`;
  };
}

/** «Приложение 1» → `prilozhenie-1`: appendices are linked by their label, which the source fixes. */
export function appendixAnchor(label: string): string {
  const number = /(\d+)\s*$/.exec(label.trim());
  return number ? `prilozhenie-${number[1]}` : 'prilozhenie';
}

/** Case, ё and spacing do not tell two titles apart («АНКЕТА кандидата» is «Анкета кандидата»). */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** A clause reference written in data, «п. 3.1» or «пункт 2.1.3», as the link id of that clause. */
export function clauseAnchorOf(reference: string): string | undefined {
  const bare = reference.replace(/^\s*(?:пп?\.|пункт[а-я]*)\s*/i, '').trim();
  const number = parseClauseNumber(`${bare.replace(/\.?$/, '.')} `);
  return number ? anchorBase('clause', number) : undefined;
}
