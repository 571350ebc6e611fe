import {
  type CollectionName, COLLECTIONS, declaredFields, formatDateShort, PARTIAL_DATE_PATTERN, type Regulation, regulationStatus,
  type Site, SITE_STATUS_LABELS, siteStatus, STATUS_LABELS, todayIso,
} from '@stazhirovka/schema';

/**
 * What an entry list and a relation picker show beside an entry's title: the facts its collection
 * declares (`summary` in collection-names.ts), shown the way the site words them, and the
 * status of documents and sites. Read from the form data of a file as it is, so a half-filled
 * entry shows what it has.
 */

/** Form-data keys the admin adds when reading a file and drops when writing it (main.ts). */
export const SUMMARY_KEY = '_summary';

type Data = Record<string, unknown>;

const present = (value: unknown) => value !== undefined && value !== null && String(value).trim() !== '';

function shown(collection: CollectionName, key: string, value: unknown): string {
  const field = declaredFields(COLLECTIONS[collection].schema).find((f) => f.key === key);
  if (field?.kind === 'choice') return field.options?.[String(value)] ?? String(value);
  if (field?.kind === 'partial-date' && PARTIAL_DATE_PATTERN.test(String(value))) return formatDateShort(String(value));
  return String(value).trim();
}

function statusOf(collection: CollectionName, data: Data, today: string): string | undefined {
  try {
    if (collection === 'regulations') return STATUS_LABELS[regulationStatus(data as Regulation, today)];
    if (collection === 'sites') return SITE_STATUS_LABELS[siteStatus(data as Site, today)];
  } catch {
    return undefined; // a date the form has not finished: no status rather than a wrong one
  }
  return undefined;
}

/** The facts of one entry, in the declared order: «Приказ», «№ 364-р», «от 14.05.2021», …, «Действует». */
export function entryFacts(collection: CollectionName, data: Data, today: string): string[] {
  const facts = COLLECTIONS[collection].summary.flatMap((template) => {
    const key = /\{(\w+)\}/.exec(template)?.[1] ?? '';
    return present(data[key]) ? [template.replace(`{${key}}`, shown(collection, key, data[key]))] : [];
  });
  const status = statusOf(collection, data, today);
  return status ? [...facts, status] : facts;
}

/** One line: the title, then the facts. */
export function entrySummary(collection: CollectionName, data: Data, today: string): string {
  const title = present(data.title) ? String(data.title).trim() : 'Без названия';
  const facts = entryFacts(collection, data, today);
  return facts.length > 0 ? `${title} — ${facts.join(', ')}` : title;
}

/** Form data with its summary line, for Decap's entry list (`summary: '{{_summary}}'`). */
export function withSummary(collection: CollectionName, data: Data): Data {
  return { ...data, [SUMMARY_KEY]: entrySummary(collection, data, todayIso()) };
}

/** Fields the list can be sorted by: the title and the declared facts that are plain values. */
export function sortableFields(collection: CollectionName): string[] {
  const keys = COLLECTIONS[collection].summary.map((template) => /\{(\w+)\}/.exec(template)?.[1] ?? '');
  const plain = new Set(['text', 'partial-date', 'number', 'choice']);
  const fields = declaredFields(COLLECTIONS[collection].schema);
  return ['title', ...keys.filter((key) => plain.has(fields.find((f) => f.key === key)?.kind ?? ''))];
}
