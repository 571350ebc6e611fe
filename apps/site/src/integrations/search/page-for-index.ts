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

/** A `<section>` Pagefind skips (`data-pagefind-ignore`), and the tags that open or close sections. */
const IGNORED_SECTION = /<section\b[^>]*\sdata-pagefind-ignore\b[^>]*>/g;
const SECTION_TAG = /<(\/?)section\b[^>]*>/g;

/**
 * The page without the sections Pagefind reads nothing of: ignored, and with no filter, meta or
 * sort of Pagefind's inside. The network's org chart is one (~60 KB of an instruction page's
 * ~85 KB at 10 000 documents): Pagefind parses the page faster without it and writes the same
 * index, byte for byte (the copy it indexes is written by ./prepare-worker.ts; the published
 * page keeps it). Sections nest, so ends are counted; Astro escapes `<` in text and attributes.
 */
export function withoutIgnoredSections(html: string): string {
  let out = '';
  let from = 0;
  IGNORED_SECTION.lastIndex = 0;
  for (let open = IGNORED_SECTION.exec(html); open; open = IGNORED_SECTION.exec(html)) {
    SECTION_TAG.lastIndex = open.index + open[0].length;
    let depth = 1;
    let tag: RegExpExecArray | null = null;
    while (depth > 0 && (tag = SECTION_TAG.exec(html))) depth += tag[1] ? -1 : 1;
    if (!tag) break;
    const end = SECTION_TAG.lastIndex;
    if (!html.slice(open.index + open[0].length, end).includes('data-pagefind-')) {
      out += html.slice(from, open.index);
      from = end;
    }
    IGNORED_SECTION.lastIndex = end;
  }
  return out + html.slice(from);
}
