import {
  alternatives, choice, COLLECTION_NAMES, COLLECTIONS, CONTENT_FOLDER, declaredFields, flag, group, integer, lines, link, longText,
  MEDIA_FOLDER, MEDIA_URL, partialDate, period, records, ref, refs, text,
} from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cmsConfig } from './cms-config.ts';
import type { CmsFieldSpec } from './cms-types.ts';
import { formFieldsOf, VARIANT_KEY } from './schema-fields.ts';

const config = cmsConfig({});
function collection(name: string) {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
}
function field(fields: CmsFieldSpec[] | undefined, name: string): CmsFieldSpec {
  const found = fields?.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/**
 * A small schema with one field of every kind, and the form Decap must get for it, written out by
 * hand. A generator change that alters any widget, label, hint, pattern or bound fails here.
 */
const FixtureSchema = z.strictObject({
  title: text({ title: 'Заголовок', description: 'Одна строка' }),
  summary: longText({ title: 'Резюме', description: 'Абзац' }).optional(),
  adoptedAt: partialDate({ title: 'Дата', description: 'ГГГГ-ММ-ДД' }).optional(),
  site: ref('sites', { description: 'Чья запись' }),
  related: refs('regulations', { title: 'Связи', description: 'Другие документы' }).optional(),
  kind: choice({ a: 'Первый', b: 'Второй' }, { title: 'Вид', description: 'Один из двух' }),
  goals: lines({ title: 'Цели', description: 'По одной в строке' }, { min: 1 }).optional(),
  draft: flag({ title: 'Черновик', description: 'Пока не принят' }),
  year: integer({ title: 'Год', description: 'Год' }, { min: 1990, max: 2100 }).optional(),
  validity: period({ title: 'Срок', description: 'С и по' }).optional(),
  block: group({ heading: text({ title: 'Гриф', description: 'Слово грифа' }) }, { title: 'Блок', description: 'Гриф' }).optional(),
  authors: records(
    { name: text({ title: 'ФИО', description: 'Автор' }), url: link({ title: 'Ссылка', description: 'Адрес' }).optional() },
    { title: 'Авторы', description: 'Кто писал' },
    { min: 1 },
  ),
  basis: alternatives(
    [
      z.strictObject({ ref: ref('regulations', { title: 'Документ сайта', description: 'Slug' }) }),
      z.strictObject({ name: text({ title: 'Акт', description: 'Внешний акт' }) }),
    ],
    { title: 'Основания', description: 'Акты' },
  ).optional(),
});

const NOT_BLANK: [string, string] = ['\\S', 'заполните поле: одни пробелы не считаются'];
const DATE: [string, string] = [
  '^(\\d{4})(?:-(\\d{2}|\\?\\?)(?:-(\\d{2}|\\?\\?))?)?$',
  'укажите ГГГГ-ММ-ДД; неизвестную часть замените на ??, например 2021-??-14 или 2021',
];
const relation = { widget: 'relation', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], options_length: 100 };

