import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { COLLECTION_NAMES } from '@stazhirovka/schema';
import { contentDirectory, REPO_ROOT, splitFrontmatter } from '@stazhirovka/schema/validate';
import { describe, expect, it } from 'vitest';

// Astro reads frontmatter with its own helper (js-yaml); `validate` with `yaml`. Whatever
// `validate` accepts must come out of both the same, or the site would publish other data than
// was checked. The helper is Astro's, loaded from Astro's own dependencies on purpose.
const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const { parseFrontmatter } = (await import(fromAstro.resolve('@astrojs/internal-helpers/frontmatter'))) as {
  parseFrontmatter(code: string, options: { frontmatter: 'empty-with-spaces' }): { frontmatter: unknown; content: string };
};

const FIXTURES = join(REPO_ROOT, 'packages/schema/test/fixtures/valid');

function filesIn(root: string): [string, string][] {
  return COLLECTION_NAMES.flatMap((collection) =>
    readdirSync(join(root, collection))
      .filter((name) => name.endsWith('.mdx'))
      .map((name): [string, string] => [`${collection}/${name}`, readFileSync(join(root, collection, name), 'utf8')]),
  );
}

/** Frontmatter forms `validate` accepts, beyond what the real files use. */
const ACCEPTED_FORMS = [
  '---\ntitle: "Кавычки \\"внутри\\" и \\\\ и \\u0041 и \\t"\n---\nТекст.\n',
  "---\ntitle: 'Одинарные ''кавычки'''\n---\nТекст.\n",
  '---\ntitle: |\n  Первая строка\n  вторая\nnote: >-\n  Сложенный\n  текст\n---\nТекст.\n',
  '---\norder: -3\ncount: 0\ndraft: false\nexample: true\nempty:\n---\nТекст.\n',
  '---\nperiod: { from: "2021-01", to: "2023-05" }\nlist: ["a", "b"]\nnested:\n  - name: "x"\n    items:\n      - "y"\n---\nТекст.\n',
  '\uFEFF---\r\ntitle: "BOM и CRLF"\r\n---\r\nТекст.\r\n',
  '---  \ntitle: "Пробелы после ---"\n---\t\nТекст.\n',
];

describe('Astro reads the frontmatter validate accepts exactly as validate does', () => {
  const cases: [string, string][] = [
    ...filesIn(contentDirectory()),
    ...filesIn(FIXTURES).map(([name, source]): [string, string] => [`fixture ${name}`, source]),
    ...ACCEPTED_FORMS.map((source, i): [string, string] => [`form ${i + 1}`, source]),
  ];

  it.each(cases)('%s', (_, source) => {
    const ours = splitFrontmatter(source);
    expect(ours.yamlIssues).toEqual([]);
    const astro = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    expect(astro.frontmatter).toEqual(ours.data ?? {});
    // Astro blanks the block out with spaces; the body after it is the same text on the same lines.
    const astroLines = astro.content.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(astroLines.slice(ours.bodyLineOffset).join('\n').trimEnd()).toBe(ours.body.split(/\r?\n/).join('\n').trimEnd());
  });
});
