import { describe, expect, it } from 'vitest';
import { countPhrase } from './count-phrase.ts';

describe('countPhrase', () => {
  const steps = ['шаг', 'шага', 'шагов'] as const;

  it('agrees the noun with the number', () => {
    expect([0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111].map((n) => countPhrase(n, 'Шаги', steps))).toEqual([
      '0 шагов', '1 шаг', '2 шага', '4 шага', '5 шагов', '11 шагов', '12 шагов', '21 шаг', '22 шага', '25 шагов', '101 шаг', '111 шагов',
    ]);
  });

  it('puts the label before the number when no forms are declared', () => {
    expect(countPhrase(2, 'Подчиняется')).toBe('Подчиняется: 2');
  });
});
