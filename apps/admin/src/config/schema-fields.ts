import { type FieldMeta, isOptional, metaOf, unwrap } from '@stazhirovka/schema';
import { z } from 'zod';
import type { CmsFieldSpec } from './cms-types.ts';

/**
 * Turns the zod model into Decap form fields. Nothing here restates a label, a hint or an option:
 * they all come from `field()` metadata, so the form and the schema cannot drift apart. A zod
 * type the generator does not know is an error, not a silently missing field.
 */

/** Key that tags which variant of a union an item of a list is (Decap's `typeKey`). */
export const VARIANT_KEY = 'variant';

/** Shape of a partial date (`2021`, `2021-03`, `2021-??-14`); the calendar check is the schema's. */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(\\d{2}|\\?\\?)(-(\\d{2}|\\?\\?))?)?$';
export const FULL_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
/** Every `text()` is trimmed and non-empty: a value of spaces alone is empty. */
export const NOT_BLANK_PATTERN = '\\S';

const PARTIAL_DATE_MESSAGE = 'укажите ГГГГ-ММ-ДД; неизвестную часть замените на ??, например 2021-??-14 или 2021';
const FULL_DATE_MESSAGE = 'укажите дату в виде ГГГГ-ММ-ДД, например 2021-03-11';

/**
 * The optional block a field sits in, if any. Decap checks a required field even when the
 * optional block around it was left empty, so such a field is marked optional in the form and
 * its hint says when it is needed; the schema (`validate`, the preview) still enforces it.
 */
export interface Within {
  optionalBlock?: string;
}

/** Decap fields for every key of a strict object, in the schema's order. */
export function fieldsOf(object: z.ZodObject, path: string, within: Within = {}): CmsFieldSpec[] {
  return Object.entries(object.shape).map(([name, child]) => fieldOf(name, child as z.ZodType, `${path}.${name}`, within));
}

/** One Decap field for one schema key. `path` names the field in error messages. */
export function fieldOf(name: string, schema: z.ZodType, path: string, within: Within = {}): CmsFieldSpec {
  const meta = metaOf(schema);
  if (!meta) throw new Error(`${path}: the schema field has no title/description (use field())`);
  const required = !isOptional(schema);
  const conditional = required && within.optionalBlock !== undefined;
  const hint = conditional ? `Обязательно, если заполнено «${within.optionalBlock}». ${meta.description}` : meta.description;
  const base = { name, label: meta.title, hint, required: required && !conditional };
  const inner = within.optionalBlock ?? (required ? undefined : meta.title);
  return { ...base, ...widgetOf(schema, meta, path, { optionalBlock: inner }) };
}

type WidgetPart = Omit<CmsFieldSpec, 'name' | 'label' | 'hint' | 'required'>;

function widgetOf(schema: z.ZodType, meta: FieldMeta, path: string, within: Within = {}): WidgetPart {
  if (meta.ref) return relationTo(meta.ref);
  const inner = unwrap(schema);
  if (inner instanceof z.ZodEnum) return selectOf(inner, meta);
  if (inner instanceof z.ZodString) return stringOf(schema, inner, meta);
  if (inner instanceof z.ZodNumber) return numberOf(inner);
  if (inner instanceof z.ZodBoolean) return { widget: 'boolean', default: defaultOf(schema) ?? false };
  if (inner instanceof z.ZodObject) return { widget: 'object', collapsed: isOptional(schema), fields: fieldsOf(inner, path, within) };
  if (inner instanceof z.ZodArray) return listOf(inner, meta, path);
  throw new Error(`${path}: no form widget for zod type ${inner.constructor.name}`);
}

/** References are picked from existing entries by title; the slug is what gets stored. */
function relationTo(collection: string): WidgetPart {
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    options_length: 100,
  };
}

function selectOf(schema: z.ZodEnum, meta: FieldMeta): WidgetPart {
  const values = schema.options as string[];
  return {
    widget: 'select',
    options: values.map((value) => ({ value, label: meta.options?.[value] ?? value })),
  };
}

/**
 * Dates: the datetime widget stores complete dates only and cannot say «month unknown»
 * (`2021-??-14`, as the Omsk source has it), so a date is a string with the schema's shape as its
 * pattern. The schema itself is asked which kind of date it is, rather than trusting a name.
 */
