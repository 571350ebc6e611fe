import { NOT_INDEXED_CLASS } from '../../lib/search/search-bundle.ts';

/*
 * What Pagefind reads of an entry page (pageForIndex): the copy it indexes is written while the
 * site renders (./prepared-pages.ts), the dev server's is kept in memory (../dev-search.ts).
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
 * The rendered page as Pagefind should read it: cut to what Pagefind reads (withoutUnreadParts,
 * withoutSkippedElements), block ends inside the indexed `<main data-pagefind-body>` kept apart by
 * a space, and the word forms the page lacks in a hidden `forms` field before `</body>`. The words
 * Pagefind finds, their order and the page's fields do not change. A page without
 * `data-pagefind-body` is returned as it is.
 */
export function pageForIndex(rendered: string, forms: readonly string[]): string {
  if (!rendered.includes('data-pagefind-body')) return rendered;
  const html = withoutSkippedElements(withoutUnreadParts(rendered));
  const start = html.indexOf('data-pagefind-body');
  const main = html.lastIndexOf('</main>');
  const stop = main < start ? html.length : main;
  const body = html.indexOf('</body>', stop);
  const end = body < 0 ? html.length : body;
  const extra = forms.length > 0 ? `<span hidden data-pagefind-meta="forms:${escapeAttribute(forms.join(' '))}"></span>` : '';
  return html.slice(0, start) + html.slice(start, stop).replace(UNSEPARATED_BLOCK_END, '$& ') + html.slice(stop, end) + extra + html.slice(end);
}

/**
 * `html` without the elements whose opening tag `opening` matches (its group 1: the tag name),
 * each cut out to its matching end tag, nesting counted, or to the end when it is not closed;
 * `keep` spares one by its inner markup (undefined when not closed). Astro escapes `<` in text
 * and attributes, so counting tags is enough.
 */
export function withoutElements(html: string, opening: RegExp, keep: (inner: string | undefined) => boolean = () => false): string {
  let out = '';
  let from = 0;
  opening.lastIndex = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    const start = match.index + match[0].length;
    const tags = new RegExp(`<(/?)${match[1]}\\b[^>]*>`, 'g');
    tags.lastIndex = start;
    let depth = 1;
    for (let tag = tags.exec(html); tag; tag = depth > 0 ? tags.exec(html) : null) depth += tag[1] ? -1 : 1;
    const end = depth === 0 ? tags.lastIndex : html.length;
    if (!keep(depth === 0 ? html.slice(start, end) : undefined)) {
      out += html.slice(from, match.index);
      from = end;
    }
    opening.lastIndex = end;
  }
  return out + html.slice(from);
}

/** What Pagefind reads outside the indexed body: the tags carrying its filters, metadata and sort keys. */
const PAGEFIND_TAG = /<meta data-pagefind-[^>]*>/g;
/** Where a page gives its language and its title (Pagefind's fallbacks for both). */
const HTML_TAG = /^<!doctype html><html\b[^>]*>/i;
const TITLE = /<title>[^<]*<\/title>/;

/**
 * The page cut to what Pagefind reads of it: the `<html>` tag (the language), the `<title>` and
 * the `<meta data-pagefind-…>` tags of the head, and the `<main data-pagefind-body>` element.
 * Header, navigation, the reading settings form, footer, stylesheets and SEO tags were over a
 * third of each copy (~10 of 27 KB at 10 000 documents), parsed for nothing: Pagefind writes the
 * same index, byte for byte, ~15 % faster. A page laid out otherwise (no or more than one indexed
 * body, a `data-pagefind-` attribute anywhere else outside it) is returned as it is.
 */
export function withoutUnreadParts(html: string): string {
  const body = html.indexOf('data-pagefind-body');
  const start = html.lastIndexOf('<main', body);
  const end = html.lastIndexOf('</main>');
  const opening = HTML_TAG.exec(html);
  const headEnd = html.indexOf('</head>');
  if (!opening || body < 0 || html.indexOf('data-pagefind-body', body + 1) >= 0 || start < headEnd || end < body) return html;
  const head = html.slice(opening[0].length, headEnd);
  const tags = head.match(PAGEFIND_TAG) ?? [];
  const before = head.replace(PAGEFIND_TAG, '') + html.slice(headEnd, start);
  const after = html.slice(end + '</main>'.length).replace(/<\/body>\s*<\/html>\s*$/, '');
  if (before.includes('data-pagefind-') || after.includes('data-pagefind-')) return html;
  return `${opening[0]}<head>${TITLE.exec(head)?.[0] ?? ''}${tags.join('')}</head><body>${html.slice(start, end)}</main></body></html>`;
}

/**
 * An opening tag Pagefind skips with all it holds: `data-pagefind-ignore`, or the class it is told
 * to exclude (NOT_INDEXED_CLASS), and no other `data-pagefind-` attribute of its own.
 */
const SKIPPED_ELEMENT = new RegExp(
  `<([a-z][a-z0-9]*)\\b(?![^>]*\\sdata-pagefind-(?!ignore\\b))(?=[^>]*(?:\\sdata-pagefind-ignore\\b|\\sclass="(?:[^"]*\\s)?${NOT_INDEXED_CLASS}[\\s"]))[^>]*>`,
  'g',
);

/**
 * The page without the elements Pagefind reads nothing of: skipped, and with no filter, meta or
 * sort of Pagefind's inside. The network's org chart is one (~60 KB of an instruction page's
 * ~85 KB at 10 000 documents), the «¶» links of clauses and the links to other entries are most
 * of the others (~4 KB of a page's ~12). Pagefind parses the page ~10 % faster without them and
 * finds the same words at the same places, with the same fields; only the text it keeps of a
 * clause for its anchor loses the link's «¶Ссылка на пункт 1.1», which no result shows (the search
 * page names a clause by its number, scripts/search/places.ts). The published page keeps them. An
 * element that is not closed is left as it is.
 */
export function withoutSkippedElements(html: string): string {
  return withoutElements(html, SKIPPED_ELEMENT, (inner) => inner === undefined || inner.includes('data-pagefind-'));
}
