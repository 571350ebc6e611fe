import { z } from 'zod';
import type { CollectionName } from './collection-names.ts';
import { type FieldKind, type FieldMeta, NOT_BLANK_FIX, NOT_BLANK_PATTERN } from './fields.ts';

/**
 * Every field of a content type as its builder declared it, in the schema's order: label, hint,
 * kind, and the constraints a form needs (required, pattern and its fix, bounds, options). The
 * CMS form, the reader's presentation and the field reference (docs/fields.md) are all drawn from
 * this, so adding a field to a schema is the only change they need.
 *
 * It is read from zod's own JSON Schema output (`z.toJSONSchema`, which carries the registry
 * metadata of every field), not from zod's internals and not by trying sample values.
 */
export interface FieldDeclaration {
  key: string;
  label: string;
  description: string;
  kind: FieldKind;
  /** Must be given. A field with a default (a `boolean` flag) is not required. */
  required: boolean;
  readerLabel?: string;
  inverseLabel?: string;
  /** Lists: the item counted for 1, 2 and 5 («шаг», «шага», «шагов»). */
  counted?: readonly [string, string, string];
  /** `reference(s)`: the collection pointed to. */
  collection?: CollectionName;
  /** `choice`: value → Russian label, in display order. */
  options?: Record<string, string>;
  /** Strings: the pattern a value must match (JavaScript syntax) and how to fix one that does not. */
  pattern?: string;
  fix?: string;
  default?: unknown;
  /** `number`: bounds; `lines`, `records`, `alternatives`, `references`: `minimum` items. */
  minimum?: number;
  maximum?: number;
  /** `object`, `period`, `records`: the fields of the group or of each record. */
  fields?: FieldDeclaration[];
  /** `alternatives`: the fields of each alternative. */
  variants?: FieldDeclaration[][];
}

/** The part of a JSON Schema node (draft 2020-12) that zod writes for these schemas. */
interface JsonNode extends Partial<FieldMeta> {
  type?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  anyOf?: JsonNode[];
  pattern?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

/** Integers without a stated bound get ±2^53 from zod; those are no bounds to a person. */
const stated = (bound: number | undefined) => (bound !== undefined && Math.abs(bound) < Number.MAX_SAFE_INTEGER ? bound : undefined);

function declarationOf(key: string, node: JsonNode, required: boolean, path: string): FieldDeclaration {
  const { kind, title, description } = node;
  if (!kind || !title || description === undefined) {
    throw new Error(`${path}: the field declares no kind, title or description (build it with a builder from fields.ts)`);
  }
  const declaration: FieldDeclaration = { key, label: title, description, kind, required };
  if (node.readerLabel) declaration.readerLabel = node.readerLabel;
  if (node.inverseLabel) declaration.inverseLabel = node.inverseLabel;
  if (node.counted) declaration.counted = node.counted;
  if (node.ref) declaration.collection = node.ref;
  if (node.options) declaration.options = node.options;
  if (node.default !== undefined) declaration.default = node.default;
  const pattern = node.pattern ?? (node.minLength ? NOT_BLANK_PATTERN.source : undefined);
  if (pattern && kind !== 'reference') Object.assign(declaration, { pattern, fix: node.fix ?? NOT_BLANK_FIX });
  const minimum = stated(node.type === 'array' ? node.minItems : node.minimum);
  const maximum = stated(node.maximum);
  if (minimum !== undefined) declaration.minimum = minimum;
  if (maximum !== undefined) declaration.maximum = maximum;
  const group = node.type === 'array' ? node.items : node;
  if (group?.anyOf) declaration.variants = group.anyOf.map((variant, i) => declarationsOf(variant, `${path}[${i}]`));
  else if (group?.properties) declaration.fields = declarationsOf(group, `${path}[]`);
  return declaration;
}

function declarationsOf(node: JsonNode, path: string): FieldDeclaration[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, child]) =>
    declarationOf(key, child, required.has(key), path ? `${path}.${key}` : key),
  );
}

const cache = new WeakMap<z.ZodObject, FieldDeclaration[]>();

/**
 * The declared fields of a content type's schema. "Required" is read as a person filling the
 * file sees it (zod's input side): a field with a default may be left out.
 */
export function declaredFields(schema: z.ZodObject): FieldDeclaration[] {
  let fields = cache.get(schema);
  if (!fields) {
    fields = declarationsOf(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as JsonNode, '');
    cache.set(schema, fields);
  }
  return fields;
}

/** One declared field by its key; a typo is an error, not an empty label. */
export function declaredField(schema: z.ZodObject, key: string): FieldDeclaration {
  const found = declaredFields(schema).find((field) => field.key === key);
  if (!found) throw new Error(`The schema has no field «${key}»`);
  return found;
}
