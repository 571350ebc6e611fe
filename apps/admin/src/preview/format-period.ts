import { formatDateRu, parsePartialDate } from '@stazhirovka/schema';

/** A date as the site writes it, or as typed while it is not a valid date yet. */
export function dateRu(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return typeof parsePartialDate(value) === 'string' ? value : formatDateRu(value);
}

/** «январь 2021 г. — май 2023 г.», «с 2019 г.», «по 2023 г.» — as apps/site/src/lib/describe.ts. */
export function formatPeriod(period: { from?: string; to?: string } | undefined): string | undefined {
  if (!period?.from && !period?.to) return undefined;
  if (period.from && period.to) return `${dateRu(period.from)} — ${dateRu(period.to)}`;
  return period.from ? `с ${dateRu(period.from)}` : `по ${dateRu(period.to)}`;
}
