/** Pure date helpers: real-date checks, partial dates from sources, ru-RU formatting. */

export interface PartialDate {
  year: number;
  /** 1–12, or undefined when the source leaves the month blank. */
  month?: number;
  /** 1–31, or undefined when unknown. */
  day?: number;
}

/**
 * Shape of a partial date: `2021`, `2021-03`, `2021-03-11`, `2021-??-14`. The schema, the CMS form
 * and this parser read this one pattern; whether the date exists is `parsePartialDate`'s to say.
 */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2}|\?\?)(?:-(\d{2}|\?\?))?)?$/;

/** True for an ISO `YYYY-MM-DD` that exists on the calendar (no 2021-02-31). */
export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Parses `2021`, `2021-03`, `2021-03-11`, `2021-??-14`; tells a malformed from an impossible date. */
export function parsePartialDate(value: string): PartialDate | 'malformed' | 'impossible' {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return 'malformed';
  const year = Number(match[1]);
  const month = match[2] && match[2] !== '??' ? Number(match[2]) : undefined;
  const day = match[3] && match[3] !== '??' ? Number(match[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return 'impossible';
  if (day !== undefined && (day < 1 || day > 31)) return 'impossible';
  if (month !== undefined && day !== undefined && !isRealDate(`${match[1]}-${match[2]}-${match[3]}`)) {
    return 'impossible';
  }
  return { year, month, day };
}

function mustParse(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') throw new Error(`Invalid partial date: ${value}`);
  return parsed;
}

const MONTHS_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];
const MONTHS_NOMINATIVE = [
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь',
  'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
];

/**
 * Formats a (partial) date the Russian way: «11 марта 2021 г.», «май 2023 г.», «2019 г.»;
 * an unknown month is said in words, never shown as `??`: «14 … 2021 г., месяц не указан».
 */
export function formatDateRu(value: string): string {
  const { year, month, day } = mustParse(value);
  if (month === undefined) {
    return day === undefined ? `${year} г.` : `${day} … ${year} г., месяц не указан`;
  }
  if (day === undefined) return `${MONTHS_NOMINATIVE[month - 1]} ${year} г.`;
  return `${day} ${MONTHS_GENITIVE[month - 1]} ${year} г.`;
}

/**
 * Short numeric form used in requisites lines: «11.03.2021», «05.2023», «2019». A day without its
 * month has no numeric form, so it is said in words like formatDateRu: «14 … 2021 г., месяц не указан».
 */
export function formatDateShort(value: string): string {
  const { year, month, day } = mustParse(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return day === undefined ? String(year) : formatDateRu(value);
  return day === undefined ? `${pad(month)}.${year}` : `${pad(day)}.${pad(month)}.${year}`;
}

/** Earliest day a partial date can mean (for «from» ends of periods). */
export function earliestDay(value: string): string {
  const { year, month, day } = mustParse(value);
  return `${year}-${String(month ?? 1).padStart(2, '0')}-${String(day ?? 1).padStart(2, '0')}`;
}

/** Latest day a partial date can mean (for «to» ends): 2023-05 → 2023-05-31. */
export function latestDay(value: string): string {
  const { year, month, day } = mustParse(value);
  const m = month ?? 12;
  const lastOfMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(day ?? lastOfMonth).padStart(2, '0')}`;
}

/**
 * «январь 2021 г. — май 2023 г.», «с 2019 г.», «по 2023 г.». `formatDate` lets the CMS preview show a
 * date still being typed as it is.
 */
export function formatPeriodRu(
  period: { from?: string; to?: string } | undefined,
  formatDate: (value: string) => string = formatDateRu,
): string | undefined {
  const { from, to } = period ?? {};
  if (from && to) return `${formatDate(from)} — ${formatDate(to)}`;
  if (from) return `с ${formatDate(from)}`;
  return to ? `по ${formatDate(to)}` : undefined;
}
