import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { COLLECTIONS } from './collections.ts';
import type { ContentProblem } from './errors.ts';
import { labelsAlong, pathToString } from './errors.ts';
import { type CollectionName, metaOf, unwrap } from './fields.ts';

/** A slug reference found in an entry's data. */
export interface FoundReference {
  path: (string | number)[];
  collection: CollectionName;
  slug: string;
}

/** Walks data alongside its schema and yields every value of a `ref()` field. */
export function findReferences(schema: z.ZodType, data: unknown, path: (string | number)[] = []): FoundReference[] {
  const target = metaOf(schema)?.ref;
  if (target && typeof data === 'string') return [{ path, collection: target, slug: data }];
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray && Array.isArray(data)) {
    return data.flatMap((item, i) => findReferences(inner.element as z.ZodType, item, [...path, i]));
  }
  if (inner instanceof z.ZodObject && isRecord(data)) {
    return Object.entries(inner.shape).flatMap(([key, child]) =>
      key in data ? findReferences(child as z.ZodType, data[key], [...path, key]) : [],
    );
  }
  if (inner instanceof z.ZodUnion) {
    const option = (inner.options as z.ZodType[]).find((o) => o.safeParse(data).success);
    return option ? findReferences(option, data, path) : [];
  }
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entry as the checks see it: where it lives and its parsed frontmatter. */
export interface EntryRef {
  collection: CollectionName;
  slug: string;
  file: string;
  data: unknown;
}

/** Every reference must name an existing entry of the right collection. */
export function checkReferences(entries: EntryRef[]): ContentProblem[] {
  const known = new Map<CollectionName, Set<string>>();
  for (const entry of entries) {
    const slugs = known.get(entry.collection) ?? new Set<string>();
    known.set(entry.collection, slugs.add(entry.slug));
  }
  return entries.flatMap((entry) => {
    const schema = COLLECTIONS[entry.collection].schema;
    return findReferences(schema, entry.data)
      .filter((found) => !known.get(found.collection)?.has(found.slug))
      .map((found) => {
        const candidates = [...(known.get(found.collection) ?? [])].filter((slug) => slug !== entry.slug);
        return unknownReference(entry, schema, found, candidates);
      });
  });
}

function unknownReference(entry: EntryRef, schema: z.ZodType, found: FoundReference, slugs: string[]): ContentProblem {
  const section = COLLECTIONS[found.collection].label;
  // Suggest near misses (typos) first; otherwise show what exists so the fix is one copy away.
  const tolerance = Math.max(2, Math.floor(found.slug.length / 3));
  const closest = slugs
    .map((slug) => ({ slug, d: distance(slug, found.slug) }))
    .filter((c) => c.d <= tolerance)
    .sort((a, b) => a.d - b.d)
    .map((c) => c.slug);
  const suggestion = closest.length
    ? ` Возможно, имелось в виду: ${closest.slice(0, 3).join(', ')}.`
    : slugs.length ? ` Есть: ${slugs.slice(0, 5).join(', ')}${slugs.length > 5 ? '…' : ''}.` : '';
  return {
    file: entry.file,
    path: pathToString(found.path),
    label: labelsAlong(schema, found.path).join(' → '),
    message:
      `«${found.slug}» — такой записи нет в разделе «${section}» (content/${found.collection}/); ` +
      `укажите slug существующей записи или создайте её.${suggestion}`,
    severity: 'error',
  };
}
