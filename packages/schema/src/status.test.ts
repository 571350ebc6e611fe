import { describe, expect, it } from 'vitest';
import { SiteSchema } from './site.ts';
import { siteStatus } from './status.ts';

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
