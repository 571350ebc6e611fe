import { describe, expect, it } from 'vitest';
import { formatPeriodRu } from './dates.ts';

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
