import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/decode-text.ts';
import { type ImportedDocument, importSource, type OutlineNode, readDocx, readText } from '../src/index.ts';
import { publishedText } from './source-text.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** What a methodologist checks after an import, compactly: requisites, fields, outline, warnings. */
function summary(docs: ImportedDocument[]) {
  return docs.map((doc) => ({
    path: doc.path,
    requisites: doc.requisites,
    fields: Object.keys(doc.frontmatter).join(', '),
    references: doc.references.map(({ kind, number, date, title }) => [kind, number, date, title].filter(Boolean).join(' | ')),
    outline: numbers(doc.outline).join(' '),
    anomalies: doc.anomalies.map((a) => a.message),
    needsHuman: doc.needsHuman.map((t) => t.field),
  }));
}

/** The outline as numbers, children in brackets; a run of bullets as «-×N». */
function numbers(nodes: OutlineNode[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.number === '-' && last?.startsWith('-×')) out[out.length - 1] = `-×${Number(last.slice(2)) + 1}`;
    else out.push(node.number === '-' ? '-×1' : (node.number ?? `«${node.text.slice(0, 12)}»`));
    if (node.children.length) out.push('(', ...numbers(node.children), ')');
  }
  return out;
}

/** Imports a fixture from text, Word and, where there is one, Windows-1251, and checks all agree. */
async function fixture(name: string) {
  const text = importSource(readText(readFileSync(join(FIXTURES, 'text', `${name}.txt`), 'utf8')), { fileName: `${name}.txt` });
  const word = importSource(await readDocx(readFileSync(join(FIXTURES, 'docx', `${name}.docx`))), { fileName: `${name}.txt` });
  expect(summary(word), 'the .docx gives the same requisites as the .txt').toEqual(summary(text));
  expect(word.map((d) => d.frontmatter)).toEqual(text.map((d) => d.frontmatter));
  expect(word.map((d) => publishedText(d.body)), 'the .docx publishes the same words').toEqual(text.map((d) => publishedText(d.body)));
  const cp1251 = join(FIXTURES, 'cp1251', `${name}.txt`);
  if (existsSync(cp1251)) {
    const decoded = decodeText(new Uint8Array(readFileSync(cp1251)));
    expect(decoded.encoding).toBe('windows-1251');
    expect(summary(importSource(readText(decoded.text), { fileName: `${name}.txt` }))).toEqual(summary(text));
  }
  for (const doc of text) {
    const errors = doc.problems.filter((p) => p.severity === 'error');
    expect(errors.every((p) => doc.needsHuman.some((t) => t.field === p.path)), `${doc.path}: every error is on the to-do list`).toBe(true);
  }
  return { text, summary: summary(text) };
}

