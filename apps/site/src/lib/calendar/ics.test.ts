import { OfferingSchema } from '@stazhirovka/schema';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarItem } from './calendar-items.ts';
import { icsOf, localToInstant } from './ics.ts';

const offering = (title: string, sessions: [string, string][]) =>
  OfferingSchema.parse({ title, kind: 'webinar', site: 's', format: 'distance', sessions: sessions.map(([start, end]) => ({ start, end })), signup: { email: 'zapis@example.org' } });

const items = [
  calendarItem('tomsk-webinar', offering('Вебинар', [['2027-01-20 15:00', '2027-01-20 16:30'], ['2027-01-27 15:00', '2027-01-27 16:30']]), { slug: 't', title: 'ТОИПКРО', region: 'Томская область' }, '2026-12-01'),
  calendarItem('kaliningrad-seminar', offering('Семинар с очень длинным названием, чтобы строку пришлось переносить по правилам RFC 5545', [['2026-12-15 10:00', '2026-12-15 12:00']]), { slug: 'k', title: 'Площадка', region: 'Калининградская область' }, '2026-12-01'),
  calendarItem('moscow', offering('Москва', [['2026-12-15 10:00', '2026-12-15 12:00']]), { slug: 'm', title: 'Площадка', region: 'г. Москва' }, '2026-12-01'),
];

/** Parsed by ical.js (Mozilla's), not by the library that wrote the file. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), url: vevent.getFirstPropertyValue('url') };
  });
}

describe('.ics files', () => {
  const text = icsOf(items, { origin: 'https://stazhirovka.example', name: 'Мероприятия' });

  it('puts local times of each region at the right instant (Tomsk UTC+7, Kaliningrad UTC+2, Moscow UTC+3)', () => {
    expect(parse(text).map((e) => [e.uid, e.start, e.end])).toEqual([
      ['tomsk-webinar-1@stazhirovka.example', '2027-01-20T08:00:00.000Z', '2027-01-20T09:30:00.000Z'],
      ['tomsk-webinar-2@stazhirovka.example', '2027-01-27T08:00:00.000Z', '2027-01-27T09:30:00.000Z'],
      ['kaliningrad-seminar-1@stazhirovka.example', '2026-12-15T08:00:00.000Z', '2026-12-15T10:00:00.000Z'],
      ['moscow-1@stazhirovka.example', '2026-12-15T07:00:00.000Z', '2026-12-15T09:00:00.000Z'],
    ]);
  });

  it('names each session and links the offering page; the same content gives the same file', () => {
    const events = parse(text);
    expect(events[0].summary).toBe('Вебинар (1 из 2)');
    expect(events[2].summary).toBe('Семинар с очень длинным названием, чтобы строку пришлось переносить по правилам RFC 5545');
    expect(events[0].url).toBe('https://stazhirovka.example/offerings/tomsk-webinar/');
    expect(icsOf(items, { origin: 'https://stazhirovka.example', name: 'Мероприятия' })).toBe(text);
  });

  it('is valid RFC 5545 text: CRLF line ends, lines folded at 75 octets, one VCALENDAR with VERSION and PRODID', () => {
    const lines = text.split('\r\n');
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(4);
  });

  it('converts a local time in a zone to an instant', () => {
    expect(localToInstant('2026-12-15 10:00', 'Asia/Omsk').toISOString()).toBe('2026-12-15T04:00:00.000Z');
    expect(localToInstant('2026-12-15 10:00', 'Asia/Kamchatka').toISOString()).toBe('2026-12-14T22:00:00.000Z');
  });
});
