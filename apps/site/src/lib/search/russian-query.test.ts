import { describe, expect, it } from 'vitest';
import { pagefindStem, queryKey, rewriteQuery } from './russian-query.ts';

describe('Pagefind word processing, reproduced', () => {
  it('folds й into и before stemming, which hides the adjective ending', () => {
    expect(pagefindStem('стажировочной')).toBe('стажировочно');
    expect(pagefindStem('стажировочная')).toBe('стажировочн');
    expect(pagefindStem('учёт')).toBe(pagefindStem('учет'));
  });
});

describe('queryKey', () => {
  it('passes the real stem where Pagefind would stem a -й form into its own class', () => {
    expect(queryKey('стажировочной')).toBe('стажировочн');
    expect(queryKey('площадкой')).toBe('площадк');
  });

  it('keeps a word whose Pagefind stem already covers its other forms', () => {
    expect(queryKey('площадки')).toBe('площадки');
    expect(queryKey('Тьюторов')).toBe('тьюторов');
    expect(queryKey('учёт')).toBe('учёт');
  });

  it('leaves numbers and Latin as typed', () => {
    expect(queryKey('2021')).toBe('2021');
    expect(queryKey('CMS')).toBe('CMS');
  });
});

describe('rewriteQuery', () => {
  it('rewrites every word and drops signs Pagefind never indexes', () => {
    expect(rewriteQuery('  стажировочной   площадкой ')).toBe('стажировочн площадк');
    expect(rewriteQuery('№ 364-р')).toBe('364-р');
    expect(rewriteQuery('«Площадок»')).toBe('площадок');
    expect(rewriteQuery('273-ФЗ ТОИПКРО')).toBe('273-ФЗ тоипкро');
  });

  it('changes only the ending of a hyphenated word', () => {
    expect(rewriteQuery('научно-методической')).toBe('научно-методическ');
  });

  it('leaves an exact phrase in quotes alone', () => {
    expect(rewriteQuery('"стажировочной площадки"')).toBe('"стажировочной площадки"');
  });

  it('is empty when nothing searchable was typed', () => {
    expect(rewriteQuery(' — № ')).toBe('');
  });
});
