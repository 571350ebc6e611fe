import { parsePartialDate } from '@stazhirovka/schema';

/** A date found in the text: the ISO value (unknown parts as `??`) and the words it was read from. */
export interface FoundDate {
  /** `2021-03-11`, `2021-??-14`, `2021-03`, `2021`. */
  iso: string;
  /** The date as written, e.g. «« 14 _____ » 2021 года». */
  text: string;
  /** Where it starts in the searched string. */
  index: number;
}

const MONTHS: Record<string, number> = {
  январ: 1, феврал: 2, март: 3, апрел: 4, ма: 5, июн: 6, июл: 7, август: 8, сентябр: 9, октябр: 10, ноябр: 11, декабр: 12,
};
const MONTH_WORD = '(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])';
/** A part left blank for a handwritten entry: underscores, dots or spaces. */
const BLANK = '[_\\s.…]*';
const YEAR = '(?<year>\\d{4}|\\d{2}_+|_+)';
const YEAR_WORD = '(?:\\s*(?:г\\.|года?|гг?\\.?)(?![а-яё]))?';

const PATTERNS: RegExp[] = [
  // 11.03.2021, 11.03.2021 г., 1.3.2021
  new RegExp(`(?<![\\d.])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})${YEAR_WORD}`, 'g'),
  // «09» июня 2020 г., « 14 _____ » 2021 года, « 01 » 07 2020 г., «__» ______ 20__ г.
  new RegExp(`[«"]\\s*(?<day>\\d{1,2}|${BLANK})\\s*(?:_+\\s*)?[»"]\\s*(?<month>${MONTH_WORD}|\\d{1,2}|${BLANK})\\s*${YEAR}${YEAR_WORD}`, 'gi'),
  // 9 июня 2020 г.
  new RegExp(`(?<![\\d.])(?<day>\\d{1,2})\\s+(?<month>${MONTH_WORD})\\s+(?<year>\\d{4})${YEAR_WORD}`, 'gi'),
  // ___.___.2021
  new RegExp(`(?<day>_{2,}|\\d{1,2})\\.(?<month>_{2,}|\\d{1,2})\\.(?<year>\\d{4})${YEAR_WORD}`, 'g'),
];

/** Every date in a piece of text, in order. A blank part stays `??`, a blank year means no date. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (found.some((f) => index < f.index + f.text.length && f.index < index + match[0].length)) continue;
      const parts = partsOf(match);
      const iso = parts && isoOf(parts.day, parts.month, parts.year);
      if (iso) found.push({ iso, text: match[0].trim(), index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date of a text, if any. */
export function findDate(text: string): FoundDate | undefined {
  return findDates(text)[0];
}

function partsOf(match: RegExpMatchArray): { day: string; month: string; year: string } | undefined {
  const { day, month, year } = match.groups ?? {};
  return year === undefined ? undefined : { day: day ?? '', month: month ?? '', year };
}

function isoOf(day: string, month: string, year: string): string | undefined {
  if (!/^\d{4}$/.test(year)) return undefined; // a blank year: nothing to store
  const m = monthNumber(month);
  const d = /^\d{1,2}$/.test(day.trim()) ? Number(day) : undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso =
    m === undefined && d === undefined ? year
    : d === undefined ? `${year}-${pad(m ?? 0)}`
    : `${year}-${m === undefined ? '??' : pad(m)}-${pad(d)}`;
  return typeof parsePartialDate(iso) === 'object' ? iso : undefined;
}

function monthNumber(month: string): number | undefined {
  const text = month.trim().toLowerCase();
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const stem = Object.keys(MONTHS).find((key) => text.startsWith(key) && (key !== 'ма' || /^ма[яй]$/.test(text)));
  return stem ? MONTHS[stem] : undefined;
}
