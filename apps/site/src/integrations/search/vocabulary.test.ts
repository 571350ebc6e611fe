import { describe, expect, it } from 'vitest';
import { VOCABULARY_FILTER } from '../../lib/search/search-bundle.ts';
import { createVocabulary, vocabularyPage } from './vocabulary.ts';
import { textOf } from './word-forms.ts';

const add = (vocabulary: ReturnType<typeof createVocabulary>, markup: string, forms: string[]) => vocabulary.add(markup, textOf(markup), forms);

describe('createVocabulary', () => {
  it('keeps every word of the pages once, lowercased, with the word forms added to them', () => {
    const vocabulary = createVocabulary();
    add(vocabulary, '<h1>Учёт стажёров</h1>\n<p>Учёт ведёт куратор.</p>', ['учета']);
    add(vocabulary, '<p>Куратор</p>', []);
    expect(vocabulary.words()).toEqual(['ведёт', 'куратор', 'куратор.', 'стажёров', 'учета', 'учёт'].sort());
  });

  it('has a word split by inline markup both as Pagefind joins it and in its parts', () => {
    const vocabulary = createVocabulary();
    add(vocabulary, '<p>Распоряжение № <b>364</b>-р</p>', []);
    expect(vocabulary.words()).toEqual(expect.arrayContaining(['364-р', '364', '-р']));
  });

  it('has every word of both readings of the markup: tags as spaces and tags as nothing', () => {
    const markups = [
      '<p>а<b>б</b>в г</p>',
      '<i>х</i><i>у</i> з<br>',
      'слово<br> дальше <b> </b>конец',
      '<b>а</b>\u00a0<b>б</b>',
      '<a title="1 > 2">т</a>екст <em>Σ</em>ΟΣ',
      '<p></p><p>один</p>',
    ];
    for (const markup of markups) {
      const vocabulary = createVocabulary();
      add(vocabulary, markup, []);
      const both = `${textOf(markup)} ${textOf(markup, '')}`.toLowerCase().split(/\s+/).filter(Boolean);
      expect(vocabulary.words(), markup).toEqual([...new Set(both)].sort());
    }
  });
});

describe('vocabularyPage', () => {
  it('is one page for Pagefind holding the words, marked with the filter the search page leaves out', () => {
    const page = vocabularyPage(['стажёр', 'учёт']);
    expect(page).toContain('data-pagefind-body');
    expect(page).toContain(`data-pagefind-filter="${VOCABULARY_FILTER.name}:${VOCABULARY_FILTER.value}"`);
    expect(page).toContain('<p>стажёр учёт</p>');
    expect(page).toContain('lang="ru"');
  });
});
