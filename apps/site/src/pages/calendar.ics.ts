import type { APIRoute } from 'astro';
import { icsOf } from '../lib/calendar/ics.ts';
import { calendarItemsOf, siteOrigin } from '../lib/calendar/site-calendar.ts';
import { loadSiteData } from '../lib/content.ts';

/** Every offering, past ones too: a subscriber's calendar keeps what it already showed. */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  const body = icsOf(calendarItemsOf(data), { origin: siteOrigin(site), name: 'Стажировочные площадки: мероприятия' });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
