import type { z } from 'zod';
import type { CollectionName } from './collection-names.ts';
import { COLLECTIONS } from './collections.ts';
import { declaredField, type FieldDeclaration } from './declaration.ts';
import { STATUS_LABEL } from './presentation/rows.ts';
import { STATUS_LABELS } from './regulation.ts';
import { toSlug } from './slug.ts';
import { regulationStatus, SITE_STATUS_LABELS, siteStatus } from './status.ts';

/**
 * Facets: the ways a reader narrows a collection's index («Статус», «Регион», «Формат»…), with a
 * count per value and a static page per value. A collection gets them by one line in
 * `COLLECTION_FACETS`; each name there is a field of its schema (a choice, a line of text, lines,
 * a reference, a number), a field of the entry it references (`site.region`: the region of the
 * entry's site), or a value computed from the entry (`status`). Labels and option labels come from
 * the field declarations, so a facet never restates a label.
 */
export const COLLECTION_FACETS: Record<CollectionName, readonly string[]> = {
  regulations: ['status', 'kind', 'level', 'region'],
  instructions: ['site', 'unit', 'site.region'],
  sites: ['status', 'kind', 'level', 'region', 'format', 'theme', 'audience'],
  // A site's own page lists its programs and practices; a `site` facet here would add a page per site.
  programs: ['format', 'audience', 'site.region', 'site.level'],
  offerings: ['kind', 'format', 'site.region'],
  practices: ['evidence', 'site.region', 'site.level', 'year'],
};

/** What a facet needs to read beyond the entry itself. */
export interface FacetContext {
  /** `YYYY-MM-DD`: statuses computed from dates depend on it. */
  today: string;
  /** The data of a referenced entry, or undefined if there is none. */
  lookup: (collection: CollectionName, slug: string) => Record<string, unknown> | undefined;
}

/** One value of a facet as an entry has it. */
export interface FacetValue {
  /** The URL segment: Latin, lowercase, hyphens (the schema's slug rules). */
  slug: string;
  /** What the reader sees. */
  label: string;
  /** Position among the values; values without one are sorted by label. */
  rank?: number;
}

export interface Facet {
  /** The name in `COLLECTION_FACETS`, e.g. `site.region`. */
  name: string;
  /** The URL segment, e.g. `region`: `/<collection>/<segment>/<value>/`. */
  segment: string;
  /** Russian label of the facet: the field's label. */
  label: string;
  /** Values sort by rank (choices, statuses), newest first (numbers) or by label (text). */
  order: 'rank' | 'descending' | 'label';
  /** The values of one entry: none, one, or several (lines, references). */
  valuesOf: (data: Record<string, unknown>, ctx: FacetContext) => FacetValue[];
}

/** Values computed from an entry rather than read from one field. */
type ComputedFacet = Omit<Facet, 'name' | 'segment'>;

/** Slugs of labels, remembered: a facet reads the same few labels from thousands of entries, and transliteration is the costly part. */
const slugs = new Map<string, string>();
function slugOf(label: string): string {
  let slug = slugs.get(label);
  if (slug === undefined) {
    slug = toSlug(label);
    slugs.set(label, slug);
  }
  return slug;
}

const ranked = (labels: Record<string, string>) => {
  const keys = Object.keys(labels);
  return (key: string): FacetValue => ({ slug: slugOf(labels[key]), label: labels[key], rank: keys.indexOf(key) });
};

/** Statuses in the order a reader wants them first: what applies today. */
const DOCUMENT_STATUS_ORDER = ['active', 'not-yet', 'expired', 'repealed', 'draft'] as const;
const SITE_STATUS_ORDER = ['active', 'planned', 'finished', 'unknown'] as const;

/** A «Статус» facet computed for the build's «today», its values ranked in `order`. */
function statusFacet<S extends string>(statusOf: (data: never, today: string) => S, labels: Record<S, string>, order: readonly S[]): ComputedFacet {
  return {
    label: STATUS_LABEL,
    order: 'rank',
    valuesOf: (data, ctx) => {
      const status = statusOf(data as never, ctx.today);
      return [{ ...ranked(labels)(status), rank: order.indexOf(status) }];
    },
  };
}

const COMPUTED: Partial<Record<CollectionName, Record<string, ComputedFacet>>> = {
  regulations: { status: statusFacet(regulationStatus, STATUS_LABELS, DOCUMENT_STATUS_ORDER) },
  sites: { status: statusFacet(siteStatus, SITE_STATUS_LABELS, SITE_STATUS_ORDER) },
};

/** The values of one declared field, as facet values. */
function fieldValues(field: FieldDeclaration, value: unknown, ctx: FacetContext): FacetValue[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  switch (field.kind) {
    case 'choice':
      return items.map((item) => ranked(field.options ?? {})(String(item)));
    case 'reference':
    case 'references': {
      // A referenced entry keeps its own slug (already Latin) and is named by its title.
      const target = field.collection;
      return items.map((slug) => ({ slug: String(slug), label: String((target && ctx.lookup(target, String(slug))?.title) ?? slug) }));
    }
    case 'text':
    case 'lines':
    case 'number':
      return items.map((item) => ({ slug: slugOf(String(item)), label: String(item) }));
    default:
      throw new Error(`A field of kind «${field.kind}» («${field.label}») cannot be a facet`);
  }
}

const ORDER_OF_KIND: Partial<Record<FieldDeclaration['kind'], Facet['order']>> = { choice: 'rank', number: 'descending' };

/** A facet on a field of the collection, or on a field of the entry a reference points to. */
function fieldFacet(collection: CollectionName, name: string): Facet {
  const [first, second] = name.split('.');
  const schema: z.ZodObject = COLLECTIONS[collection].schema;
  const own = declaredField(schema, first);
  if (!second) {
    return {
      name,
      segment: first,
      label: own.label,
      order: ORDER_OF_KIND[own.kind] ?? 'label',
      valuesOf: (data, ctx) => fieldValues(own, data[first], ctx),
    };
  }
  if (own.kind !== 'reference' || !own.collection) throw new Error(`Facet «${name}»: «${first}» is not a reference to another entry`);
  const target = own.collection;
  const field = declaredField(COLLECTIONS[target].schema, second);
  return {
    name,
    segment: second,
    label: field.label,
    order: ORDER_OF_KIND[field.kind] ?? 'label',
    valuesOf: (data, ctx) => {
      const referenced = typeof data[first] === 'string' ? ctx.lookup(target, data[first]) : undefined;
      return referenced ? fieldValues(field, referenced[second], ctx) : [];
    },
  };
}

/** The facets of a collection, in the order its index shows them. */
export function facetsOf(collection: CollectionName, names: readonly string[] = COLLECTION_FACETS[collection]): Facet[] {
  const facets = names.map((name): Facet => {
    const computed = COMPUTED[collection]?.[name];
    return computed ? { ...computed, name, segment: name } : fieldFacet(collection, name);
  });
  const segments = facets.map((facet) => facet.segment);
  const twice = segments.find((segment, i) => segments.indexOf(segment) !== i);
  if (twice) throw new Error(`Two facets of ${collection} share the address segment «${twice}»`);
  return facets;
}

/** Sorts a facet's values the way its order says; ties by label. */
export function compareFacetValues(order: Facet['order']): (a: FacetValue, b: FacetValue) => number {
  const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label, 'ru');
  if (order === 'rank') return (a, b) => (a.rank ?? 0) - (b.rank ?? 0) || byLabel(a, b);
  if (order === 'descending') return (a, b) => b.label.localeCompare(a.label, 'ru', { numeric: true });
  return byLabel;
}
