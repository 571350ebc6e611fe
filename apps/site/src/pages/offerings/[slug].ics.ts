import type { APIRoute, GetStaticPaths } from 'astro';
import { icsOf } from '../../lib/calendar/ics.ts';
import { calendarItemsOf, siteOrigin } from '../../lib/calendar/site-calendar.ts';
import { loadSiteData } from '../../lib/content.ts';

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  return data.offerings.map((entry) => ({ params: { slug: entry.id } }));
}) satisfies GetStaticPaths;

/** One offering's sessions, for «Добавить в календарь». */
export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadSiteData();
  const items = calendarItemsOf(data).filter((item) => item.slug === params.slug);
  const body = icsOf(items, { origin: siteOrigin(site), name: items[0]?.offering.title ?? '' });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
