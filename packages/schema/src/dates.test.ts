import { describe, expect, it } from 'vitest';
import { formatDateRu, formatDateShort, formatPeriodRu } from './dates.ts';

describe('formatPeriodRu', () => {
  it('writes periods the Russian way, open ends included', () => {
    expect(formatPeriodRu({ from: '2021-01', to: '2023-05' })).toBe('январь 2021 г. — май 2023 г.');
    expect(formatPeriodRu({ from: '2019' })).toBe('с 2019 г.');
    expect(formatPeriodRu({ to: '2023' })).toBe('по 2023 г.');
    expect(formatPeriodRu(undefined)).toBeUndefined();
  });

  it('lets the CMS preview show a date still being typed', () => {
    expect(formatPeriodRu({ from: '2021-1' }, (value) => value)).toBe('с 2021-1');
  });
});

describe('partial dates', () => {
  it('say an unknown month in words, never as ??', () => {
    expect(formatDateRu('2021-??-14')).toBe('14 … 2021 г., месяц не указан');
    expect(formatDateShort('2021-??-14')).toBe('14 … 2021 г., месяц не указан');
    expect(formatDateShort('2023-05')).toBe('05.2023');
    expect(formatDateShort('2023-05-??')).toBe('05.2023');
    expect(formatDateShort('2019')).toBe('2019');
    expect(formatDateShort('2021-03-11')).toBe('11.03.2021');
  });
});
