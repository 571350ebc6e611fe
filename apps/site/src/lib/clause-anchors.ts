import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  anchorBase,
  appendixAnchor,
  createAnchorAllocator,
  isLegalText,
  type OutlineBlock,
  outlineItemOf,
  sameTitle,
  toSlug,
} from '@stazhirovka/schema';
import type { Element, Parents } from 'hast';
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';

interface Appendix {
  label: string;
  title: string;
}

/**
 * Gives every numbered section and clause of a regulation or instruction its permanent id
 * (`s-2`, `p-2-1-3`, `p-3-7--2` for a repeated number) and a «¶» link to itself that works
 * without JavaScript. Appendix headings get `prilozhenie(-N)`, and a table that is a blank form
 * (the Tomsk questionnaire) is marked up as one. The text itself is never touched.
 *
 * A Sätteri hast plugin (Astro 7's Markdown engine does not run rehype plugins); it runs before
 * Astro's own heading-ids plugin, which keeps the ids set here and lists them as `headings`.
 */
export function clauseAnchors(factory: PluginFactoryContext): HastPluginDefinition | null {
  const file = factory.fileURL ? fileURLToPath(factory.fileURL) : '';
  if (!isLegalText(basename(dirname(file)))) return null;
  // The factory runs once per document: this is the document's state.
  const allocate = createAnchorAllocator();
  /** The text of the last child given an id, by parent: it names a table that follows it. */
  const labels = new Map<Readonly<Parents>, string>();
  let appendices: Appendix[] | undefined;
  return {
    name: 'stazhirovka:clause-anchors',
    // Sätteri walks the tree natively and hands over only these elements, in document order;
    // walking it in JS made it build every node of it (3.5 s of a content worker's 22 s at
    // 10 000 documents). A GFM table's cells hold inline content only, so none is inside a table.
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'table'],
      visit(element, ctx) {
        appendices ??= (ctx.data.astro as { frontmatter?: { appendices?: Appendix[] } } | undefined)?.frontmatter?.appendices ?? [];
        const parent = ctx.parent(element);
        if (element.tagName === 'table') return markTable(element, ctx, labels.get(parent));
        // A list item's first paragraph is the item itself: the id and link go on the item.
        if (element.tagName === 'p' && isFirstElementOf(parent, 'li', ctx.indexOf(element))) return;
        // A table is named by the clause or heading just before it («3.3. Перечень … показателей»).
        if (anchor(element, ctx, allocate, appendices)) labels.set(parent, ctx.textContent(element).replace(/\s+/g, ' ').trim());
      },
    },
  };
}

const HEADING = /^h([1-6])$/;

/** Whether the child at `index` is the first element in `parent`, a `tagName` element. */
function isFirstElementOf(parent: Readonly<Parents>, tagName: string, index: number | undefined): boolean {
  if (parent.type !== 'element' || parent.tagName !== tagName) return false;
  return parent.children.findIndex((c) => c.type === 'element') === index;
}

function blockOf(element: Element): OutlineBlock | undefined {
  const heading = HEADING.exec(element.tagName);
  if (heading) return { type: 'heading', depth: Number(heading[1]) };
  if (element.tagName === 'p') return { type: 'paragraph' };
  if (element.tagName === 'li') return { type: 'listItem' };
  return undefined;
}

/** Sets the id and adds the «¶» link; returns the id, if the element got one. */
function anchor(element: Element, ctx: HastVisitorContext, allocate: (base: string) => string, appendices: Appendix[]) {
  const block = blockOf(element);
  if (!block) return undefined;
  const text = ctx.textContent(element);
  const item = outlineItemOf(block, text);
  if (block.type === 'heading') return anchorHeading(element, ctx, text, item?.number ? anchorBase('section', item.number) : undefined, allocate, appendices, item?.number?.label);
  if (!item?.number) return undefined;
  const id = allocate(anchorBase('clause', item.number));
  ctx.setProperty(element, 'id', id);
  ctx.prependChild(element, selfLink(id, `Ссылка на пункт ${item.number.label}${repeatNote(id)}`));
  return id;
}

function anchorHeading(
  element: Element,
  ctx: HastVisitorContext,
  text: string,
  base: string | undefined,
  allocate: (base: string) => string,
  appendices: Appendix[],
  number: string | undefined,
) {
  const appendix = appendices.find((a) => sameTitle(a.title, text) || sameTitle(a.label, text));
  const slug = base || appendix ? undefined : toSlug(text);
  const id = base ? allocate(base) : appendix ? allocate(appendixAnchor(appendix.label)) : slug ? allocate(`s-${slug}`) : undefined;
  if (!id) return undefined;
  ctx.setProperty(element, 'id', id);
  const what = number ? `раздел ${number}${repeatNote(id)}` : appendix ? appendix.label.toLowerCase() : `раздел «${text.trim()}»`;
  const wrapper: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: appendix ? ['anchored-heading', 'appendix-start'] : ['anchored-heading'] },
    children: [selfLink(id, `Ссылка на ${what}`)],
  };
  ctx.wrapNode(element, wrapper);
  return id;
}

/** «(2-й с этим номером)» for `p-3-7--2`: a screen reader user hears which of the two it is. */
function repeatNote(id: string): string {
  const repeat = /--(\d+)$/.exec(id);
  return repeat ? ` (${repeat[1]}-й с этим номером)` : '';
}

/**
 * A plain link to the clause itself: copy it from the address bar, or with one click when JS runs.
 * The «¶» is only seen; what it is («Ссылка на пункт 2.1.3») is its text for screen readers and
 * shows as a tooltip on hover and keyboard focus (legal.css), so the name contains all that is seen.
 */
function selfLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${id}`, className: ['clause-link'], dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true', className: ['clause-link__mark'] }, children: [{ type: 'text', value: '¶' }] },
      { type: 'element', tagName: 'span', properties: { className: ['clause-link__label'] }, children: [{ type: 'text', value: label }] },
    ],
  };
}

/**
 * A table whose last column is blank in every row is a form to fill in (the Tomsk
 * questionnaire): its empty header row goes, the question and its number become row headers, and the blank
 * cell becomes a field with room to write when printed. Every table is named by the clause or
 * heading just before it.
 */
function markTable(table: Element, ctx: HastVisitorContext, label: string | undefined) {
  if (label) ctx.setProperty(table, 'ariaLabel', label);
  const sections = table.children.filter((c): c is Element => c.type === 'element');
  const head = sections.find((s) => s.tagName === 'thead');
  const rows = sections.filter((s) => s.tagName === 'tbody').flatMap((s) => elements(s, 'tr'));
  if (head && ctx.textContent(head).trim() === '') ctx.removeNode(head);
  const cells = rows.map((row) => elements(row, 'td'));
  const isForm = cells.length > 0 && cells.every((r) => r.length >= 2 && ctx.textContent(r[r.length - 1]).trim() === '');
  if (!isForm) return;
  ctx.setProperty(table, 'className', ['form-table']);
  for (const row of cells) {
    // The question, and its number before it («16.»), head the row: the blank is the only data cell.
    for (const [i, cell] of row.slice(0, -1).entries()) {
      const className = i === row.length - 2 ? ['form-question'] : ['form-number'];
      ctx.replaceNode(cell, { type: 'element', tagName: 'th', properties: { scope: 'row', className }, children: cell.children });
    }
    ctx.setProperty(row[row.length - 1], 'className', ['form-field']);
  }
}

function elements(parent: Element, tagName: string): Element[] {
  return parent.children.filter((c): c is Element => c.type === 'element' && c.tagName === tagName);
}
