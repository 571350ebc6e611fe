import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTION_NAMES } from '@stazhirovka/schema';
import { type AnyEntry, loadSiteData } from '../../lib/content.ts';
import { summaryOf } from '../../lib/describe.ts';
import { atomFeed, FEED_NAMES, type FeedName } from '../../lib/seo/feeds.ts';

/** `/feeds/all.xml` and one Atom feed per dated section (lib/seo/feeds.ts). */
export const getStaticPaths = (() => FEED_NAMES.map((feed) => ({ params: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadSiteData();
  const entries = COLLECTION_NAMES.flatMap((name) => data[name] as AnyEntry[]).map((entry) => ({ collection: entry.collection, id: entry.id, data: entry.data, summary: summaryOf(entry, data) }));
  const xml = atomFeed(params.feed as FeedName, entries, String(site));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
