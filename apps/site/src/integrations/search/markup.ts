/*
 * Tags of the HTML Astro writes, read one after another from the start: its text never holds a raw
 * `<` (escaped as `&lt;`), and its attribute values are always in double quotes with `"` escaped,
 * but may hold a raw `<` or `>` (a document's title in a `content` or `aria-label`). So a tag is
 * `<name`, then anything up to `>` with quoted values read whole; script and style elements are
 * passed over whole. Pure string functions for the copies Pagefind reads (./page-for-index.ts).
 */

/** A start or end tag and where it is in the page. */
export interface Tag {
  closing: boolean;
  /** Lower case. */
  name: string;
  /** The attributes as written, for attributesOf. */
  attributes: string;
  start: number;
  end: number;
}

/** `<` or `</` and a tag name; then the attributes, up to `>` with quoted values read whole. */
const NAME = String.raw`<(\/?)([a-zA-Z][a-zA-Z0-9-]*)`;
const ATTRIBUTES = String.raw`[^>"]*(?:"[^"]*"[^>"]*)*`;
const TAG_SOURCE = `${NAME}(${ATTRIBUTES})>`;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*"([^"]*)")?/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Where reading goes on after a tag ending at `end`: the text of a script or style is passed over to its end tag. */
function readOnFrom(html: string, closing: boolean, name: string, end: number): number {
  if (closing || (name !== 'script' && name !== 'style')) return end;
  const close = html.indexOf(`</${name}`, end);
  return close < 0 ? html.length : close;
}

/** Reads the tags of one page in order; `skipTo` jumps ahead (to the end of an element). */
export class TagReader {
  readonly #html: string;
  readonly #tags = new RegExp(TAG_SOURCE, 'g');

  constructor(html: string, from = 0) {
    this.#html = html;
    this.#tags.lastIndex = from;
  }

  next(): Tag | undefined {
    const match = this.#tags.exec(this.#html);
    if (!match) return undefined;
    const name = match[2].toLowerCase();
    const tag = { closing: match[1] === '/', name, attributes: match[3], start: match.index, end: this.#tags.lastIndex };
    this.#tags.lastIndex = readOnFrom(this.#html, tag.closing, name, tag.end);
    return tag;
  }

  skipTo(position: number): void {
    this.#tags.lastIndex = position;
  }
}

/** Attribute names (lower case) and their values (as written, entities kept; '' for none). */
export function attributesOf(tag: Tag): Map<string, string> {
  return new Map([...tag.attributes.matchAll(ATTRIBUTE)].map((match) => [match[1].toLowerCase(), match[2] ?? '']));
}

/**
 * Any start or end tag, its attributes passed over (quoted values whole) but not kept: elementEnd
 * reads only names, and makes no object per tag it passes (most of the preparer's tag reading).
 * One expression for the module: elementEnd calls nothing that could use it meanwhile.
 */
const NAME_ONLY = new RegExp(`${NAME}${ATTRIBUTES}>`, 'g');

/** Where the element a start tag opens ends (after its end tag, nesting counted); undefined when it is not closed. */
export function elementEnd(html: string, opening: Tag): number | undefined {
  if (VOID.has(opening.name) || opening.attributes.endsWith('/')) return opening.end;
  NAME_ONLY.lastIndex = opening.end;
  let depth = 1;
  for (let match = NAME_ONLY.exec(html); match; match = NAME_ONLY.exec(html)) {
    const closing = match[1] === '/';
    const name = match[2].toLowerCase();
    NAME_ONLY.lastIndex = readOnFrom(html, closing, name, NAME_ONLY.lastIndex);
    if (name !== opening.name) continue;
    depth += closing ? -1 : 1;
    if (depth === 0) return NAME_ONLY.lastIndex;
  }
  return undefined;
}

/**
 * `html` without the elements whose start tag `skip` picks, each cut out with its end tag and all
 * inside it; `keep` spares one by its inner markup (undefined when it is not closed). Inside an
 * element cut out or spared nothing more is looked at.
 */
export function withoutElements(html: string, skip: (tag: Tag) => boolean, keep: (inner: string | undefined) => boolean = () => false): string {
  let out = '';
  let from = 0;
  const reader = new TagReader(html);
  for (let tag = reader.next(); tag; tag = reader.next()) {
    if (tag.closing || !skip(tag)) continue;
    const end = elementEnd(html, tag);
    reader.skipTo(end ?? html.length);
    if (keep(end === undefined ? undefined : html.slice(tag.end, end))) continue;
    out += html.slice(from, tag.start);
    from = end ?? html.length;
  }
  return out + html.slice(from);
}
