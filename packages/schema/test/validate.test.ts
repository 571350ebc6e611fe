import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type CollectionName, formatProblem } from '../src/index.ts';
import { type RawEntry, validateContent } from '../src/validate/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function fixture(kind: 'valid' | 'invalid', collection: CollectionName, name: string): RawEntry {
  return {
    collection,
    slug: basename(name, extname(name)),
    file: `content/${collection}/${name}`,
    source: readFileSync(join(FIXTURES, kind, collection, name), 'utf8'),
  };
}

const valid = COLLECTION_NAMES.flatMap((collection) =>
  readdirSync(join(FIXTURES, 'valid', collection)).map((name) => fixture('valid', collection, name)),
);

/** The messages `validate` prints when one bad file joins an otherwise valid content tree. */
function messagesFor(collection: CollectionName, name: string): string[] {
  return validateContent([...valid, fixture('invalid', collection, name)]).problems.map(formatProblem);
}

describe('validate on valid content', () => {
  it('finds no problem in a tree where every reference resolves', () => {
    expect(validateContent(valid).problems).toEqual([]);
  });
});

describe('validate names the file, the field and the fix', () => {
  it('rejects a date that does not exist', () => {
    expect(messagesFor('regulations', 'impossible-date.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/impossible-date.mdx: «Дата принятия» (adoptedAt): «2021-02-31» — такой даты нет; укажите ГГГГ-ММ-ДД; неизвестную часть замените на ??, например 2021-??-14 или 2021.",
      ]
    `);
  });

  it('rejects a date in the wrong format', () => {
    expect(messagesFor('regulations', 'malformed-date.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/malformed-date.mdx: «Дата принятия» (adoptedAt): «14.03.2021» — не дата; укажите ГГГГ-ММ-ДД; неизвестную часть замените на ??, например 2021-??-14 или 2021.",
      ]
    `);
  });

  it('rejects an impossible month in a nested approval block', () => {
    expect(messagesFor('regulations', 'bad-approval-date.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/bad-approval-date.mdx: «Утверждение → Дата» (approval.date): «2021-13-??» — такой даты нет; укажите ГГГГ-ММ-ДД; неизвестную часть замените на ??, например 2021-??-14 или 2021.",
      ]
    `);
  });

  it('requires the title', () => {
    expect(messagesFor('regulations', 'missing-title.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/missing-title.mdx: «Наименование» (title): обязательное поле не заполнено; заполните его.",
      ]
    `);
  });

  it('lists the allowed kinds with their Russian names', () => {
    expect(messagesFor('regulations', 'unknown-kind.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/unknown-kind.mdx: «Вид документа» (kind): «decree» — значение не из списка; укажите одно из: regulation (Положение), directive (Распоряжение), order (Приказ).",
      ]
    `);
  });

  it('rejects an unknown frontmatter key instead of dropping it', () => {
    expect(messagesFor('regulations', 'unknown-field.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/unknown-field.mdx: неизвестное поле «author»; удалите его или исправьте написание. Допустимые поля: kind, title, number, adoptedAt, issuer, signatory, level, region, municipality, approval, agreement, validity, project, draft, repealed, approvedBy, site, legalBasis, related, appendices, original, source.",
      ]
    `);
  });

  it('reports broken YAML with its line', () => {
    expect(messagesFor('regulations', 'broken-yaml.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/broken-yaml.mdx:3: поля не читаются как YAML; проверьте двоеточие после имени поля, отступы и кавычки вокруг текста с «:» или «#»",
      ]
    `);
  });

  it('rejects a reference to an entry that does not exist and suggests the closest one', () => {
    expect(messagesFor('instructions', 'unknown-reference.mdx')).toMatchInlineSnapshot(`
      [
        "content/instructions/unknown-reference.mdx: «Подчиняется → № 1» (reportsTo[0]): «test-haed» — такой записи нет в разделе «Инструкции» (content/instructions/); укажите slug существующей записи или создайте её. Возможно, имелось в виду: test-head.",
      ]
    `);
  });

  it('rejects a Cyrillic file name and proposes the transliterated one', () => {
    expect(messagesFor('instructions', 'Координатор.mdx')).toMatchInlineSnapshot(`
      [
        "content/instructions/Координатор.mdx: имя файла должно быть латиницей в нижнем регистре через дефис; переименуйте в «koordinator.mdx»",
      ]
    `);
  });

  it('rejects two files with the same slug', () => {
    expect(messagesFor('sites', 'test-site.md')).toMatchInlineSnapshot(`
      [
        "content/sites/test-site.md: slug «test-site» уже занят файлом content/sites/test-site.mdx; переименуйте один из файлов",
      ]
    `);
  });

  it('requires at least one step and one author in a case', () => {
    expect(messagesFor('practices', 'no-authors.mdx')).toMatchInlineSnapshot(`
      [
        "content/practices/no-authors.mdx: «Авторы» (authors): нужно указать хотя бы 1; добавьте значение.",
        "content/practices/no-authors.mdx: «Шаги» (steps): нужно указать хотя бы 1; добавьте значение.",
      ]
    `);
  });
});

describe('validate keeps code out of content', () => {
  it('rejects <script>', () => {
    expect(messagesFor('regulations', 'script.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/script.mdx:10: «Текст документа» (body): тег <script> запрещён: содержимое не может выполнять код; удалите его",
      ]
    `);
  });

  it('rejects {expressions}', () => {
    expect(messagesFor('regulations', 'expression.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/expression.mdx:8: «Текст документа» (body): фигурные скобки {process.env.HOME} в MDX выполняются как код; чтобы показать символ как текст, поставьте перед ним обратную косую черту: \\{ или \\<",
      ]
    `);
  });

  it('rejects import and export', () => {
    expect(messagesFor('regulations', 'import.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/import.mdx:8: «Текст документа» (body): import и export в тексте запрещены: содержимое не может выполнять код; удалите эту строку",
      ]
    `);
  });

  it('rejects javascript: links', () => {
    expect(messagesFor('regulations', 'javascript-link.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/javascript-link.mdx:8: «Текст документа» (body): ссылка «javascript:alert(1)» запускает код; укажите адрес, начинающийся с https://",
      ]
    `);
  });

  it('rejects on* handlers and unknown tags', () => {
    expect(messagesFor('regulations', 'event-handler.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/event-handler.mdx:8: «Текст документа» (body): атрибут onerror у <img> запускает код; удалите его",
      ]
    `);
  });

  it('explains an unescaped brace instead of failing the build obscurely', () => {
    expect(messagesFor('regulations', 'unescaped-brace.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/unescaped-brace.mdx:8: «Текст документа» (body): текст не разбирается как MDX (Unexpected end of file in expression, expected a corresponding closing brace for \`{\`). Обычно это «{» или «<» в тексте; чтобы показать символ как текст, поставьте перед ним обратную косую черту: \\{ или \\<",
      ]
    `);
  });
});
