import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../src/mdx-safety.ts';
import { splitFrontmatter } from '../src/frontmatter.ts';
import { mdxParser as resolvedParser } from '#mdx-parser';
import { mdxParser as nativeParser } from '../src/validate/native-mdx.ts';
import { REPO_ROOT } from '../src/validate/index.ts';

/**
 * `validate` and the build parse bodies with Sätteri's native MDX parser, the CMS with
 * remark-mdx in the browser: a body one accepts the other must accept, with the same problems
 * on the same lines and the same tree (the numbering outline is read from it).
 */
const CONTENT = join(REPO_ROOT, 'content');
const seedBodies = readdirSync(CONTENT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) => readdirSync(join(CONTENT, folder.name)).filter((name) => name.endsWith('.mdx')).map((name) => join(folder.name, name)))
  .map((file) => [file, splitFrontmatter(readFileSync(join(CONTENT, file), 'utf8')).body] as const);

const TRICKY: string[] = [
  'Текст <b>жирный</b> и <Component prop={1} />.',
  'Сумма {1 + 1} рублей.',
  'import x from "y"\n\nтекст',
  'export const a = 1',
  'a < b и c > d, 3 <4',
  'Скобка { без пары',
  '<div',
  'Адрес <https://example.ru> в угловых скобках',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '[ссылка](javascript:alert(1))',
  'Адрес http://x.ru/{a} со скобкой',
  '<!-- комментарий -->',
  '> > > > > > > > > > > > > глубоко',
  '| а | б |\n| --- | --- |\n| 1 | 2 |',
  '1. пункт\n   1.1. подпункт\n\n    отступ в 4 пробела',
  'Экранировано: \\{ \\} \\< \\>',
  '```\n{код} <тег>\n```',
  '`{в строке}`',
  'Первая строка\n\nВторая { строка\n\nТретья',
  'Сайт `http://school.ru/{ и текст',
];

const shape = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(shape);
  if (node === null || typeof node !== 'object') return node;
  const { data: _data, ...rest } = node as Record<string, unknown>;
  return Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => [key, shape(value)]));
};

function both(body: string) {
  const remark = parseMdxBody(body, 5);
  const native = parseMdxBody(body, 5, nativeParser);
  return { remark, native };
}

describe('the native MDX parser', () => {
  it.each(seedBodies)('reads %s as remark-mdx does', (_file, body) => {
    const { remark, native } = both(body);
    expect(native.problems).toEqual(remark.problems);
    expect(shape(native.tree)).toEqual(shape(remark.tree));
  });

  it.each(TRICKY)('finds the problems remark-mdx finds in %j', (body) => {
    const { remark, native } = both(body);
    expect(native.problems).toEqual(remark.problems);
    expect(native.problems.length > 0 || shape(native.tree)).toEqual(remark.problems.length > 0 || shape(remark.tree));
  });

  it('reads a body it cannot parse as remark-mdx does: a brace in a bare address is named as such', () => {
    const [problem] = parseMdxBody('Сайт `http://school.ru/{ и текст', 0, nativeParser).problems;
    expect(problem.message).toMatch(/^фигурные скобки в адресе «http:\/\/school\.ru\/\{»/);
  });

  it('is the one validateEntry uses in Node (`#mdx-parser`)', () => {
    expect(resolvedParser).toBe(nativeParser);
  });
});
