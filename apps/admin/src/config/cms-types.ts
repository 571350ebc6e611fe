import type { BODY_WIDGET } from '../editor/widget-name.ts';

/** Decap's own widgets the generator emits; src/decap.ts registers exactly these. */
export type DecapWidgetName = 'string' | 'text' | 'select' | 'relation' | 'boolean' | 'number' | 'object' | 'list';

/**
 * The part of Decap's field configuration this project generates. Decap's own `CmsField` type is
 * a loose union that accepts unknown widgets; this one lists exactly what the generator emits, so
 * the tests can read generated configs without casts.
 */
export interface CmsFieldSpec {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  widget: DecapWidgetName | typeof BODY_WIDGET;
  pattern?: [string, string];
  default?: boolean | string;
  options?: { value: string; label: string }[];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  collapsed?: boolean;
  summary?: string;
  fields?: CmsFieldSpec[];
  field?: CmsFieldSpec;
  types?: CmsFieldSpec[];
  typeKey?: string;
  /** A list's item for 1, 2 and 5 items, from the schema (`counted`). */
  counted?: string[];
}

export interface CmsCollectionSpec {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  delete: boolean;
  identifier_field: string;
  slug: string;
  summary: string;
  sortable_fields: string[];
  editor: { preview: boolean };
  fields: CmsFieldSpec[];
}
