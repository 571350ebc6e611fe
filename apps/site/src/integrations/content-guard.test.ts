import { checkMdxBody } from '@stazhirovka/schema';
import { type HastNode, markdownToHast, markdownToHtml, type MarkdownToHtmlResult, type MdastNode, mdxToHast, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { refuseMdxOnlyDifferences } from './content-render.ts';

// Content files are MDX, rendered as Markdown (content-loader.ts): what the two read differently
// is refused while rendering, and everything the check lets through reads the same in both.
describe('the renderer refuses what Markdown reads otherwise than MDX', () => {
  // The plugin's visitors are synchronous, so is the result (the types allow for async visitors).
  const render = (body: string) => (markdownToHtml(body, { mdastPlugins: [refuseMdxOnlyDifferences] }) as MarkdownToHtmlResult).html;

  it.each([
    ['indented code', 'Текст.\n\n    1.1. Пункт с отступом.\n', 3],
    ['indented code in a list item', '1. Пункт\n\n        вложенный текст\n', 3],
    ['a tab before text', 'Текст.\n\n\tс табуляцией\n', 3],
    ['raw HTML', '<img src="x" onerror="alert(1)">\n', 1],
  ])('refuses %s, naming the line', (_, body, line) => {
    expect(() => render(body)).toThrow(expect.objectContaining({ line, message: expect.stringMatching(/отступ|теги <…>/) }));
  });

  it('renders fenced code, nested lists and escaped text as they are', () => {
    expect(render('```\nкод\n```\n\n~~~\nещё\n~~~\n\n- пункт\n  - вложенный\n\nТекст \\{ и \\< остаются текстом.\n')).toBe(
      '<pre><code>код\n</code></pre>\n<pre><code>ещё\n</code></pre>\n<ul>\n<li>пункт\n<ul>\n<li>вложенный</li>\n</ul>\n</li>\n</ul>\n' +
        '<p>Текст { и &lt; остаются текстом.</p>\n',
    );
  });
});

// Random bodies built from the characters and snippets where MDX parsers are known to differ.
const TOKENS = ['{', '}', '<', '>', '\\', '`', '``', 'a', ' ', '\n', '\n\n', 'import x from "y"', 'export const a=1', '/', '!',
  '-', '*', '[', ']', '(', ')', ':', '"', "'", '&', '#', '=', '|', '<a>', '</a>', '<!--', '-->', '    ', '\t', '1.', '> ',
  '{/*', '*/}', '&#123;', '<>', '</>', 'http://a.ru', '~~~', '```', 'ё', '\u00a0', '\r\n', '<b', 'on', 'x=', '{1}', '\\{', '\\<'];
const CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

function hasCode(node: MdastNode): boolean {
  return CODE.has(node.type) || ('children' in node && (node.children as MdastNode[]).some(hasCode));
}

function randomBodies(count: number): string[] {
  let seed = 20260;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 16) }, () => TOKENS[Math.floor(random() * TOKENS.length)]).join(''));
}

/** A hast tree as a reader gets it: no positions. */
const shape = (tree: HastNode) => JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));

describe('the guard and an MDX compiler read MDX the same way', () => {
  it('finds code wherever the compiler would, on 3 000 random bodies', () => {
    const missed: string[] = [];
    for (const body of randomBodies(3000)) {
      if (checkMdxBody(body).length > 0) continue;
      let compiled: MdastNode | undefined;
      try {
        compiled = mdxToMdast(body);
      } catch {
        missed.push(`compiler fails: ${JSON.stringify(body)}`);
        continue;
      }
      if (hasCode(compiled)) missed.push(`code missed: ${JSON.stringify(body)}`);
    }
    expect(missed).toEqual([]);
  }, 60_000);

  it('renders every body the guard accepts as MDX would, or refuses it, on 3 000 random bodies', () => {
    const differ: string[] = [];
    let compared = 0;
    for (const body of randomBodies(3000)) {
      if (checkMdxBody(body).length > 0) continue;
      try {
        markdownToHtml(body, { mdastPlugins: [refuseMdxOnlyDifferences] });
      } catch {
        continue; // refused: never published
      }
      compared++;
      if (shape(markdownToHast(body)) !== shape(mdxToHast(body))) differ.push(JSON.stringify(body));
    }
    expect(compared).toBeGreaterThan(500);
    expect(differ).toEqual([]);
  }, 60_000);
});
