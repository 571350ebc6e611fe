import { type CollectionName, earliestDay } from '@stazhirovka/schema';

/**
 * What date puts an entry into a feed. The site has no record of when a file was edited (a
 * commit date is not the content's, and a copy of `content/` has none), so feeds follow the
 * entry's own date — the day it became what it is now:
 * - a document: the day it was repealed, if it was; otherwise adopted, approved or agreed;
 * - a job instruction: the day it was approved («УТВЕРЖДАЮ»), when the source says;
 * - a site or a program: the start of its period;
 * - an offering: the day of its first session (a teacher follows what is announced);
 * - a practice: the year it was described.
 * A partial date counts from its earliest day (`2021-??-14` → 2021-01-01); an entry without a date
 * is in its section's list and the sitemap but in no feed. A new collection adds one line here
 * to have a feed.
 */
type Data = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const at = (data: Data, key: string) => (typeof data[key] === 'object' && data[key] !== null ? (data[key] as Data) : {});

export const DATE_OF: Partial<Record<CollectionName, (data: Data) => string | undefined>> = {
  regulations: (d) => text(at(d, 'repealed').date) ?? text(d.adoptedAt) ?? text(at(d, 'approval').date) ?? text(at(d, 'agreement').date),
  instructions: (d) => text(at(d, 'approval').date),
  sites: (d) => text(at(d, 'period').from),
  programs: (d) => text(at(d, 'period').from),
  offerings: (d) => text((Array.isArray(d.sessions) ? (d.sessions[0] as Data | undefined) : undefined)?.start)?.slice(0, 10),
  practices: (d) => (typeof d.year === 'number' ? String(d.year) : undefined),
};

/** The entry's date as `YYYY-MM-DD`, or undefined when it has none. */
export function entryDate(collection: CollectionName, data: unknown): string | undefined {
  const date = DATE_OF[collection]?.((data ?? {}) as Data);
  return date ? earliestDay(date) : undefined;
}

/** Collections that have feeds: those whose entries have a date. */
export const FEED_COLLECTIONS = Object.keys(DATE_OF) as CollectionName[];
