import {
  type CollectionName,
  declaredFields,
  type FieldDeclaration,
  NOT_BLANK_FIX,
  NOT_BLANK_PATTERN,
} from '@stazhirovka/schema';
import type { z } from 'zod';
import type { CmsFieldSpec } from './cms-types.ts';

/**
 * Turns the schema's field declarations into Decap form fields. Nothing here restates a label, a
 * hint, an option or a pattern: they all come from `declaredFields`, which reads what each field's
 * builder declared (its kind among them), so the form and the schema cannot drift apart.
 */

/** Key that tags which variant of a union an item of a list is (Decap's `typeKey`). */
export const VARIANT_KEY = 'variant';

/** The tag of an alternative in the form: the name of its first key. */
export const variantName = (keys: readonly string[]): string => keys[0];

/**
 * The optional block a field sits in, if any. Decap checks a required field even when the
 * optional block around it was left empty, so such a field is marked optional in the form and
 * its hint says when it is needed; the schema (`validate`, the preview) still enforces it.
 */
export interface Within {
  optionalBlock?: string;
}

/** Decap fields for every field of a content type, in the schema's order. */
export function formFieldsOf(schema: z.ZodObject): CmsFieldSpec[] {
  return fieldsOf(declaredFields(schema));
}

function fieldsOf(fields: FieldDeclaration[], within: Within = {}): CmsFieldSpec[] {
  return fields.map((field) => fieldOf(field, within));
}

/** One Decap field for one declared field. */
function fieldOf(field: FieldDeclaration, within: Within): CmsFieldSpec {
  const conditional = field.required && within.optionalBlock !== undefined;
  const hint = conditional ? `Обязательно, если заполнено «${within.optionalBlock}». ${field.description}` : field.description;
  const base = { name: field.key, label: field.label, hint, required: field.required && !conditional };
  const inner = within.optionalBlock ?? (field.required ? undefined : field.label);
  // Lists say their count in agreement («3 шага», entries/counted-list.ts).
  const counted = field.counted ? { counted: [...field.counted] } : {};
  return { ...base, ...widgetOf(field, { optionalBlock: inner }), ...counted };
}

type WidgetPart = Omit<CmsFieldSpec, 'name' | 'label' | 'hint' | 'required'>;

/**
 * Dates are strings with the schema's pattern: the datetime widget stores complete dates only and
 * cannot say «month unknown» (`2021-??-14`, as the Omsk source has it).
 */
function widgetOf(field: FieldDeclaration, within: Within): WidgetPart {
  const pattern = field.pattern !== undefined ? { pattern: [field.pattern, field.fix ?? ''] as [string, string] } : {};
  const min = field.minimum !== undefined ? { min: field.minimum } : {};
  switch (field.kind) {
    case 'text':
    case 'link':
    case 'email':
    case 'partial-date':
      return { widget: 'string', ...pattern };
    case 'long-text':
      return { widget: 'text', ...pattern };
    case 'reference':
      return relationTo(collectionOf(field));
    case 'references':
      return { ...relationTo(collectionOf(field)), multiple: true, ...min };
    case 'choice':
      return { widget: 'select', options: Object.entries(field.options ?? {}).map(([value, label]) => ({ value, label })) };
    case 'boolean':
      return { widget: 'boolean', default: field.default === true };
    case 'number':
      return { widget: 'number', value_type: 'int', ...min, ...(field.maximum !== undefined && { max: field.maximum }) };
    case 'object':
    case 'period':
      return { widget: 'object', collapsed: !field.required, fields: fieldsOf(field.fields ?? [], within) };
    case 'lines':
      return { widget: 'list', collapsed: false, ...min, field: lineOf(field) };
    case 'records': {
      const fields = fieldsOf(field.fields ?? []);
      return { widget: 'list', collapsed: false, ...min, summary: `{{fields.${fields[0].name}}}`, fields };
    }
    case 'alternatives':
      return { widget: 'list', collapsed: false, ...min, typeKey: VARIANT_KEY, types: (field.variants ?? []).map(variantOf) };
  }
}

function collectionOf(field: FieldDeclaration): CollectionName {
  if (!field.collection) throw new Error(`${field.key}: a reference declares no collection`);
  return field.collection;
}

/** References are picked from existing entries by title; the slug is what gets stored. */
function relationTo(collection: CollectionName): WidgetPart {
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    options_length: 100,
  };
}

/** The one field of each item of a list of lines: a non-blank line, labelled like the list. */
function lineOf(list: FieldDeclaration): CmsFieldSpec {
  return { name: 'item', label: list.label, required: true, widget: 'string', pattern: [NOT_BLANK_PATTERN.source, NOT_BLANK_FIX] };
}

/** An alternative of a list item, named and labelled by its first field. */
function variantOf(fields: FieldDeclaration[]): CmsFieldSpec {
  const form = fieldsOf(fields);
  return {
    name: variantName(fields.map((f) => f.key)),
    label: form[0].label,
    widget: 'object',
    summary: `{{fields.${form[0].name}}}`,
    fields: form,
  };
}