const EXPECTED_FORM: CmsFieldSpec[] = [
  { name: 'title', label: 'Заголовок', hint: 'Одна строка', required: true, widget: 'string', pattern: NOT_BLANK },
  { name: 'summary', label: 'Резюме', hint: 'Абзац', required: false, widget: 'text', pattern: NOT_BLANK },
  { name: 'adoptedAt', label: 'Дата', hint: 'ГГГГ-ММ-ДД', required: false, widget: 'string', pattern: DATE },
  { name: 'site', label: 'Площадка', hint: 'Чья запись', required: true, ...relation, widget: 'relation', collection: 'sites' },
  { name: 'related', label: 'Связи', hint: 'Другие документы', required: false, ...relation, widget: 'relation', collection: 'regulations', multiple: true },
  {
    name: 'kind', label: 'Вид', hint: 'Один из двух', required: true, widget: 'select',
    options: [{ value: 'a', label: 'Первый' }, { value: 'b', label: 'Второй' }],
  },
  {
    name: 'goals', label: 'Цели', hint: 'По одной в строке', required: false, widget: 'list', collapsed: false, min: 1,
    field: { name: 'item', label: 'Цели', required: true, widget: 'string', pattern: NOT_BLANK },
  },
  { name: 'draft', label: 'Черновик', hint: 'Пока не принят', required: false, widget: 'boolean', default: false },
  { name: 'year', label: 'Год', hint: 'Год', required: false, widget: 'number', value_type: 'int', min: 1990, max: 2100 },
  {
    name: 'validity', label: 'Срок', hint: 'С и по', required: false, widget: 'object', collapsed: true,
    fields: [
      { name: 'from', label: 'Начало', hint: 'Дата начала; неизвестные части — ??', required: false, widget: 'string', pattern: DATE },
      { name: 'to', label: 'Окончание', hint: 'Дата окончания; пусто — бессрочно', required: false, widget: 'string', pattern: DATE },
    ],
  },
  {
    name: 'block', label: 'Блок', hint: 'Гриф', required: false, widget: 'object', collapsed: true,
    fields: [{ name: 'heading', label: 'Гриф', hint: 'Обязательно, если заполнено «Блок». Слово грифа', required: false, widget: 'string', pattern: NOT_BLANK }],
  },
  {
    name: 'authors', label: 'Авторы', hint: 'Кто писал', required: true, widget: 'list', collapsed: false, min: 1, summary: '{{fields.name}}',
    fields: [
      { name: 'name', label: 'ФИО', hint: 'Автор', required: true, widget: 'string', pattern: NOT_BLANK },
      {
        name: 'url', label: 'Ссылка', hint: 'Адрес', required: false, widget: 'string',
        pattern: ['^(https?:\\/\\/|\\/)', 'ссылка должна начинаться с https://, http:// или / (файл на сайте)'],
      },
    ],
  },
  {
    name: 'basis', label: 'Основания', hint: 'Акты', required: false, widget: 'list', collapsed: false, typeKey: VARIANT_KEY,
    types: [
      {
        name: 'ref', label: 'Документ сайта', widget: 'object', summary: '{{fields.ref}}',
        fields: [{ name: 'ref', label: 'Документ сайта', hint: 'Slug', required: true, ...relation, widget: 'relation', collection: 'regulations' }],
      },
      {
        name: 'name', label: 'Акт', widget: 'object', summary: '{{fields.name}}',
        fields: [{ name: 'name', label: 'Акт', hint: 'Внешний акт', required: true, widget: 'string', pattern: NOT_BLANK }],
      },
    ],
  },
];

describe('form fields from field declarations', () => {
  it('gives each kind of field its Decap widget, label, hint, required flag, pattern and bounds', () => {
    expect(formFieldsOf(FixtureSchema)).toEqual(EXPECTED_FORM);
  });

  it('refuses a field built without a declared kind instead of guessing it', () => {
    const undeclared = z.strictObject({ note: z.string().meta({ title: 'Заметка', description: 'Без вида' }) });
    expect(() => formFieldsOf(undeclared)).toThrow('note: the field declares no kind, title or description');
  });
});

