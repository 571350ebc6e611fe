import {
  COLLECTIONS,
  type CollectionName,
  entryUrl,
  type EntryView,
  excludesExamples,
  findReferences,
  isExample,
  labelsAlong,
  linkTextOf,
  offeringDays,
  offeringStatus,
  presentEntry,
  regulationStatus,
  type Resolver,
  siteStatus,
  statusBadge,
  todayIso,
} from '@stazhirovka/schema';
import { type CollectionEntry, getCollection } from 'astro:content';
import { savedEntries } from '../integrations/saved-entries.ts';

export type AnyEntry = CollectionEntry<CollectionName>;

/** A link from one entry to another, with the field it came through (for «На этот документ ссылаются»). */
export interface Backlink {
  from: AnyEntry;
  /** Russian label of the referring field, e.g. «Подчиняется». */
  via: string;
  /** Every place in the referring entry's data that points here, e.g. `['reportsTo', 0]`. */
  paths: (string | number)[][];
}

export interface SiteData {
  today: string;
  regulations: CollectionEntry<'regulations'>[];
  instructions: CollectionEntry<'instructions'>[];
  sites: CollectionEntry<'sites'>[];
  programs: CollectionEntry<'programs'>[];
  offerings: CollectionEntry<'offerings'>[];
  practices: CollectionEntry<'practices'>[];
  byKey: Map<string, AnyEntry>;
  backlinks: Map<string, Backlink[]>;
}

export const keyOf = (collection: CollectionName, id: string) => `${collection}/${id}`;
export const urlOf = entryUrl;

/**
 * Sample entries (`example: true`, any collection) are left out of everything a build with
 * `SITE_EXCLUDE_EXAMPLES=1` makes: pages, lists, search, feeds and the sitemap all come from here.
 */
const keep = (entry: { data: unknown }) => !excludesExamples(process.env) || !isExample(entry.data);

const byTitle = (a: AnyEntry, b: AnyEntry) => a.data.title.localeCompare(b.data.title, 'ru');

/**
 * A collection as Astro's store holds it, with the files saved while the dev server runs
 * (integrations/saved-entries.ts) in place of their stored versions.
 */
async function entriesOf<C extends CollectionName>(collection: C, saved: SavedEntries): Promise<CollectionEntry<C>[]> {
  const stored = await getCollection(collection);
  const ofCollection = saved.get(collection);
  if (!ofCollection) return stored.filter(keep);
  const newer = [...ofCollection.values()].flatMap((entry) => (entry ? [{ ...entry, collection } as CollectionEntry<C>] : []));
  return [...stored.filter((entry) => !ofCollection.has(entry.id)), ...newer].filter(keep);
}

type SavedEntries = ReturnType<typeof savedEntries>['entries'];

async function load(saved: SavedEntries): Promise<SiteData> {
  const [regulations, instructions, sites, programs, offerings, practices] = await Promise.all([
    entriesOf('regulations', saved),
    entriesOf('instructions', saved),
    entriesOf('sites', saved),
    entriesOf('programs', saved),
    entriesOf('offerings', saved),
    entriesOf('practices', saved),
  ]);
  instructions.sort((a, b) => (a.data.order ?? 999) - (b.data.order ?? 999) || byTitle(a, b));
  for (const list of [regulations, sites, programs, practices] as AnyEntry[][]) list.sort(byTitle);
  // Offerings in the order of their dates, the way a calendar reads.
  offerings.sort((a, b) => offeringDays(a.data).first.localeCompare(offeringDays(b.data).first) || byTitle(a, b));
  const all: AnyEntry[] = [...regulations, ...instructions, ...sites, ...programs, ...offerings, ...practices];
  const byKey = new Map(all.map((entry) => [keyOf(entry.collection, entry.id), entry]));
  return {
    today: todayIso(process.env),
    regulations, instructions, sites, programs, offerings, practices,
    byKey,
    backlinks: collectBacklinks(all),
  };
}

/** Inverts every schema reference, so each target page can list who points at it. */
function collectBacklinks(entries: AnyEntry[]): Map<string, Backlink[]> {
  const backlinks = new Map<string, Backlink[]>();
  for (const entry of entries) {
    const schema = COLLECTIONS[entry.collection].schema;
    for (const found of findReferences(schema, entry.data)) {
      const key = keyOf(found.collection, found.slug);
      const via = labelsAlong(schema, found.path).filter((l) => !l.startsWith('№')).join(' → ');
      const list = backlinks.get(key) ?? [];
      const known = list.find((b) => b.from === entry);
      if (known) known.paths.push(found.path);
      else list.push({ from: entry, via, paths: [found.path] });
      backlinks.set(key, list);
    }
  }
  return backlinks;
}

let cached: { version: number; data: Promise<SiteData> } | undefined;

/**
 * All content, loaded once per build and shared by every page (not per component); in dev,
 * again after each saved file (see entriesOf).
 */
export function loadSiteData(): Promise<SiteData> {
  const { version, entries } = savedEntries();
  if (cached?.version !== version) cached = { version, data: load(entries) };
  return cached.data;
}

const derived = new WeakMap<SiteData, Map<string, unknown>>();

/**
 * A value derived from the whole site (a map over a collection, an org chart of a network),
 * computed once per build however many pages ask for it: per-page work over whole collections
 * would make rendering 10 000 pages quadratic. `key` names the value and what it depends on.
 */
export function once<T>(data: SiteData, key: string, compute: () => T): T {
  let values = derived.get(data);
  if (!values) derived.set(data, (values = new Map()));
  if (!values.has(key)) values.set(key, compute());
  return values.get(key) as T;
}

/** Finds a referenced entry; validation guarantees it exists. */
export function resolve<C extends CollectionName>(data: SiteData, collection: C, slug: string): CollectionEntry<C> {
  const entry = data.byKey.get(keyOf(collection, slug));
  if (!entry) throw new Error(`Unknown reference ${collection}/${slug} (validate should have caught it)`);
  return entry as CollectionEntry<C>;
}

export function statusOf(entry: AnyEntry, today: string) {
  if (entry.collection === 'regulations') return { kind: 'document' as const, value: regulationStatus(entry.data, today) };
  if (entry.collection === 'sites') return { kind: 'site' as const, value: siteStatus(entry.data, today) };
  if (entry.collection === 'offerings') return { kind: 'offering' as const, value: offeringStatus(entry.data, today) };
  return undefined;
}

/** Referenced entries as the presentation links them: title (or position), page, status. */
export function resolverOf(data: SiteData): Resolver {
  return (collection, slug) => {
    const entry = data.byKey.get(keyOf(collection, slug));
    if (!entry) return undefined;
    return { text: linkTextOf(collection, entry.data), url: urlOf(collection, slug), status: statusBadge(collection, entry.data, data.today) };
  };
}

/** What a reader sees of an entry besides its body: rows, sections, status (see the schema's presentEntry). */
export function viewOf(entry: AnyEntry, data: SiteData): EntryView {
  const referrers = (data.backlinks.get(keyOf(entry.collection, entry.id)) ?? []).flatMap(({ from, paths }) =>
    paths.map((path) => ({ collection: from.collection, slug: from.id, path })),
  );
  return presentEntry(entry.collection, entry.data, { resolve: resolverOf(data), today: data.today, referrers });
}
