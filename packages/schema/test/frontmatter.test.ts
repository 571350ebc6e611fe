import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FrontmatterError, frontmatterFile, joinFrontmatter, splitFrontmatter } from '../src/frontmatter.ts';

/**
 * The one splitter's verdict on the edge cases, over the fixture files that the CMS format's test
 * (apps/admin/src/format/entry-format.test.ts) reads too: both must say the same.
 */
const EDGE_CASES = join(import.meta.dirname, 'fixtures/frontmatter');

const read = (name: string) => readFileSync(join(EDGE_CASES, name), 'utf8');

function verdict(source: string): string {
  try {
    const { data, body } = splitFrontmatter(source);
    return `fields ${JSON.stringify(data)}, text ${JSON.stringify(body)}`;
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return `refused at line ${error.line}: ${error.message}`;
  }
}

describe('the frontmatter splitter', () => {
  it('gives one verdict on each edge case', () => {
    const verdicts = Object.fromEntries(readdirSync(EDGE_CASES).sort().map((name) => [name, verdict(read(name))]));
    expect(verdicts).toMatchInlineSnapshot(`
      {
        "bom-crlf.mdx": "fields {"title":"BOM и CRLF"}, text "\\r\\nТекст.\\r\\n"",
        "duplicate-key.mdx": "refused at line 3: поле указано дважды; оставьте одно",
        "empty-block.mdx": "fields {}, text "Текст.\\n"",
        "fence-spaces.mdx": "fields {"title":"Пробелы после ---"}, text "\\nТекст.\\n"",
        "no-block.mdx": "refused at line 1: нет блока полей между строками «---» в начале файла; добавьте его (см. README, «Как добавить документ»)",
        "no-body.mdx": "fields {"title":"Без текста"}, text """,
        "text-after-fence.mdx": "refused at line 3: строка, закрывающая блок полей, должна состоять только из «---»; перенесите текст после «---» на следующую строку",
        "unclosed.mdx": "refused at line 1: блок полей не закрыт: после полей нужна строка «---»; добавьте её",
      }
    `);
  });

  it('rebuilds every file it splits byte for byte', () => {
    for (const name of readdirSync(EDGE_CASES)) {
      const source = read(name);
      if (verdict(source).startsWith('refused')) continue;
      const { block, body } = splitFrontmatter(source);
      expect(joinFrontmatter(block, body), name).toBe(source);
    }
  });

  it('writes a new file in the house style that it reads back', () => {
    const file = frontmatterFile({ title: 'Положение «О площадке»', level: 'municipal', list: ['a'] }, '\nТекст.\n');
    expect(file).toBe('---\ntitle: "Положение «О площадке»"\nlevel: "municipal"\nlist:\n  - "a"\n---\n\nТекст.\n');
    expect(splitFrontmatter(file).data).toEqual({ title: 'Положение «О площадке»', level: 'municipal', list: ['a'] });
  });
});
