import { NOT_INDEXED_CLASS } from '../../lib/search/search-bundle.ts';
import { attributesOf, elementEnd, type Tag, TagReader, withoutElements } from './markup.ts';

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

/** The attributes by which Pagefind reads an element: its filters, metadata, sort keys, body, ignores. */
const isPagefindAttribute = (name: string) => name.startsWith('data-pagefind-');

/**
 * The page cut to what Pagefind reads of it: the `<html>` tag (the language), the `<title>` and
 * the `<meta data-pagefind-…>` tags of the head, and the `<main data-pagefind-body>` element.
 * Header, navigation, the reading settings form, footer, stylesheets and SEO tags were over a
 * third of each copy (~10 of 27 KB at 10 000 documents), parsed for nothing: Pagefind writes the
 * same index, byte for byte, ~15 % faster. A page laid out otherwise (no or more than one indexed
 * body, a Pagefind attribute on any other element outside it) is returned as it is.
 */
export function withoutUnreadParts(html: string): string {
  let root: Tag | undefined;
  let headEnd: number | undefined;
  let title = '';
  const metas: string[] = [];
  let main: { start: number; end: number } | undefined;
  const reader = new TagReader(html);
  for (let tag = reader.next(); tag; tag = reader.next()) {
    if (tag.closing) {
      if (tag.name === 'head') headEnd ??= tag.start;
      continue;
    }
    const names = tag.attributes.includes('data-pagefind-') ? [...attributesOf(tag).keys()] : [];
    if (names.includes('data-pagefind-body')) {
      const end = elementEnd(html, tag);
      if (main || tag.name !== 'main' || end === undefined || html.slice(tag.end, end).includes(' data-pagefind-body')) return html;
      main = { start: tag.start, end };
      reader.skipTo(end);
    } else if (tag.name === 'html') {
      root ??= tag;
    } else if (tag.name === 'title' && headEnd === undefined) {
      title = html.slice(tag.start, elementEnd(html, tag) ?? tag.end);
    } else if (names.some(isPagefindAttribute)) {
      if (tag.name !== 'meta' || headEnd !== undefined) return html;
      metas.push(html.slice(tag.start, tag.end));
    }
  }
  if (!root || headEnd === undefined || !main) return html;
  return `${html.slice(0, root.end)}<head>${title}${metas.join('')}</head><body>${html.slice(main.start, main.end)}</body></html>`;
}

/** What an element's attributes have if Pagefind may skip it: most have neither, and are passed at a glance. */
const MAY_BE_SKIPPED = new RegExp(`data-pagefind-ignore|${NOT_INDEXED_CLASS}`);

/** An element Pagefind indexes no text of: `data-pagefind-ignore`, or of the class it is told to exclude (NOT_INDEXED_CLASS). */
export function isNotIndexed(tag: Tag): boolean {
  if (!MAY_BE_SKIPPED.test(tag.attributes)) return false;
  const attributes = attributesOf(tag);
  return attributes.has('data-pagefind-ignore') || (attributes.get('class') ?? '').split(/\s+/).includes(NOT_INDEXED_CLASS);
}

/**
 * An element Pagefind skips with all it holds: not indexed (isNotIndexed), and no other Pagefind
 * attribute of its own. Not an image or a first heading: Pagefind takes the page's first image
 * and, lacking a title field, its first `<h1>` for the result even where it indexes no text.
 */
function isSkipped(tag: Tag): boolean {
  if (tag.name === 'img' || tag.name === 'h1' || !isNotIndexed(tag)) return false;
  return [...attributesOf(tag).keys()].every((name) => name === 'data-pagefind-ignore' || !isPagefindAttribute(name));
}

/** What an element's inner markup has if Pagefind reads something of it even where the element is skipped. */
const READ_ANYWAY = /data-pagefind-|<img\b|<h1\b/;

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
  return withoutElements(html, isSkipped, (inner) => inner === undefined || READ_ANYWAY.test(inner));
}