describe('the CMS config is generated from the schema', () => {
  it('has one folder collection of .mdx files per content type, with the Russian names', () => {
    expect(config.collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    for (const name of COLLECTION_NAMES) {
      expect(collection(name)).toMatchObject({
        label: COLLECTIONS[name].label,
        label_singular: COLLECTIONS[name].labelSingular,
        folder: `content/${name}`,
        extension: 'mdx',
        identifier_field: 'title',
      });
    }
  });

  it.each(COLLECTION_NAMES)('%s: one form field per declared field, in the schema order, then the body', (name) => {
    expect(collection(name).fields.map((f) => f.label)).toEqual([...declaredFields(COLLECTIONS[name].schema).map((f) => f.label), COLLECTIONS[name].bodyLabel]);
  });

  it.each(COLLECTION_NAMES)('%s: the body is edited in the visual legal-text editor, not Decap\'s markdown widget', (name) => {
    const body = collection(name).fields.at(-1);
    expect(body).toMatchObject({ name: 'body', label: COLLECTIONS[name].bodyLabel, widget: 'legal-text' });
  });

  it('partial dates are strings whose pattern allows unknown parts, not a datetime picker', () => {
    const adoptedAt = field(collection('regulations').fields, 'adoptedAt');
    expect(adoptedAt.widget).toBe('string');
    const pattern = new RegExp(adoptedAt.pattern?.[0] ?? '');
    expect(['2021', '2021-03', '2021-??-14', '2021-03-11'].every((v) => pattern.test(v))).toBe(true);
    expect(['14.03.2021', '2021-3-1', 'март 2021'].some((v) => pattern.test(v))).toBe(false);
  });

  it('a required part of an optional block is asked for only when the block is filled', () => {
    const heading = field(field(collection('regulations').fields, 'agreement').fields, 'heading');
    expect(heading).toMatchObject({ required: false, hint: expect.stringMatching(/^Обязательно, если заполнено «Согласование»\./) });
  });

  it('references are picked from existing entries by title', () => {
    const site = collection('practices').fields.find((f) => f.name === 'site');
    expect(site).toMatchObject({ widget: 'relation', collection: 'sites', search_fields: ['title'], display_fields: ['title'], required: true });
    const reportsTo = collection('instructions').fields.find((f) => f.name === 'reportsTo');
    expect(reportsTo).toMatchObject({ widget: 'relation', collection: 'instructions', multiple: true, required: false });
  });

  it('edits locally through the dev server\'s editing backend at the per-run address, in Russian, media in one folder', () => {
    expect(cmsConfig({}, '/api/editing/abc/v1')).toEqual(expect.objectContaining({
      locale: 'ru',
      backend: { name: 'paged-proxy', proxy_url: '/api/editing/abc/v1', branch: 'main' },
      media_folder: 'apps/site/public/media',
      public_folder: '/media',
    }));
    expect(config).not.toHaveProperty('local_backend');
    expect(config.publish_mode).toBeUndefined();
    // The editing backend maps exactly these folders onto disk (packages/schema/src/folders.ts).
    expect(config.collections.map((c) => c.folder)).toEqual(COLLECTION_NAMES.map((name) => `${CONTENT_FOLDER}/${name}`));
    expect([config.media_folder, config.public_folder]).toEqual([MEDIA_FOLDER, MEDIA_URL]);
  });

  it('a deployed admin uses the git host chosen at build time, with editorial workflow', () => {
    expect(cmsConfig({ CMS_BACKEND: 'github', CMS_REPO: 'org/site', CMS_BASE_URL: 'https://auth.example.org' })).toMatchObject({
      backend: { name: 'github', repo: 'org/site', branch: 'main', base_url: 'https://auth.example.org' },
      publish_mode: 'editorial_workflow',
    });
    const forgejo = cmsConfig({ CMS_BACKEND: 'forgejo', CMS_REPO: 'org/site', CMS_BASE_URL: 'https://git.example.org/', CMS_APP_ID: 'abc' });
    expect(forgejo).toMatchObject({
      backend: { name: 'forgejo', app_id: 'abc', base_url: 'https://git.example.org', api_root: 'https://git.example.org/api/v1' },
      publish_mode: 'editorial_workflow',
    });
    expect(forgejo).not.toHaveProperty('local_backend');
    expect(() => cmsConfig({ CMS_BACKEND: 'gitea', CMS_REPO: 'org/site' })).toThrow('CMS_BASE_URL must be set');
    expect(() => cmsConfig({ CMS_BACKEND: 'svn' })).toThrow('expected github, gitea, forgejo or local');
  });
});
