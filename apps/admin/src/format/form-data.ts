import { unwrap } from '@stazhirovka/schema';
import { z } from 'zod';
import { VARIANT_KEY, variantName } from '../config/schema-fields.ts';

/**
 * Between a file's frontmatter and Decap's form data. The form adds things the file must not
 * hold (empty strings for cleared fields, empty lists, the variant tag of union items) and
 * loses the key order; these functions walk data alongside the schema to undo that.
 */

type Plain = unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The alternative of a union an item belongs to: by its tag in the form, else by its keys. */
function alternativeOf(union: z.ZodUnion, item: Record<string, unknown>): z.ZodObject | undefined {
  const objects = (union.options as z.ZodType[]).map((o) => unwrap(o)).filter((o) => o instanceof z.ZodObject);
  const tag = item[VARIANT_KEY];
  return (
    objects.find((o) => variantName(Object.keys(o.shape)) === tag) ??
    objects.find((o) => o.safeParse(item).success) ??
    objects.find((o) => Object.keys(item).some((key) => key !== VARIANT_KEY && key in o.shape))
  );
}

/** Adds the variant tag Decap's list «types» need to show union items (on loading). */
export function tagVariants(schema: z.ZodType, data: Plain): Plain {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray && Array.isArray(data)) return data.map((item) => tagVariants(inner.element as z.ZodType, item));
  if (inner instanceof z.ZodUnion && isRecord(data)) {
    const alternative = alternativeOf(inner, data);
    return alternative ? { [VARIANT_KEY]: variantName(Object.keys(alternative.shape)), ...(tagVariants(alternative, data) as object) } : data;
  }
  if (inner instanceof z.ZodObject && isRecord(data)) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => {
      const child = inner.shape[key] as z.ZodType | undefined;
      return [key, child ? tagVariants(child, value) : value];
    }));
  }
  return data;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' ||
  (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);

/**
 * Form data back to frontmatter data: keys in the schema's order, variant tags removed, and
 * every empty value (a cleared optional field) left out, since the schema reads «absent» where
 * the form holds "" or []. Keys the schema does not know are kept at the end, so `validate`
 * can name them instead of this silently dropping them.
 */
export function toFrontmatterData(schema: z.ZodType, data: Plain): Plain {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray && Array.isArray(data)) {
    return data.map((item) => toFrontmatterData(inner.element as z.ZodType, item)).filter((item) => !isEmpty(item));
  }
  if (inner instanceof z.ZodUnion && isRecord(data)) {
    const alternative = alternativeOf(inner, data);
    const { [VARIANT_KEY]: _tag, ...rest } = data;
    return alternative ? toFrontmatterData(alternative, rest) : rest;
  }
  if (inner instanceof z.ZodObject && isRecord(data)) {
    const known = Object.keys(inner.shape).filter((key) => key in data);
    const unknown = Object.keys(data).filter((key) => !(key in inner.shape));
    const entries = [...known, ...unknown]
      .map((key) => {
        const child = inner.shape[key] as z.ZodType | undefined;
        return [key, child ? toFrontmatterData(child, data[key]) : data[key]] as const;
      })
      .filter(([, value]) => !isEmpty(value));
    return Object.fromEntries(entries);
  }
  return data;
}

/** Deep equality of plain data (JSON-like), key order ignored. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (isRecord(a) || isRecord(b)) {
    if (!isRecord(a) || !isRecord(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameData(a[key], b[key]));
  }
  return a === b;
}
