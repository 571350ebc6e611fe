/*
 * What an entry page carries for the search index: the copy Pagefind indexes is written with it
 * while the site renders (./prepared-pages.ts), the dev server's in memory (../dev-search.ts).
 * Pure string functions: the dictionary work is ./word-forms.ts.
 */

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Pagefind joins the text of adjacent elements without a space unless the first one is a
 * "sentence" element (p, li, div, td, h1–h6, ul, article, section end their text with a stop):
 * `<dt>Тип</dt><dd>Базовая…` would be indexed as one word «ТипБазовая». A space after each
 * other block's end keeps words apart. Whitespace between these elements is not rendered (they
 * sit in block, grid or table layout), so a reader sees no change.
 */
const UNSEPARATED_BLOCK_END = /<\/(?:dt|dd|th|caption|figcaption|blockquote)>/g;

/**
 * The rendered page as Pagefind should read it: block ends inside the indexed `<main
 * data-pagefind-body>` kept apart by a space, and the word forms the page lacks in a hidden
 * `forms` field before `</body>`. Nothing a reader sees changes. A page without
 * `data-pagefind-body` is returned as it is.
 */
export function pageForIndex(html: string, forms: readonly string[]): string {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return html;
  const main = html.lastIndexOf('</main>');
  const stop = main < start ? html.length : main;
  const body = html.indexOf('</body>', stop);
  const end = body < 0 ? html.length : body;
  const extra = forms.length > 0 ? `<span hidden data-pagefind-meta="forms:${escapeAttribute(forms.join(' '))}"></span>` : '';
  return html.slice(0, start) + html.slice(start, stop).replace(UNSEPARATED_BLOCK_END, '$& ') + html.slice(stop, end) + extra + html.slice(end);
}
