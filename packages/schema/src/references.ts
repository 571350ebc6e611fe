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
  const { ref, inner, holdsRefs } = walkOf(schema);
  if (!holdsRefs) return [];
  if (ref && typeof data === 'string') return [{ path, collection: ref, slug: data }];
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

/** What findReferences needs of a schema node. */
interface Walk {
  ref?: CollectionName;
  inner: z.ZodType;
  /** Whether a `ref()` field is at or below this node: most fields hold none and are skipped. */
  holdsRefs: boolean;
}

const walks = new WeakMap<z.ZodType, Walk>();

/**
 * Worked out once per schema node: the walk runs over every entry (10 000 at a time in a build, and
 * again after each save in dev), and looking up metadata for every field of each was most of it.
 */
function walkOf(schema: z.ZodType): Walk {
  const known = walks.get(schema);
  if (known) return known;
  const walk: Walk = { ref: metaOf(schema)?.ref, inner: unwrap(schema), holdsRefs: false };
  walks.set(schema, walk);
  walk.holdsRefs = Boolean(walk.ref) || childrenOf(walk.inner).some((child) => walkOf(child).holdsRefs);
  return walk;
}

function childrenOf(inner: z.ZodType): z.ZodType[] {
  if (inner instanceof z.ZodArray) return [inner.element as z.ZodType];
  if (inner instanceof z.ZodObject) return Object.values(inner.shape) as z.ZodType[];
  if (inner instanceof z.ZodUnion) return inner.options as z.ZodType[];
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

/** A reference to the entry itself: a document related to, approved or repealed by itself. */
export function selfReferences(entries: EntryRef[]): ContentProblem[] {
  return entries.flatMap((entry) => {
    const schema = COLLECTIONS[entry.collection].schema;
    return findReferences(schema, entry.data)
      .filter((found) => found.collection === entry.collection && found.slug === entry.slug)
      .map((found) => ({
        file: entry.file,
        path: pathToString(found.path),
        label: labelsAlong(schema, found.path).join(' → '),
        message: `«${found.slug}» — это сама запись: запись не может ссылаться на себя; укажите другую запись или удалите ссылку.`,
        severity: 'error' as const,
      }));
  });
}

/**
 * Reference fields that point upwards in a hierarchy, where a cycle makes no sense: whom a
 * position reports to, which site a site belongs to. (`related` is mutual by nature and not here.)
 */
export const HIERARCHIES = [
  { collection: 'instructions', field: 'reportsTo', cycle: 'круг подчинения', fix: 'сотрудник не может подчиняться своему же подчинённому' },
  { collection: 'sites', field: 'parent', cycle: 'круг вложенности площадок', fix: 'площадка не может входить в свою же часть' },
] as const satisfies readonly { collection: CollectionName; field: string; cycle: string; fix: string }[];

interface Edge {
  to: string;
  path: (string | number)[];
}

/** Cycles in each hierarchy, each reported once, on its alphabetically first entry, with the path. */
export function hierarchyCycles(entries: EntryRef[]): ContentProblem[] {
  return HIERARCHIES.flatMap((hierarchy) => {
    const members = entries.filter((entry) => entry.collection === hierarchy.collection);
    const bySlug = new Map(members.map((entry) => [entry.slug, entry]));
    const schema = COLLECTIONS[hierarchy.collection].schema;
    const edges = new Map(members.map((entry) => [
      entry.slug,
      findReferences(schema, entry.data)
        .filter((found) => found.path[0] === hierarchy.field && found.slug !== entry.slug && bySlug.has(found.slug))
        .map((found): Edge => ({ to: found.slug, path: found.path })),
    ]));
    return findCycles(edges).flatMap((cycle) => {
      const entry = bySlug.get(cycle[0]);
      const edge = edges.get(cycle[0])?.find((e) => e.to === cycle[1]);
      if (!entry || !edge) return [];
      return {
        file: entry.file,
        path: pathToString(edge.path),
        label: labelsAlong(schema, edge.path).join(' → '),
        message: `${hierarchy.cycle}: ${[...cycle, cycle[0]].join(' → ')}; ${hierarchy.fix} — уберите одну из ссылок.`,
        severity: 'error' as const,
      };
    });
  });
}

/**
 * Every elementary cycle found by a depth-first search, rotated to start at its smallest slug and
 * reported once. Iterative, so a long chain cannot overflow the stack.
 */
function findCycles(edges: Map<string, Edge[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const found = new Map<string, string[]>();
  for (const start of [...edges.keys()].sort()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const next: number[] = [0];
    state.set(start, 'open');
    while (path.length > 0) {
      const node = path[path.length - 1];
      const out = edges.get(node) ?? [];
      const i = next[next.length - 1]++;
      if (i >= out.length) {
        state.set(node, 'done');
        path.pop();
        next.pop();
        continue;
      }
      const to = out[i].to;
      if (state.get(to) === 'open') {
        const cycle = rotate(path.slice(path.indexOf(to)));
        found.set(cycle.join(' '), cycle);
      } else if (!state.has(to)) {
        state.set(to, 'open');
        path.push(to);
        next.push(0);
      }
    }
  }
  return [...found.values()];
}

function rotate(cycle: string[]): string[] {
  const first = cycle.indexOf([...cycle].sort()[0]);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}
