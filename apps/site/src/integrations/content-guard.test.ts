import { mdxToJs } from 'satteri';
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
