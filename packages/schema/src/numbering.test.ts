import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintNumbering } from './numbering.ts';
import { outlineOfMarkdown } from './outline.ts';

/**
 * The numbered skeleton of each seed document (headings and the first words of each clause, in
 * the source's order), kept as a fixture so that editing content/ cannot change these tests.
 */
const FIXTURES = join(import.meta.dirname, '../test/fixtures/numbering');

/** The numbering report of a document body, as `validate` prints it (line: message). */
function report(name: string): string[] {
  const body = readFileSync(join(FIXTURES, name), 'utf8');
  return lintNumbering(outlineOfMarkdown(body)).map((issue) => `${issue.line}: [${issue.kind}] ${issue.message}`);
}

const outline = (body: string) => lintNumbering(outlineOfMarkdown(body)).map((i) => i.kind);

describe('numbering lint on the seed anomalies', () => {
  it('Tambov documentoved: clause 3.7 twice', () => {
    expect(report('tambov-dokumentoved.md')).toMatchInlineSnapshot(`
      [
        "29: [repeat] номер пункта 3.7 повторяет номер выше (строка 27); ссылка на повтор получает суффикс «--2»; сверьте с оригиналом документа; если там так же, оставьте как есть.",
      ]
    `);
  });

  it('Omsk: 2.1.1 → 2.1.7, and 2.1.2–2.1.6 later, under 2.2', () => {
    expect(report('omsk-polozhenie.md')).toMatchInlineSnapshot(`
      [
        "13: [gap] после пункта 2.1.1 идёт 2.1.7: нет 2.1.2–2.1.6; сверьте с оригиналом документа; если там так же, оставьте как есть.",
        "25: [order] пункт 2.1.2 стоит после пункта 2.1.8: нарушен порядок номеров; сверьте с оригиналом документа; если там так же, оставьте как есть.",
        "25: [outside] пункты 2.1.2–2.1.6 стоят в разделе 2.2, а пронумерованы как пункты раздела 2.1; сверьте с оригиналом документа; если там так же, оставьте как есть.",
      ]
    `);
  });

  it('Tomsk: sections start at 3 and restart 3, 4 after 4', () => {
    expect(report('tomsk-polozhenie.md')).toMatchInlineSnapshot(`
      [
        "1: [gap] разделы начинаются с 3: нет 1 и 2; сверьте с оригиналом документа; если там так же, оставьте как есть.",
        "31: [restart] нумерация разделов начинается заново: после раздела 4 снова идёт раздел 3 (первый — в строке 1); сверьте с оригиналом документа; если там так же, оставьте как есть.",
      ]
    `);
  });

  it('Priozersk: section II holds clauses 5.x', () => {
    expect(report('priozersk-polozhenie.md')).toMatchInlineSnapshot(`
      [
        "15: [outside] пункты 5.1–5.3 стоят в разделе II, а пронумерованы как пункты раздела 5; сверьте с оригиналом документа; если там так же, оставьте как есть.",
      ]
    `);
  });

  it('finds nothing in a document numbered in order (Tambov head, Priozersk order)', () => {
    expect(report('tambov-rukovoditel.md')).toEqual([]);
    expect(report('priozersk-364-r.md')).toEqual([]);
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
