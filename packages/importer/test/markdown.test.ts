import { checkMdxBody } from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { importSource, readText } from '../src/index.ts';
import { publishedText } from './source-text.ts';

const HEAD = 'ПОЛОЖЕНИЕ\nо проверке текста\n\n1. Общие положения\n\n';

/** Imports a положение whose clause 1.1 is followed by the given lines. */
function bodyOf(lines: string): string {
  const [doc] = importSource(readText(`${HEAD}1.1. Пункт.\n\n${lines}\n`), { fileName: 'test.txt' });
  return doc.body;
}

describe('the body keeps every character as text', () => {
  it.each([
    ['{x} и <script>alert(1)</script>', '\\{x\\} и \\<script\\>alert(1)\\</script\\>'],
    ['import x from "y"', '&#105;mport x from "y"'],
    ['# не заголовок', '\\# не заголовок'],
    ['> не цитата', '\\> не цитата'],
    ['1) подпункт', '1\\) подпункт'],
    ['2021. Год как число', '2021\\. Год как число'],
    ['*звёздочки* и _подчёркивания_ и `обратные` кавычки', '\\*звёздочки\\* и \\_подчёркивания\\_ и \\`обратные\\` кавычки'],
    ['---', '\\---'],
    ['a \\ b', 'a \\\\ b'],
    ['ссылка <https://example.org/a_b>', 'ссылка [https://example.org/a\\_b](https://example.org/a_b)'],
  ])('%j', (typed, written) => {
    const body = bodyOf(typed);
    expect(body).toContain(written);
    expect(checkMdxBody(body)).toEqual([]);
    expect(publishedText(body)).toContain(typed.replace(/<(https?:[^>]+)>/, '$1'));
  });

  it('keeps clause lines, items and bullets apart and never renumbers', () => {
    const body = bodyOf('3.2. Третий после первого:\n- первое;\n- второе;\nа) буква;\nв) пропуск буквы;\n1.1. Повтор.');
    expect(body).toContain('3.2. Третий после первого:\n\n- первое;\n- второе;\n\nа) буква;\n\nв) пропуск буквы;\n\n1.1. Повтор.');
  });
});