function stringOf(schema: z.ZodType, inner: z.ZodString, meta: FieldMeta): WidgetPart {
  const dateOnly = !accepts(schema, 'не дата');
  if (dateOnly && accepts(schema, '2021-??-14')) return { widget: 'string', pattern: [PARTIAL_DATE_PATTERN, PARTIAL_DATE_MESSAGE] };
  if (dateOnly && accepts(schema, '2021-03-11')) return { widget: 'string', pattern: [FULL_DATE_PATTERN, FULL_DATE_MESSAGE] };
  const regex = regexOf(inner);
  const pattern: [string, string] | undefined = regex
    ? [regex.pattern.source, regex.message]
    : inner.minLength ? [NOT_BLANK_PATTERN, 'заполните поле: одни пробелы не считаются'] : undefined;
  return { widget: meta.widget === 'text' ? 'text' : 'string', ...(pattern && { pattern }) };
}

function accepts(schema: z.ZodType, value: string): boolean {
  return schema.safeParse(value).success;
}

/** The first `.regex()` check of a string, with the message the schema gives for it. */
function regexOf(schema: z.ZodString): { pattern: RegExp; message: string } | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; format?: string; pattern?: RegExp };
    if (def.check === 'string_format' && def.format === 'regex' && def.pattern) {
      const probe = schema.safeParse('\u0000');
      const message = probe.success ? '' : (probe.error.issues[0]?.message ?? '');
      return { pattern: def.pattern, message: message || `значение должно соответствовать ${def.pattern.source}` };
    }
  }
  return undefined;
}

function numberOf(schema: z.ZodNumber): WidgetPart {
  const bound = (value: number | null) => (value !== null && Number.isFinite(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined);
  const min = bound(schema.minValue);
  const max = bound(schema.maxValue);
  return {
    widget: 'number',
    value_type: schema.isInt ? 'int' : 'float',
    ...(min !== undefined && { min }),
    ...(max !== undefined && { max }),
  };
}

function defaultOf(schema: z.ZodType): boolean | undefined {
  for (let current: z.ZodType | undefined = schema; current; ) {
    if (current instanceof z.ZodDefault) return current._zod.def.defaultValue as boolean;
    current = current instanceof z.ZodOptional || current instanceof z.ZodNullable ? (current.unwrap() as z.ZodType) : undefined;
  }
  return undefined;
}

/**
 * Lists: of references (a multiple relation), of lines (one string field per item), of records
 * (object fields) or of alternatives (Decap «types», tagged with VARIANT_KEY while in the form).
 */
function listOf(schema: z.ZodArray, meta: FieldMeta, path: string): WidgetPart {
  const element = schema.element as z.ZodType;
  const min = schema._zod.def.checks?.map((c) => c._zod.def as { check: string; minimum?: number })
    .find((d) => d.check === 'min_length')?.minimum;
  const bounds = min ? { min } : {};
  const elementMeta = metaOf(element);
  if (elementMeta?.ref) return { ...relationTo(elementMeta.ref), multiple: true, ...bounds };
  const inner = unwrap(element);
  const list = { widget: 'list' as const, collapsed: false, ...bounds };
  if (inner instanceof z.ZodObject) {
    const fields = fieldsOf(inner, `${path}[]`);
    return { ...list, summary: `{{fields.${fields[0].name}}}`, fields };
  }
  if (inner instanceof z.ZodUnion) return { ...list, typeKey: VARIANT_KEY, types: variantsOf(inner, `${path}[]`) };
  return { ...list, field: itemField(element, meta.title, `${path}[]`) };
}

/** The single field of a list of plain values; unlabelled items borrow the list's label. */
function itemField(element: z.ZodType, listTitle: string, path: string): CmsFieldSpec {
  const meta = metaOf(element) ?? { title: listTitle, description: '' };
  return { name: 'item', label: meta.title, required: true, ...widgetOf(element, meta, path) };
}

/** Variant names come from the first key of each alternative, labels from that key's title. */
function variantsOf(schema: z.ZodUnion, path: string): CmsFieldSpec[] {
  return (schema.options as z.ZodType[]).map((option) => {
    const inner = unwrap(option);
    if (!(inner instanceof z.ZodObject)) throw new Error(`${path}: union alternatives must be objects`);
    const fields = fieldsOf(inner, path);
    return {
      name: variantName(inner),
      label: fields[0].label,
      widget: 'object' as const,
      summary: `{{fields.${fields[0].name}}}`,
      fields,
    };
  });
}

/** The tag a union item carries in the form: the name of its alternative's first key. */
export function variantName(alternative: z.ZodObject): string {
  return Object.keys(alternative.shape)[0];
}
