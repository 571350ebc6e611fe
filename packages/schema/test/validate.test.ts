import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type CollectionName, formatProblem } from '../src/index.ts';
import { type RawEntry, validateContent, validateEntry } from '../src/validate/index.ts';

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

/** The messages `validate` prints when bad files join an otherwise valid content tree. */
function messagesFor(collection: CollectionName, ...names: string[]): string[] {
  return validateContent([...valid, ...names.map((name) => fixture('invalid', collection, name))]).problems.map(formatProblem);
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
        "content/regulations/unknown-kind.mdx: «Вид документа» (kind): «decree» — значение не из списка; укажите одно из: regulation (Положение), directive (Распоряжение), order (Приказ), resolution (Постановление), decision (Решение), procedure (Порядок), rules (Правила), statute (Регламент).",
      ]
    `);
  });

  it('asks for the region of a regional document, not of a school\'s own order', () => {
    expect(messagesFor('regulations', 'regional-without-region.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/regional-without-region.mdx: «Регион» (region): для уровня «Региональный» поле обязательно; укажите субъект РФ, например «Омская область».",
      ]
    `);
    const schoolOrder = {
      collection: 'regulations' as const,
      slug: 'prikaz-80-od',
      file: 'content/regulations/prikaz-80-od.mdx',
      source: '---\nkind: "order"\ntitle: "Об организации работы стажировочной площадки"\nissuer: "МБОУ «СОШ № 7»"\nlevel: "organization"\n---\n1\\. Организовать.\n',
    };
    expect(validateContent([...valid, schoolOrder]).problems.map(formatProblem)).toEqual([]);
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

  it('refuses a .md file: only .mdx is published, and the slug is taken anyway', () => {
    expect(messagesFor('sites', 'test-site.md')).toMatchInlineSnapshot(`
      [
        "content/sites/test-site.md: файлы .md не публикуются: в них HTML попадает на страницу как есть; переименуйте в «test-site.mdx»",
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

describe('frontmatter is plain data that Astro reads exactly as validate does', () => {
  it('asks for quotes around a date typed into a text field (Astro would read a Date)', () => {
    expect(messagesFor('regulations', 'unquoted-date-in-text.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/unquoted-date-in-text.mdx:7: «Номер» (number): значение 2021-03-11 без кавычек неоднозначно: Astro может прочесть его не как текст (например, как дату); возьмите значение в двойные кавычки: "2021-03-11"",
      ]
    `);
  });

  it('asks for true/false or quotes instead of yes', () => {
    expect(messagesFor('regulations', 'unquoted-boolean.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/unquoted-boolean.mdx:7: «Проект документа» (draft): значение yes без кавычек неоднозначно: если это да или нет, напишите true или false строчными буквами; если текст — возьмите значение в двойные кавычки: "yes"",
      ]
    `);
  });

  it('asks for quotes around a number typed into a text field', () => {
    expect(messagesFor('regulations', 'number-as-text.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/number-as-text.mdx: «Номер» (number): ожидается текст, а указано 364; возьмите значение в двойные кавычки: "364".",
      ]
    `);
  });

  it('refuses YAML tags', () => {
    expect(messagesFor('regulations', 'yaml-tag.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/yaml-tag.mdx:7: «Подписал» (signatory): тег !!js/function не допускается: поля — простые данные; удалите тег и возьмите значение в двойные кавычки",
      ]
    `);
  });

  it('refuses anchors and aliases', () => {
    expect(messagesFor('regulations', 'yaml-alias.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/yaml-alias.mdx:7: «Подписал» (signatory): метка &who не допускается; удалите её",
        "content/regulations/yaml-alias.mdx:8: «Источник» (source): ссылка *who на другое значение не допускается; впишите значение полностью",
      ]
    `);
  });

  it('refuses merge keys, which js-yaml would expand and yaml would not', () => {
    expect(messagesFor('regulations', 'yaml-merge.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/yaml-merge.mdx:8: «Срок действия» (validity): слияние «<<» не допускается: Astro прочёл бы его иначе, чем проверка; впишите поля явно",
      ]
    `);
  });

  it('refuses TOML frontmatter, which Astro would read and validate would not', () => {
    expect(messagesFor('regulations', 'toml-frontmatter.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/toml-frontmatter.mdx:1: поля пишутся в YAML между строками «---», а не в TOML между «+++»; перепишите блок полей",
      ]
    `);
  });

  it('refuses text on the closing --- line', () => {
    expect(messagesFor('regulations', 'closing-fence-text.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/closing-fence-text.mdx:7: строка, закрывающая блок полей, должна состоять только из «---»; перенесите текст после «---» на следующую строку",
      ]
    `);
  });

  it('names an empty file as empty', () => {
    expect(messagesFor('regulations', 'empty.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/empty.mdx:1: файл пустой; заполните его по образцу или удалите",
      ]
    `);
  });
});

