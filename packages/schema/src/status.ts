import { earliestDay, latestDay } from './dates.ts';
import type { Offering } from './offering.ts';
import type { Regulation } from './regulation.ts';
import type { Site } from './site.ts';

/** Legal status of a document on a given day. */
export type DocumentStatus = 'draft' | 'repealed' | 'expired' | 'not-yet' | 'active';

/** True while the status means the document can be relied on today. */
export const isInForce = (status: DocumentStatus) => status === 'active';

/** When a document stops applying: its own validity end, or else the end of the project it serves. */
export function validityEnd(regulation: Regulation): { date: string; source: 'validity' | 'project' } | undefined {
  if (regulation.validity?.to) return { date: regulation.validity.to, source: 'validity' };
  const project = regulation.project?.period.to;
  return project ? { date: project, source: 'project' } : undefined;
}

function startOf(regulation: Regulation): string | undefined {
  return regulation.validity?.from;
}

/**
 * Status from the document's own fields and dates. `today` is `YYYY-MM-DD` and injected so that
 * builds and tests are deterministic. A period end given as a month or year lasts to its last day.
 */
export function regulationStatus(regulation: Regulation, today: string): DocumentStatus {
  if (regulation.draft) return 'draft';
  if (regulation.repealed && earliestDay(regulation.repealed.date) <= today) return 'repealed';
  const end = validityEnd(regulation);
  if (end && latestDay(end.date) < today) return 'expired';
  const start = startOf(regulation);
  if (start && earliestDay(start) > today) return 'not-yet';
  return 'active';
}

/** Whether a site is working, has finished, or has not started yet. */
export type SiteStatus = 'active' | 'finished' | 'planned' | 'unknown';

export const SITE_STATUS_LABELS: Record<SiteStatus, string> = {
  active: 'Работает',
  finished: 'Работа завершена',
  planned: 'Ещё не начала работу',
  unknown: 'Сроки работы не указаны',
};

/** A site whose documents give no period gets no guessed status: «Сроки работы не указаны». */
export function siteStatus(site: Site, today: string): SiteStatus {
  if (!site.period?.from && !site.period?.to) return 'unknown';
  if (site.period?.to && latestDay(site.period.to) < today) return 'finished';
  if (site.period?.from && earliestDay(site.period.from) > today) return 'planned';
  return 'active';
}

/** Where an offering stands on a given day. */
export type OfferingStatus = 'open' | 'closed' | 'running' | 'finished';

export const OFFERING_STATUS_LABELS: Record<OfferingStatus, string> = {
  open: 'Набор открыт',
  closed: 'Набор закрыт',
  running: 'Идёт',
  finished: 'Завершено',
};

/** The first and last day of an offering's sessions, `YYYY-MM-DD`. */
export function offeringDays(offering: Pick<Offering, 'sessions'>): { first: string; last: string } {
  const starts = offering.sessions.map((s) => s.start.slice(0, 10)).sort();
  const ends = offering.sessions.map((s) => s.end.slice(0, 10)).sort();
  return { first: starts[0], last: ends[ends.length - 1] };
}

/**
 * From the dates alone: «Завершено» after the last session's day, «Идёт» from the first session's
 * day, before that «Набор закрыт» once the sign-up deadline has passed, else «Набор открыт».
 */
export function offeringStatus(offering: Pick<Offering, 'sessions' | 'signup'>, today: string): OfferingStatus {
  const { first, last } = offeringDays(offering);
  if (last < today) return 'finished';
  if (first <= today) return 'running';
  const deadline = offering.signup.deadline;
  if (deadline && latestDay(deadline) < today) return 'closed';
  return 'open';
}

/** Today in UTC as `YYYY-MM-DD`, or the `SITE_TODAY` override used by tests. */
export function todayIso(env: Record<string, string | undefined> = {}): string {
  return env.SITE_TODAY ?? new Date().toISOString().slice(0, 10);
}
