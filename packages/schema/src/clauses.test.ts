import { describe, expect, it } from 'vitest';
import { anchorBase, appendixAnchor, clauseAnchorOf, createAnchorAllocator, parseClauseNumber, romanToNumber } from './clauses.ts';

describe('clause numbers as the source writes them', () => {
  it('reads multi-level, single and Roman numbers', () => {
    expect(parseClauseNumber('2.1.3. Решение о присвоении')).toEqual({ label: '2.1.3', parts: [2, 1, 3], roman: false });
    expect(parseClauseNumber('1. Присвоить статус')).toEqual({ label: '1', parts: [1], roman: false });
    expect(parseClauseNumber('3.10. Деятельность Тренеров')?.parts).toEqual([3, 10]);
    expect(parseClauseNumber('II. Цель и задачи', true)).toEqual({ label: 'II', parts: [2], roman: true });
  });

  it('does not take years, quantities or words for clause numbers', () => {
    expect(parseClauseNumber('2021 года')).toBeUndefined();
    expect(parseClauseNumber('1 раз в год')).toBeUndefined();
    expect(parseClauseNumber('ПОЛОЖЕНИЕ')).toBeUndefined();
    expect(parseClauseNumber('II. Цель')).toBeUndefined(); // Roman only in headings
    expect(parseClauseNumber('IIII. Не число', true)).toBeUndefined();
  });

  it('converts Roman numerals and rejects malformed ones', () => {
    expect([romanToNumber('I'), romanToNumber('IV'), romanToNumber('IX'), romanToNumber('XIV')]).toEqual([1, 4, 9, 14]);
    expect(romanToNumber('VX')).toBeUndefined();
  });
});

describe('permanent link ids', () => {
  it('derives the id from the number, not from the position in the text', () => {
    expect(anchorBase('clause', { label: '2.1.3', parts: [2, 1, 3], roman: false })).toBe('p-2-1-3');
    expect(anchorBase('section', { label: '2', parts: [2], roman: false })).toBe('s-2');
    expect(anchorBase('section', { label: 'II', parts: [2], roman: true })).toBe('s-ii');
  });

  it('gives a repeated number a suffix instead of renumbering, distinct from a deeper clause', () => {
    const take = createAnchorAllocator();
    expect([take('p-3-7'), take('p-3-7'), take('p-3-7-2'), take('p-3-7')]).toEqual(['p-3-7', 'p-3-7--2', 'p-3-7-2', 'p-3-7--3']);
  });

  it('links appendices by their label and clause references by their number', () => {
    expect(appendixAnchor('Приложение')).toBe('prilozhenie');
    expect(appendixAnchor('Приложение 2')).toBe('prilozhenie-2');
    expect(clauseAnchorOf('п. 3.1')).toBe('p-3-1');
    expect(clauseAnchorOf('пункт 2.1.3.')).toBe('p-2-1-3');
    expect(clauseAnchorOf('пп. 4')).toBe('p-4');
    expect(clauseAnchorOf('раздел «Права»')).toBeUndefined();
  });
});
