import type { Region } from './region-grid.ts';

/** «время Омской области, UTC+6» — a reader knows the offset, not the IANA name. */
export function timeZoneText(region: Region, at = new Date(Date.UTC(2026, 0, 1))): string {
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: region.timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value.replace('GMT', 'UTC') ?? 'UTC';
  return `${region.name}, ${offset === 'UTC' ? 'UTC+0' : offset}`;
}
