import { stemmer } from '@orama/stemmers/russian';

/*
 * Pagefind 1.6 folds diacritics before it stems: NFD, then every combining mark dropped. For
 * Russian that folds ё into е, which readers expect, but it also turns й into и, so the Snowball
 * stemmer no longer sees the endings -ой, -ый, -ий, -ей: «стажировочной» is indexed and searched
 * as «стажировочно» and finds only that one case, while «стажировочная» finds them all. The
 * functions here reproduce Pagefind's word processing, so that a query word can be rewritten into
 * a key whose stem covers every form of the word. The same code runs in the build (to decide
 * which word forms to add to the index) and in the browser (to rewrite the query), so the two
 * cannot drift apart.
 */

const COMBINING_MARK = /\p{M}/gu;
const NOT_WORD_CHAR = /[^\p{L}\p{N}]/gu;
const CYRILLIC_WORD = /^[а-яё]+$/;

/** Pagefind's diacritic folding: «учёт» → «учет», and also «й» → «и». */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARK, '');
}

/** A word as Pagefind keeps it: lower case, letters and digits only. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(NOT_WORD_CHAR, '');
}

/** The stem Pagefind stores or looks up for a word on a Russian page. */
export function pagefindStem(word: string): string {
  return stemmer(foldDiacritics(normalizeWord(word)));
}

/**
 * What to hand Pagefind for one Russian query word. Pagefind matches every indexed stem that
 * starts with the query's stem, so the word itself is kept when its Pagefind stem already is a
 * prefix of the real Snowball stem (keeping Pagefind's bonus for exact forms); otherwise the real
 * stem is passed: «стажировочной» → «стажировочн», «площадкой» → «площадк».
 */
export function queryKey(word: string): string {
  const normalized = normalizeWord(word);
  if (!CYRILLIC_WORD.test(normalized)) return word;
  const stem = stemmer(normalized.replaceAll('ё', 'е'));
  return foldDiacritics(stem).startsWith(pagefindStem(normalized)) ? normalized : stem;
}

// Pagefind keeps signs such as «№» in a query but never indexes them, so «№ 364-р» would find
// nothing; quotes and brackets around a word are dropped as well.
const NOT_KEPT = /[^\p{L}\p{N}-]/gu;

/** Rewrites one whitespace-separated token; numbers, Latin and abbreviations with digits stay as typed. */
function rewriteToken(token: string): string {
  const parts = token.split('-');
  const last = parts[parts.length - 1];
  // A hyphenated word («научно-методической») is indexed whole, so only its ending may change.
  if (parts.length > 1 && !parts.every((part) => CYRILLIC_WORD.test(normalizeWord(part)))) return token;
  parts[parts.length - 1] = queryKey(last);
  return parts.join('-');
}

/**
 * The query Pagefind should run for what a person typed. A phrase in quotes is an exact search in
 * Pagefind and is left alone.
 */
export function rewriteQuery(query: string): string {
  const trimmed = query.trim();
  if (/^".+"$/.test(trimmed)) return trimmed;
  return trimmed
    .split(/\s+/)
    .map((token) => token.replace(NOT_KEPT, '').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .map(rewriteToken)
    .join(' ');
}
