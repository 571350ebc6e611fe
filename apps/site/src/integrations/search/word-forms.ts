import { withoutElements } from './markup.ts';
import { isNotIndexed } from './page-for-index.ts';
import { pagefindStem, queryKey } from '../../lib/search/russian-query.ts';
import { type Lexeme, lexemesOf, loadMorphology } from './morphology.ts';

/*
 * Pagefind finds a page when one of its indexed stems starts with the stem of the query word. The
 * browser rewrites each query word with `queryKey`, which fixes most Russian forms, but some forms
 * of a word have a stem that is not a prefix of the others: «площадок» against «площадка»,
 * «площадки»; «людей» against «человек». For such words the pages get the missing stems as extra,
 * invisible index words, so that any form typed finds every page with any form of the word.
 */

/** The issue asks for nouns and adjectives in any case and number. */
const PARTS_OF_SPEECH: ReadonlySet<string> = new Set(['NOUN', 'ADJF']);
// One- and two-letter words are abbreviations («г.», «р», «п.»): the dictionary reads «л» as «литр».
const WORD = /[а-яё]{3,}/g;

/** Query stems a lexeme can produce, each with a key that produces it, longest stems only. */
function stemClasses(lexeme: Lexeme): Map<string, string> {
  const byStem = new Map<string, string>();
  for (const form of lexeme.forms) {
    const key = queryKey(form);
    const stem = pagefindStem(key);
    if (!byStem.has(stem)) byStem.set(stem, key);
  }
  // A page that has a stem starting with «площадк» also answers the shorter «площад»: keep the longest.
  for (const stem of byStem.keys()) {
    for (const other of byStem.keys()) {
      if (other !== stem && other.startsWith(stem)) byStem.delete(stem);
    }
  }
  return byStem;
}

/** True when a sorted list holds a string starting with `prefix`. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low].startsWith(prefix);
}

/** The HTML without the elements Pagefind skips, each cut out with its end tag (nesting counted). */
export function withoutIgnored(html: string): string {
  return withoutElements(html, isNotIndexed);
}

/** A `<meta>` tag of SearchMeta.astro that Pagefind reads as a result field. */
const META_CONTENT = /<meta data-pagefind-meta="[^"]*\[content\]" content="([^"]*)"/g;

/** Lower-case Cyrillic words of a text (hyphenated words split into their parts). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The markup of a built page that Pagefind indexes: the `data-pagefind-body` element (BaseLayout's
 * <main>) without navigation and the lists of related entries (see ../search-index.ts), then the
 * result metadata Pagefind searches too (title, requisites line). Words of the header and footer
 * must not count, or every page would seem to mention «площадки».
 */
export function indexedMarkup(html: string): string {
  const attribute = html.indexOf('data-pagefind-body');
  const start = html.indexOf('>', attribute) + 1;
  const end = html.lastIndexOf('</main>');
  if (attribute < 0 || end < start) return '';
  const body = withoutIgnored(html.slice(start, end)).replace(/<(script|style|nav)[\s\S]*?<\/\1>/g, ' ');
  const meta = [...html.matchAll(META_CONTENT)].map((match) => match[1]).join(' ');
  return `${body} ${meta}`;
}

/** What textOf takes for a tag: `<` up to the next `>`. */
export const TEXT_TAG = /<[^>]*>/g;

/** The text of `markup` with every tag replaced by `tagAs`; entities are left as they are. */
export function textOf(markup: string, tagAs = ' '): string {
  return markup.replace(TEXT_TAG, tagAs);
}

/** Words of a built page that Pagefind indexes (see indexedMarkup). */
export function wordsOfHtml(html: string): string[] {
  return wordsOf(textOf(indexedMarkup(html)));
}

export interface FormCompleter {
  /** Index words a page lacks for the word forms it contains. */
  missingKeys(words: readonly string[]): string[];
  /**
   * For each query stem of a word whose forms fall into several stems, keys of the other stems:
   * «площадок» → [«площадка»]. Every page already matches all of them (missingKeys sees to that);
   * the search page runs them too only to rank pages by how often they use the word in any form.
   */
  alternatives(): Record<string, string[]>;
}

/** Loads the dictionary and returns a completer that remembers every word it has analysed. */
export async function createFormCompleter(): Promise<FormCompleter> {
  await loadMorphology();
  const classesOfLexeme = new Map<string, Map<string, string>>();
  // Every page is checked in turn, and most of its words were on pages before: Snowball runs once per word.
  const stemOfWord = new Map<string, string>();
  const stemOf = (word: string) => {
    let stem = stemOfWord.get(word);
    if (stem === undefined) stemOfWord.set(word, (stem = pagefindStem(word)));
    return stem;
  };

  // What a word can lack on a page: the query stems of its lexemes that its own stem does not
  // begin with (a page with the word has its stem). For most words there are none, and a page's
  // stems are sorted only if one of its words has some.
  const candidatesOfWord = new Map<string, [stem: string, key: string][]>();
  const candidatesOf = (word: string) => {
    let found = candidatesOfWord.get(word);
    if (!found) {
      const own = stemOf(word);
      found = lexemesOf(word, PARTS_OF_SPEECH).flatMap((lexeme) => {
        let classes = classesOfLexeme.get(lexeme.id);
        if (!classes) classesOfLexeme.set(lexeme.id, (classes = stemClasses(lexeme)));
        return [...classes].filter(([stem]) => !own.startsWith(stem));
      });
      candidatesOfWord.set(word, found);
    }
    return found;
  };

  return {
    missingKeys(words) {
      const unique = [...new Set(words)];
      let stems: string[] | undefined;
      const missing = new Set<string>();
      for (const word of unique) {
        for (const [stem, key] of candidatesOf(word)) {
          stems ??= [...new Set(unique.map(stemOf))].sort();
          if (!hasPrefix(stems, stem)) missing.add(key);
        }
      }
      return [...missing].sort();
    },
    alternatives() {
      const result: Record<string, Set<string>> = {};
      for (const classes of classesOfLexeme.values()) {
        if (classes.size < 2) continue;
        for (const stem of classes.keys()) {
          for (const [other, key] of classes) if (other !== stem) (result[stem] ??= new Set()).add(key);
        }
      }
      return Object.fromEntries(Object.entries(result).sort().map(([stem, keys]) => [stem, [...keys].sort()]));
    },
  };
}
