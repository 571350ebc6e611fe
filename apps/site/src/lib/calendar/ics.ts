import { fieldLabel, OFFERING_KINDS } from '@stazhirovka/schema';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { CalendarItem } from './calendar-items.ts';

/** Moscow time where the region is unknown: the zone most documents mean. */
const FALLBACK_ZONE = 'Europe/Moscow';

/** The offset of a time zone at an instant, in minutes east of UTC (Intl knows every Russian zone). */
function offsetMinutes(timeZone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/**
 * A local «ГГГГ-ММ-ДД ЧЧ:ММ» in a time zone as an instant. Written out in UTC in the `.ics`
 * (RFC 5545 form 2, `…Z`), so no VTIMEZONE block is needed and every client agrees.
 */
export function localToInstant(local: string, timeZone: string): Date {
  const [date, time] = local.split(' ');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  // Russian zones have had no daylight saving since 2014; the second pass still handles a zone that does.
  const first = naive - offsetMinutes(timeZone, new Date(naive)) * 60000;
  return new Date(naive - offsetMinutes(timeZone, new Date(first)) * 60000);
}

export interface IcsOptions {
  /** The site's address, for event links and stable UIDs: `https://example.org`. */
  origin: string;
  /** The calendar's name in the subscriber's list. */
  name: string;
}

/** One VEVENT per session; UID from the offering's slug and the session's number, so it never changes between builds. */
export function icsOf(items: readonly CalendarItem[], { origin, name }: IcsOptions): string {
  const host = new URL(origin).hostname;
  const calendar = ical({ name, prodId: { company: host, product: 'stazhirovka', language: 'RU' }, method: ICalCalendarMethod.PUBLISH });
  for (const item of items) {
    const zone = item.region?.timeZone ?? FALLBACK_ZONE;
    const url = new URL(`/offerings/${item.slug}/`, origin).href;
    const { offering } = item;
    // A sample says so in the calendar too, once.
    const mark = fieldLabel('offerings', 'example');
    const title = offering.example && !offering.title.startsWith(mark) ? `${mark}: ${offering.title}` : offering.title;
    const description = [
      OFFERING_KINDS[offering.kind],
      item.site.title,
      offering.signup.url && `Запись: ${offering.signup.url}`,
      offering.signup.email && `Почта: ${offering.signup.email}`,
      offering.signup.phone && `Телефон: ${offering.signup.phone}`,
      url,
    ].filter(Boolean).join('\n');
    offering.sessions.forEach((session, i) => {
      calendar.createEvent({
        id: `${item.slug}-${i + 1}@${host}`,
        start: localToInstant(session.start, zone),
        end: localToInstant(session.end, zone),
        summary: offering.sessions.length > 1 ? `${title} (${i + 1} из ${offering.sessions.length})` : title,
        description,
        location: offering.venue ?? item.regionName,
        url,
        // A fixed stamp: the same content gives the same file, build after build.
        stamp: new Date(Date.UTC(2026, 0, 1)),
      });
    });
  }
  return calendar.toString();
}