describe('fixtures in the shapes of real documents', () => {
  it('приказ «№ 80-ОД» of a school, Word numbering, items а) б) в), bullets and a signature', async () => {
    expect((await fixture('prikaz-80-od')).summary).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [],
          "fields": "kind, title, number, adoptedAt, issuer, signatory, level, legalBasis, source",
          "needsHuman": [],
          "outline": "1 ( 1.1 1.2 ( а) б) в) ) ) 2 ( -×2 ) 3",
          "path": "content/regulations/prikaz-80-od.mdx",
          "references": [
            "Федеральный закон | 273-ФЗ | 2012-12-29 | Об образовании в Российской Федерации",
            "Приказ | 912 | 2022-08-15 | О присвоении статуса региональной стажировочной площадки",
          ],
          "requisites": {
            "date": "2022-09-01",
            "dateAsWritten": "от 01.09.2022 г.",
            "dateFrom": "document",
            "issuer": "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»",
            "kind": "Приказ",
            "kindAsWritten": "ПРИКАЗ",
            "number": "80-ОД",
            "numberAsWritten": "№ 80-ОД",
            "signatory": "Директор школы А.В. Смирнова",
            "title": "Об организации работы стажировочной площадки",
          },
        },
      ]
    `);
  });

  it('постановление «361-ПП» of a regional government, with a gap in its 1) 2) 4) items', async () => {
    expect((await fixture('postanovlenie-361-pp')).summary).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [
            "после подпункта 2) идёт 4): нет 3); сверьте с оригиналом документа; если там так же, оставьте как есть.",
          ],
          "fields": "kind, title, number, adoptedAt, issuer, signatory, level, region, legalBasis, appendices, source",
          "needsHuman": [],
          "outline": "1 2 3 ( 1) 2) 4) ) 4",
          "path": "content/regulations/postanovlenie-361-pp.mdx",
          "references": [
            "Закон Тамбовской области | 321-З | 2013-10-01 | Об образовании в Тамбовской области",
          ],
          "requisites": {
            "date": "2022-04-28",
            "dateAsWritten": "28.04.2022                г. Тамбов                № 361-ПП",
            "dateFrom": "document",
            "issuer": "Правительство Тамбовской области",
            "kind": "Постановление",
            "kindAsWritten": "ПОСТАНОВЛЕНИЕ",
            "number": "361-ПП",
            "numberAsWritten": "№ 361-ПП",
            "signatory": "Глава Тамбовской области М.Б. Егоров",
            "title": "О региональной сети стажировочных площадок в системе образования Тамбовской области",
          },
        },
      ]
    `);
  });

  it('распоряжение «№ 142 - р» and the положение it approves, split into two entries', async () => {
    expect((await fixture('rasporyazhenie-142-r')).summary).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [],
          "fields": "kind, title, number, adoptedAt, issuer, signatory, level, related, appendices, source",
          "needsHuman": [
            "region",
          ],
          "outline": "1 2 3",
          "path": "content/regulations/rasporyazhenie-142-r.mdx",
          "references": [],
          "requisites": {
            "date": "2023-02-14",
            "dateAsWritten": "от 14.02.2023 г.",
            "dateFrom": "document",
            "issuer": "Управление образования и молодежной политики администрации городского округа город Воронеж",
            "kind": "Распоряжение",
            "kindAsWritten": "РАСПОРЯЖЕНИЕ",
            "number": "142-р",
            "numberAsWritten": "№ 142 - р",
            "signatory": "Руководитель управления Н.Ю. Гончаров",
            "title": "О муниципальной стажировочной площадке «Цифровая школа»",
          },
        },
        {
          "anomalies": [
            "после пункта 2.1 идёт 2.3: нет 2.2; сверьте с оригиналом документа; если там так же, оставьте как есть.",
          ],
          "fields": "kind, title, adoptedAt, issuer, level, approvedBy, source",
          "needsHuman": [
            "region",
          ],
          "outline": "1 ( 1.1 1.2 ) 2 ( 2.1 2.3 )",
          "path": "content/regulations/polozhenie-o-munitsipalnoy-stazhirovochnoy-ploschadke.mdx",
          "references": [],
          "requisites": {
            "date": "2023-02-14",
            "dateAsWritten": "от 14.02.2023 г.",
            "dateFrom": "order",
            "issuer": "Управление образования и молодежной политики администрации городского округа город Воронеж",
            "kind": "Положение",
            "kindAsWritten": "Положение",
            "title": "Положение о муниципальной стажировочной площадке «Цифровая школа»",
          },
        },
      ]
    `);
  });

  it('положение with СОГЛАСОВАНО on the left and УТВЕРЖДАЮ on the right', async () => {
    expect((await fixture('polozhenie-soglasovano-utverzhdayu')).summary).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [],
          "fields": "kind, title, adoptedAt, issuer, level, approval, agreement, legalBasis, source",
          "needsHuman": [],
          "outline": "1 ( 1.1 1.2 ) 2 ( 2.1 2.2 ( 1) 2) 3) ) 2.3 ( а) б) в) ) ) 3 ( 3.1 )",
          "path": "content/regulations/polozhenie-o-shkolnoy-stazhirovochnoy-ploschadke.mdx",
          "references": [
            "Приказ | 286 | 2021-05-31 | Об утверждении федерального государственного образовательного стандарта начального общего образования",
          ],
          "requisites": {
            "agreement": {
              "act": "Протокол № 3",
              "authority": "Председатель первичной профсоюзной организации",
              "date": "2023-08-28",
              "dateText": "Протокол № 3 от 28.08.2023 г.",
              "heading": "СОГЛАСОВАНО",
              "name": "Н.С. Белова",
            },
            "approval": {
              "act": "Приказ № 112",
              "authority": "Директор МАОУ «Лицей № 2»",
              "date": "2023-08-30",
              "dateText": "Приказ № 112 от 30.08.2023 г.",
              "heading": "УТВЕРЖДАЮ",
              "name": "Е.П. Орлова",
            },
            "date": "2023-08-30",
            "dateAsWritten": "Приказ № 112 от 30.08.2023 г.",
            "dateFrom": "approval",
            "issuer": "МАОУ «Лицей № 2»",
            "kind": "Положение",
            "kindAsWritten": "ПОЛОЖЕНИЕ",
            "title": "Положение о школьной стажировочной площадке «Формирующее оценивание»",
          },
        },
      ]
    `);
  });

  it('должностная инструкция with an УТВЕРЖДАЮ block', async () => {
    expect((await fixture('dolzhnostnaya-instruktsiya')).summary).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [],
          "fields": "title, position, unit, appointedBy, approval, source",
          "needsHuman": [
            "site",
            "reportsTo",
          ],
          "outline": "1 ( 1.1 1.2 ) 2 ( 2.1 ) 3 ( 3.1 3.2 ( -×2 ) 3.3 ) 4 ( 4.1 ) 5 ( 5.1 )",
          "path": "content/instructions/uchitel-nastavnik-stazhirovochnoy-ploschadki.mdx",
          "references": [],
          "requisites": {
            "approval": {
              "authority": "Директор МАОУ «Лицей № 2»",
              "date": "2023-08-25",
              "dateText": "«25» августа 2023 г.",
              "heading": "УТВЕРЖДАЮ",
              "name": "Е.П. Орлова",
            },
            "date": "2023-08-25",
            "dateAsWritten": "«25» августа 2023 г.",
            "dateFrom": "approval",
            "issuer": "МАОУ «Лицей № 2»",
            "kind": "Должностная инструкция",
            "kindAsWritten": "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ",
            "title": "Должностная инструкция учителя-наставника стажировочной площадки",
          },
        },
      ]
    `);
  });

  it('программа стажировки with a table of its plan', async () => {
    const { text, summary: found } = await fixture('programma-stazhirovki');
    expect(found).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [],
          "fields": "title, audience, format, approval, source",
          "needsHuman": [
            "site",
          ],
          "outline": "1 ( 1.1 ) 2 3 ( 3.1 )",
          "path": "content/programs/programma-stazhirovki-pedagogicheskikh-rabotnikov.mdx",
          "references": [],
          "requisites": {
            "approval": {
              "authority": "Директор ГАОУ ДПО «Институт развития образования»",
              "date": "2024-01-10",
              "dateText": "«10» января 2024 г.",
              "heading": "УТВЕРЖДАЮ",
              "name": "В.В. Лебедев",
            },
            "date": "2024-01-10",
            "dateAsWritten": "«10» января 2024 г.",
            "dateFrom": "approval",
            "issuer": "ГАОУ ДПО «Институт развития образования»",
            "kind": "Программа",
            "kindAsWritten": "ПРОГРАММА",
            "title": "Программа стажировки педагогических работников «Проектная деятельность в начальной школе»",
          },
        },
      ]
    `);
    expect(text[0].body).toContain('| № | Тема | Форма | Часы |\n| --- | --- | --- | --- |\n| 1. | Проект в начальной школе | Лекция | 2 |');
    expect(text[0].frontmatter).toMatchObject({ audience: ['учителя начальных классов'], format: 'in-person' });
  });

  it('a document whose date leaves the month blank keeps it unknown', async () => {
    const { text, summary: found } = await fixture('blank-date');
    expect(found).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [],
          "fields": "kind, title, adoptedAt, issuer, level, approval, source",
          "needsHuman": [],
          "outline": "1 2 3",
          "path": "content/regulations/poryadok-organizatsii-stazhirovok-na-baze-shkoly.mdx",
          "references": [],
          "requisites": {
            "approval": {
              "authority": "приказом директора МБОУ «СОШ № 5»",
              "date": "2023-??-05",
              "dateText": "от « 05 » ________ 2023 г. № ____",
              "heading": "Утверждено",
            },
            "date": "2023-??-05",
            "dateAsWritten": "от « 05 » ________ 2023 г. № ____",
            "dateFrom": "approval",
            "issuer": "МБОУ «СОШ № 5»",
            "kind": "Порядок",
            "kindAsWritten": "ПОРЯДОК",
            "title": "Порядок организации стажировок на базе школы",
          },
        },
      ]
    `);
    expect(text[0].body).toContain('от « 05 » \\_\\_\\_\\_\\_\\_\\_\\_ 2023 г. № \\_\\_\\_\\_');
  });

  it('a положение with two appendices: a form and a table', async () => {
    const { text, summary: found } = await fixture('prilozheniya-forma');
    expect(found).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [],
          "fields": "kind, title, adoptedAt, issuer, level, region, approval, appendices, source",
          "needsHuman": [],
          "outline": "1 ( 1.1 1.2 ) 2 ( 2.1 2.2 ) «ЗАЯВКА на уч» ( 1 2 3 ) «ПРОГРАММА СТ»",
          "path": "content/regulations/polozhenie-o-konkurse-na-prisvoenie-statusa-munitsipalnoy.mdx",
          "references": [],
          "requisites": {
            "approval": {
              "act": "№ 215",
              "authority": "приказом комитета образования администрации Гатчинского муниципального района Ленинградской области",
              "date": "2023-03-20",
              "dateText": "от 20.03.2023 № 215",
              "heading": "УТВЕРЖДЕНО",
            },
            "date": "2023-03-20",
            "dateAsWritten": "от 20.03.2023 № 215",
            "dateFrom": "approval",
            "issuer": "Комитет образования администрации Гатчинского муниципального района Ленинградской области",
            "kind": "Положение",
            "kindAsWritten": "ПОЛОЖЕНИЕ",
            "title": "Положение о конкурсе на присвоение статуса муниципальной стажировочной площадки",
          },
        },
      ]
    `);
    expect(text[0].frontmatter.appendices).toEqual([
      { label: 'Приложение 1', title: 'ЗАЯВКА на участие в конкурсе', included: true },
      { label: 'Приложение 2', title: 'ПРОГРАММА СТАЖИРОВОЧНОЙ ПЛОЩАДКИ', included: true },
    ]);
    expect(text[0].body).toContain('## ЗАЯВКА на участие в конкурсе\n\n1\\. Полное наименование организации: \\_');
  });

  it('порядок approved by a committee order, citing «Федеральный закон № 273-ФЗ» by number alone, with a table of indicators', async () => {
    const { text, summary: found } = await fixture('poryadok-prisvoeniya-statusa');
    expect(found).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [],
          "fields": "kind, title, adoptedAt, issuer, level, region, approval, legalBasis, source",
          "needsHuman": [],
          "outline": "1 ( 1.1 1.2 ) 2 ( 2.1 ( 1) 2) 3) ) 2.2 ) 3 ( 3.1 )",
          "path": "content/regulations/poryadok-prisvoeniya-statusa-munitsipalnoy-stazhirovochnoy.mdx",
          "references": [
            "Федеральный закон | 273-ФЗ",
          ],
          "requisites": {
            "approval": {
              "act": "№ 12",
              "authority": "приказом комитета образования администрации Лужского муниципального района Ленинградской области",
              "date": "2022-01-10",
              "dateText": "от 10.01.2022 № 12",
              "heading": "УТВЕРЖДЕН",
            },
            "date": "2022-01-10",
            "dateAsWritten": "от 10.01.2022 № 12",
            "dateFrom": "approval",
            "issuer": "Комитет образования администрации Лужского муниципального района Ленинградской области",
            "kind": "Порядок",
            "kindAsWritten": "ПОРЯДОК",
            "title": "Порядок присвоения статуса муниципальной стажировочной площадки",
          },
        },
      ]
    `);
    expect(text[0].frontmatter.legalBasis).toEqual([{ kind: 'Федеральный закон', number: '273-ФЗ' }]);
    expect(text[0].body).toContain('| № | Показатель | Баллы |\n| --- | --- | --- |\n| 1. | Наличие программы стажировки | 0–2 |');
    expect(text[0].problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('регламент approved by a council\'s protocol, sections in Roman numerals, an order cited without its title', async () => {
    const { text, summary: found } = await fixture('reglament-seti');
    expect(found).toMatchInlineSnapshot(`
      [
        {
          "anomalies": [],
          "fields": "kind, title, adoptedAt, approval, legalBasis, source",
          "needsHuman": [
            "issuer",
            "level",
          ],
          "outline": "I ( 1 2 ) II ( 3 ( -×2 ) 4 ) III ( 5 )",
          "path": "content/regulations/reglament-raboty-regionalnoy-seti-stazhirovochnykh.mdx",
          "references": [
            "Приказ | 115 | 2021-03-22",
            "Закон Пензенской области | 2413-ЗПО | 2013-07-04",
          ],
          "requisites": {
            "approval": {
              "act": "протокол № 4",
              "authority": "решением методического совета ГАУ ДПО «Институт развития образования»",
              "date": "2023-09-12",
              "dateText": "протокол № 4 от 12.09.2023",
              "heading": "УТВЕРЖДЕНО",
            },
            "date": "2023-09-12",
            "dateAsWritten": "протокол № 4 от 12.09.2023",
            "dateFrom": "approval",
            "kind": "Регламент",
            "kindAsWritten": "РЕГЛАМЕНТ",
            "title": "Регламент работы региональной сети стажировочных площадок",
          },
        },
      ]
    `);
    expect(text[0].frontmatter.legalBasis).toContainEqual({
      kind: 'Приказ', issuer: 'Министерство просвещения Российской Федерации', date: '2021-03-22', number: '115',
    });
  });
});
