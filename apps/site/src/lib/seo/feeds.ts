import { type CollectionName, COLLECTIONS, entryUrl, linkTextOf } from '@stazhirovka/schema';
import { Feed } from 'feed';
import { entryDate, FEED_COLLECTIONS } from './entry-dates.ts';

/**
 * Atom feeds: one per section that has dated entries, and `all` for every section. Entries are
 * ordered by their own date (entry-dates.ts says which); the feed's `updated` is its newest
 * entry's, not the build time, so rebuilding the same content gives the same file and a feed
 * reader sees nothing new.
 */

export const SITE_NAME = 'Стажировочные площадки';
export const ALL_FEED = 'all';
export type FeedName = CollectionName | typeof ALL_FEED;

/** Where a feed is published. */
export const feedPath = (name: FeedName) => `/feeds/${name}.xml`;

/** Feeds the site publishes, the all-sections one first. */
export const FEED_NAMES: readonly FeedName[] = [ALL_FEED, ...FEED_COLLECTIONS];

/** The title a feed is listed under (footer, `<link rel="alternate">`). */
export const feedTitle = (name: FeedName) => (name === ALL_FEED ? `${SITE_NAME}: все разделы` : `${SITE_NAME}: ${COLLECTIONS[name].label}`);

export interface FeedEntry {
  collection: CollectionName;
  id: string;
  data: unknown;
  /** One line under the title (the list's summary). */
  summary?: string;
}

/** Entries of a feed with their dates, newest first; undated ones left out. */
export function datedEntries(name: FeedName, entries: readonly FeedEntry[]) {
  return entries
    .filter((entry) => name === ALL_FEED || entry.collection === name)
    .flatMap((entry) => {
      const date = entryDate(entry.collection, entry.data);
      return date ? [{ ...entry, date }] : [];
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id));
}

/** A day as a moment: midnight in Moscow, where the documents' dates are given. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+03:00`);

/** The Atom XML of one feed. `site` is the site's absolute origin, e.g. `https://example.org`. */
export function atomFeed(name: FeedName, entries: readonly FeedEntry[], site: string): string {
  const absolute = (path: string) => new URL(path, site).href;
  const items = datedEntries(name, entries);
  const feed = new Feed({
    id: absolute(feedPath(name)),
    title: feedTitle(name),
    link: absolute(name === ALL_FEED ? '/' : `/${name}/`),
    language: 'ru',
    updated: items[0] ? dayStart(items[0].date) : new Date('2000-01-01T00:00:00Z'),
    feedLinks: { atom: absolute(feedPath(name)) },
    generator: SITE_NAME,
    copyright: 'Тексты документов опубликованы без изменений, как в источнике',
  });
  for (const item of items) {
    const url = absolute(entryUrl(item.collection, item.id));
    feed.addItem({
      id: url,
      link: url,
      title: linkTextOf(item.collection, item.data),
      date: dayStart(item.date),
      description: item.summary,
      category: [{ name: COLLECTIONS[item.collection].labelSingular }],
    });
  }
  return feed.atom1();
}
