import { VOCABULARY_FILTER } from '../../lib/search/search-bundle.ts';
import { TEXT_TAG } from './word-forms.ts';

/*
 * A site indexed in several shards (./shards.ts) is searched shard by shard, and Pagefind answers
 * a word that no word of a shard begins with by the longest word of that shard the query begins
 * with: «тоипкро» in a shard without it finds every page with «то». One index would have found the
 * word and nothing else. So each shard also gets one page holding every word of the whole site:
 * then every shard knows the words one index would, and takes the same words for a query. The
 * search page leaves that page out of every answer by its filter (VOCABULARY_FILTER).
 */

/** The words of the pages that are indexed, as their markup writes them. */
export interface Vocabulary {
  /**
   * Adds a page: its indexed markup (see indexedMarkup), that markup's text with tags as spaces
   * (`textOf(markup)`, which the caller has already made for the word forms) and the forms added.
   */
  add(markup: string, text: string, forms: readonly string[]): void;
  words(): string[];
}

export function createVocabulary(): Vocabulary {
  const words = new Set<string>();
  const addText = (text: string) => {
    for (const word of text.toLowerCase().split(/\s+/)) if (word) words.add(word);
  };
  return {
    add(markup, text, forms) {
      // Pagefind joins the text of inline elements («<b>364</b>-р») and keeps blocks apart: both
      // readings, so that the vocabulary has every word Pagefind made of the page, and more.
      addText(text);
      for (const word of wordsAcrossTags(markup)) words.add(word.toLowerCase());
      addText(forms.join(' '));
    },
    words: () => [...words].sort(),
  };
}

const SPACE = /\s/;

/**
 * The words of `textOf(markup, '')` that a tag runs through («364-р» of «<b>364</b>-р»). Its other
 * words are words of `textOf(markup)` too, where each tag is a space, so these are all the second
 * reading adds (reading and adding all its words again made the vocabulary ~1.5 times as slow).
 */
function wordsAcrossTags(markup: string): string[] {
  let joined = '';
  const junctions: number[] = [];
  let from = 0;
  for (const tag of markup.matchAll(TEXT_TAG)) {
    joined += markup.slice(from, tag.index);
    junctions.push(joined.length);
    from = tag.index + tag[0].length;
  }
  joined += markup.slice(from);
  const found: string[] = [];
  let end = 0;
  for (const at of junctions) {
    if (at < end || at === 0 || at === joined.length || SPACE.test(joined[at - 1]) || SPACE.test(joined[at])) continue;
    let start = at - 1;
    while (start > 0 && !SPACE.test(joined[start - 1])) start--;
    end = at + 1;
    while (end < joined.length && !SPACE.test(joined[end])) end++;
    found.push(joined.slice(start, end));
  }
  return found;
}

/** File name of the vocabulary page inside a shard's folder: no page of the site has it. */
export const VOCABULARY_FILE = 'pagefind-vocabulary.html';

/** The vocabulary page: the words, in the markup they came from (entities stay escaped). */
export function vocabularyPage(words: readonly string[]): string {
  const filter = `${VOCABULARY_FILTER.name}:${VOCABULARY_FILTER.value}`;
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>-</title></head><body><main data-pagefind-body><div data-pagefind-filter="${filter}"></div><p>${words.join(' ')}</p></main></body></html>\n`;
}
