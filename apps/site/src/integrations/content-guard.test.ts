import { checkMdxBody } from '@stazhirovka/schema';
import { type MdastNode, mdxToJs, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { refuseMdxCode } from './content-guard.ts';

// The guard's own parser (micromark) and the compiler's (Sätteri) agree on every input tried; this
// is the check that holds if they ever do not: the compiler itself refuses code.
describe('the MDX compiler refuses code on its own', () => {
  const compile = async (body: string) => mdxToJs(body, { mdastPlugins: [refuseMdxCode] });

  it.each([
    ['an expression', 'Текст {process.exit(1)} текст.\n'],
    ['a flow expression', '{globalThis.marker = 1}\n'],
    ['an export', 'export const x = 1\n'],
    ['a tag', '<img src="x" />\n'],
  ])('refuses %s', async (_, body) => {
    await expect(compile(body)).rejects.toThrow(/выполняются как код и запрещены/);
  });

  it('compiles escaped text', async () => {
    await expect(compile('Текст \\{ и \\< остаются текстом.\n')).resolves.toMatchObject({ code: expect.stringContaining('остаются текстом') });
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

describe('the guard and the compiler read MDX the same way', () => {
  it('finds code wherever the compiler would, on 3 000 random bodies', () => {
    let seed = 20260;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const missed: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const body = Array.from({ length: 1 + Math.floor(random() * 16) }, () => TOKENS[Math.floor(random() * TOKENS.length)]).join('');
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
});
