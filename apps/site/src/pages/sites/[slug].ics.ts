import type { APIRoute, GetStaticPaths } from 'astro';
import { icsOf } from '../../lib/calendar/ics.ts';
import { calendarItemsOf, siteOrigin } from '../../lib/calendar/site-calendar.ts';
import { loadSiteData } from '../../lib/content.ts';

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  return data.sites.map((entry) => ({ params: { slug: entry.id }, props: { title: entry.data.title } }));
}) satisfies GetStaticPaths;

/** A site's offerings as a calendar to subscribe to. */
export const GET: APIRoute = async ({ params, props, site }) => {
  const data = await loadSiteData();
  const items = calendarItemsOf(data).filter((item) => item.site.slug === params.slug);
  const body = icsOf(items, { origin: siteOrigin(site), name: `Мероприятия: ${(props as { title: string }).title}` });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
