import { formatDateRu, formatPeriodRu, parsePartialDate } from '@stazhirovka/schema';

/** A date as the site writes it, or as typed while it is not a valid date yet. */
export function dateRu(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return typeof parsePartialDate(value) === 'string' ? value : formatDateRu(value);
}

/** A period as the site writes it, tolerating dates still being typed. */
export function formatPeriod(period: { from?: string; to?: string } | undefined): string | undefined {
  return formatPeriodRu(period, (value) => dateRu(value) ?? value);
}
