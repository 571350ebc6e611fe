import { describe, expect, it } from 'vitest';
import { SiteSchema } from './site.ts';
import { OfferingSchema } from './offering.ts';
import { OFFERING_STATUS_LABELS, offeringStatus, siteStatus } from './status.ts';

const site = (period?: { from?: string; to?: string }) =>
  SiteSchema.parse({ title: 'Площадка', kind: 'training-site', level: 'municipal', theme: 'Тема', region: 'Регион', period });

describe('siteStatus', () => {
  it('Priozersk (2021-01 – 2023-05) has finished today and was working on its last day', () => {
    expect(siteStatus(site({ from: '2021-01', to: '2023-05' }), '2026-11-24')).toBe('finished');
    expect(siteStatus(site({ from: '2021-01', to: '2023-05' }), '2023-05-31')).toBe('active');
  });

  it('a site that has not started yet is planned', () => {
    expect(siteStatus(site({ from: '2027' }), '2026-11-24')).toBe('planned');
  });

  it('guesses nothing when the documents give no period', () => {
    expect(siteStatus(site(), '2026-11-24')).toBe('unknown');
  });
});

const offering = (sessions: [string, string][], deadline?: string) =>
  OfferingSchema.parse({
    title: 'Семинар', kind: 'seminar', site: 'test-site', format: 'in-person',
    sessions: sessions.map(([start, end]) => ({ start, end })),
    signup: deadline ? { deadline } : {},
  });

describe('offeringStatus', () => {
  const twoDays = offering([['2026-12-10 10:00', '2026-12-10 13:00'], ['2026-12-11 10:00', '2026-12-11 13:00']], '2026-12-01');

  it('is «Набор открыт» until the deadline, «Набор закрыт» after it, «Идёт» over the sessions, «Завершено» after the last day', () => {
    const on = (today: string) => OFFERING_STATUS_LABELS[offeringStatus(twoDays, today)];
    expect(['2026-11-20', '2026-12-01', '2026-12-02', '2026-12-10', '2026-12-11', '2026-12-12'].map(on)).toEqual([
      'Набор открыт', 'Набор открыт', 'Набор закрыт', 'Идёт', 'Идёт', 'Завершено',
    ]);
  });

  it('without a deadline stays open until the first session; a deadline given as a month lasts to its end', () => {
    expect(offeringStatus(offering([['2027-02-01 09:00', '2027-02-01 12:00']]), '2027-01-31')).toBe('open');
    expect(offeringStatus(offering([['2027-02-01 09:00', '2027-02-01 12:00']], '2027-01'), '2027-01-31')).toBe('open');
  });

  it('sessions listed out of order count from the earliest to the latest', () => {
    const late = offering([['2027-03-05 10:00', '2027-03-05 12:00'], ['2027-03-01 10:00', '2027-03-01 12:00']]);
    expect(offeringStatus(late, '2027-03-02')).toBe('running');
  });
});
