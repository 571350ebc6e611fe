import { COLLECTION_NAMES, COLLECTIONS, CONTENT_FOLDER, isOptional, MEDIA_FOLDER, MEDIA_URL, metaOf, unwrap } from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cmsConfig } from './cms-config.ts';
import type { CmsFieldSpec } from './cms-types.ts';
import { VARIANT_KEY } from './schema-fields.ts';

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
 * An independent walk of the schema that states what the form must show for each field. If the
 * generator and the schema disagree on any collection or field, one of these expectations fails.
 */
function expectFieldMatches(schema: z.ZodType, field: CmsFieldSpec | undefined, path: string, block?: string) {
  const meta = metaOf(schema);
  expect(field, `${path}: no form field`).toBeDefined();
  if (!field || !meta) throw new Error(`${path}: no metadata or field`);
  // Inside an optional block a required field is optional in the form (Decap would demand it even
  // for an empty block) and its hint says when it is needed.
  const conditional = !isOptional(schema) && block !== undefined;
  expect({ label: field.label, hint: field.hint, required: field.required }, path).toEqual({
    label: meta.title,
    hint: conditional ? `Обязательно, если заполнено «${block}». ${meta.description}` : meta.description,
    required: !isOptional(schema) && !conditional,
  });
  const innerBlock = block ?? (isOptional(schema) ? meta.title : undefined);
  const inner = unwrap(schema);
  if (meta.ref) {
    expect(field, path).toMatchObject({ widget: 'relation', collection: meta.ref, value_field: '{{slug}}', search_fields: ['title'] });
  } else if (inner instanceof z.ZodEnum) {
    expect(field.widget, path).toBe('select');
    expect(field.options, path).toEqual((inner.options as string[]).map((value) => ({ value, label: meta.options?.[value] })));
    expect(field.options?.every((o) => /[А-Яа-яЁё]/.test(o.label)), `${path}: Russian option labels`).toBe(true);
  } else if (inner instanceof z.ZodBoolean) {
    expect(field.widget, path).toBe('boolean');
  } else if (inner instanceof z.ZodNumber) {
    expect(field, path).toMatchObject({ widget: 'number', value_type: inner.isInt ? 'int' : 'float' });
    const real = (v: number | null) => (v !== null && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined);
    expect({ min: field.min, max: field.max }, path).toEqual({ min: real(inner.minValue), max: real(inner.maxValue) });
  } else if (inner instanceof z.ZodString) {
    expect(field.widget, path).toBe(meta.widget === 'text' ? 'text' : 'string');
    expectPatternAgrees(schema, field, path);
  } else if (inner instanceof z.ZodObject) {
    expect(field.widget, path).toBe('object');
    expectFieldsMatch(inner, field.fields ?? [], path, innerBlock);
  } else if (inner instanceof z.ZodArray) {
    expectListMatches(inner, field, path);
  } else {
    throw new Error(`${path}: the test does not know ${inner.constructor.name}; teach it and the generator`);
  }
}

function expectListMatches(list: z.ZodArray, field: CmsFieldSpec, path: string) {
  const element = list.element as z.ZodType;
  const minimum = list.safeParse([]).success ? undefined : 1;
  if (metaOf(element)?.ref) {
    expect(field, path).toMatchObject({ widget: 'relation', multiple: true, collection: metaOf(element)?.ref });
  } else {
    expect(field.widget, path).toBe('list');
    const inner = unwrap(element);
    if (inner instanceof z.ZodObject) expectFieldsMatch(inner, field.fields ?? [], `${path}[]`);
    else if (inner instanceof z.ZodUnion) {
      expect(field.typeKey, path).toBe(VARIANT_KEY);
      const options = inner.options as z.ZodObject[];
      expect(field.types?.length, path).toBe(options.length);
      options.forEach((option, i) => expectFieldsMatch(option, field.types?.[i]?.fields ?? [], `${path}[${i}]`));
    } else expect(field.field?.widget, path).toBe('string');
  }
  expect(field.min, `${path}: minimum items`).toBe(minimum);
}

/** A Decap pattern must accept what the schema accepts among typical values, and refuse its rejects. */
function expectPatternAgrees(schema: z.ZodType, field: CmsFieldSpec, path: string) {
  const samples = ['2021', '2021-03', '2021-03-11', '2021-??-14', '14.03.2021', 'текст', 'https://example.org/a.pdf', '/media/a.pdf', 'omsk'];
  if (!field.pattern) return;
  const regex = new RegExp(field.pattern[0]);
  for (const sample of samples) {
    if (schema.safeParse(sample).success) expect(regex.test(sample), `${path}: pattern refuses valid «${sample}»`).toBe(true);
  }
  expect(field.pattern[1], `${path}: pattern message in Russian`).toMatch(/[а-я]/);
}

function expectFieldsMatch(object: z.ZodObject, fields: CmsFieldSpec[], path: string, block?: string) {
  const keys = Object.keys(object.shape);
  expect(fields.map((f) => f.name).filter((n) => n !== 'body'), `${path}: same fields, same order`).toEqual(keys);
  for (const key of keys) expectFieldMatches(object.shape[key] as z.ZodType, fields.find((f) => f.name === key), `${path}.${key}`, block);
}

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

  it.each(COLLECTION_NAMES)('%s: every field has the schema label, hint, required flag and widget', (name) => {
    expectFieldsMatch(COLLECTIONS[name].schema, collection(name).fields, name);
  });

  it.each(COLLECTION_NAMES)('%s: the body is Markdown source, sanitised in preview, with no components', (name) => {
    const body = collection(name).fields.at(-1);
    expect(body).toMatchObject({
      name: 'body',
      label: COLLECTIONS[name].bodyLabel,
      widget: 'markdown',
      modes: ['raw'],
      editor_components: [],
      sanitize_preview: true,
    });
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
      backend: { name: 'proxy', proxy_url: '/api/editing/abc/v1', branch: 'main' },
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