describe('limits on pathological bodies', () => {
  it('refuses 1000 nested quotes (the build dies with SIGSEGV on them)', () => {
    expect(messagesFor('regulations', 'nested-quotes.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/nested-quotes.mdx:8: «Текст документа» (body): цитаты («>»), списки и выделение вложены друг в друга глубже 16 уровней; упростите структуру: такую вложенность сборка сайта не выдерживает",
      ]
    `);
  });

  it('refuses lists nested 20 deep', () => {
    expect(messagesFor('regulations', 'nested-lists.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/nested-lists.mdx:24: «Текст документа» (body): цитаты («>»), списки и выделение вложены друг в друга глубже 16 уровней; упростите структуру: такую вложенность сборка сайта не выдерживает",
      ]
    `);
  });
});

describe('references that make no sense', () => {
  it('refuses a document related to, approved, repealed or based on itself', () => {
    expect(messagesFor('regulations', 'self-reference.mdx')).toMatchInlineSnapshot(`
      [
        "content/regulations/self-reference.mdx: «Утратил силу → Каким документом» (repealed.by): «self-reference» — это сама запись: запись не может ссылаться на себя; укажите другую запись или удалите ссылку.",
        "content/regulations/self-reference.mdx: «Утверждён документом» (approvedBy): «self-reference» — это сама запись: запись не может ссылаться на себя; укажите другую запись или удалите ссылку.",
        "content/regulations/self-reference.mdx: «Правовые основания → № 1 → Документ сайта» (legalBasis[0].ref): «self-reference» — это сама запись: запись не может ссылаться на себя; укажите другую запись или удалите ссылку.",
        "content/regulations/self-reference.mdx: «Связанные документы → № 2» (related[1]): «self-reference» — это сама запись: запись не может ссылаться на себя; укажите другую запись или удалите ссылку.",
      ]
    `);
  });

  it('refuses a cycle in reporting lines and shows it', () => {
    expect(messagesFor('instructions', 'cycle-a.mdx', 'cycle-b.mdx', 'cycle-c.mdx')).toMatchInlineSnapshot(`
      [
        "content/instructions/cycle-a.mdx: «Подчиняется → № 1» (reportsTo[0]): круг подчинения: cycle-a → cycle-b → cycle-c → cycle-a; сотрудник не может подчиняться своему же подчинённому — уберите одну из ссылок.",
      ]
    `);
  });

  it('refuses a cycle in the site hierarchy', () => {
    expect(messagesFor('sites', 'parent-x.mdx', 'parent-y.mdx')).toMatchInlineSnapshot(`
      [
        "content/sites/parent-x.mdx: «Входит в» (parent): круг вложенности площадок: parent-x → parent-y → parent-x; площадка не может входить в свою же часть — уберите одну из ссылок.",
      ]
    `);
  });
});

describe('validate never fails without naming the file', () => {
  it('reports an unexpected failure of a check against the file', () => {
    const raw = { ...fixture('valid', 'regulations', 'test-order.mdx'), collection: 'nonexistent' as CollectionName };
    expect(validateEntry(raw).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/regulations/test-order.mdx: проверка не смогла разобрать файл (внутренняя ошибка: Cannot read properties of undefined (reading 'schema')); файл не опубликуется, пока ошибка не исправлена: сообщите разработчикам и приложите этот файл",
      ]
    `);
  });
});
