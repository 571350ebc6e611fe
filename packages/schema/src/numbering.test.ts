import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintNumbering } from './numbering.ts';
import { outlineOfMarkdown } from './outline.ts';
import { splitFrontmatter } from './validate/frontmatter.ts';

const CONTENT = join(import.meta.dirname, '../../../content');

/** The numbering report of a seed document, as `validate` prints it (line: message). */
function report(path: string): string[] {
  const { body, bodyLineOffset } = splitFrontmatter(readFileSync(join(CONTENT, path), 'utf8'));
  return lintNumbering(outlineOfMarkdown(body, bodyLineOffset)).map((issue) => `${issue.line}: [${issue.kind}] ${issue.message}`);
}

const outline = (body: string) => lintNumbering(outlineOfMarkdown(body)).map((i) => i.kind);

describe('numbering lint on the seed anomalies', () => {
  it('Tambov documentoved: clause 3.7 twice', () => {
    expect(report('instructions/tambov-dokumentoved.mdx')).toMatchInlineSnapshot(`
      [
        "52: [repeat] номер пункта 3.7 повторяет номер выше (строка 50); ссылка на повтор получает суффикс «--2»; сверьте с оригиналом документа; если там так же, оставьте как есть.",
      ]
    `);
  });

  it('Omsk: 2.1.1 → 2.1.7, and 2.1.2–2.1.6 later, under 2.2', () => {
    expect(report('regulations/omsk-polozhenie-o-msp-2021.mdx')).toMatchInlineSnapshot(`
      [
        "70: [gap] после пункта 2.1.1 идёт 2.1.7: нет 2.1.2–2.1.6; сверьте с оригиналом документа; если там так же, оставьте как есть.",
        "105: [order] пункт 2.1.2 стоит после пункта 2.1.8: нарушен порядок номеров; сверьте с оригиналом документа; если там так же, оставьте как есть.",
        "105: [outside] пункты 2.1.2–2.1.6 стоят в разделе 2.2, а пронумерованы как пункты раздела 2.1; сверьте с оригиналом документа; если там так же, оставьте как есть.",
      ]
    `);
  });

  it('Tomsk: sections start at 3 and restart 3, 4 after 4', () => {
    expect(report('regulations/tomsk-polozhenie-o-trenerakh-2020.mdx')).toMatchInlineSnapshot(`
      [
        "47: [gap] разделы начинаются с 3: нет 1 и 2; сверьте с оригиналом документа; если там так же, оставьте как есть.",
        "83: [restart] нумерация разделов начинается заново: после раздела 4 снова идёт раздел 3 (первый — в строке 47); сверьте с оригиналом документа; если там так же, оставьте как есть.",
      ]
    `);
  });

  it('Priozersk: section II holds clauses 5.x', () => {
    expect(report('regulations/priozersk-polozhenie-o-msp-2021.mdx')).toMatchInlineSnapshot(`
      [
        "51: [outside] пункты 5.1–5.3 стоят в разделе II, а пронумерованы как пункты раздела 5; сверьте с оригиналом документа; если там так же, оставьте как есть.",
      ]
    `);
  });

  it('finds nothing in a document numbered in order (Tambov head, Priozersk order)', () => {
    expect(report('instructions/tambov-rukovoditel.mdx')).toEqual([]);
    expect(report('regulations/priozersk-rasporyazhenie-364-r.mdx')).toEqual([]);
  });
});

describe('numbering rules', () => {
  it('reads clauses in list items and escaped single numbers, not table rows', () => {
    expect(outline('## 1. А\n\n1.1. а\n\n- 1.2. б\n- 1.2. в\n\n| № | x |\n| --- | --- |\n| 1. | y |\n')).toEqual(['repeat']);
    expect(outline('1\\. Первое\n\n2\\. Второе\n\n4\\. Четвёртое\n')).toEqual(['gap']);
  });

  it('treats a restarted section as a new series, so its clauses are not repeats', () => {
    expect(outline('## 1. А\n\n1.1. а\n\n## 2. Б\n\n2.1. б\n\n## 1. В\n\n1.1. в\n')).toEqual(['restart']);
  });

  it('reports a run of misfiled clauses once', () => {
    expect(outline('## 1. А\n\n1.1. а\n\n## 2. Б\n\n3.1. б\n\n3.2. в\n\n3.3. г\n')).toEqual(['outside']);
  });

  it('leaves unnumbered text and headings alone', () => {
    expect(outline('## АНКЕТА\n\nТекст без номера.\n\n2020 год.\n')).toEqual([]);
  });
});
