import { describe, expect, it } from 'vitest';
import { basisWarnings, explainStatus, staleBases } from './document-status.ts';
import { formatProblem } from './errors.ts';
import { type Regulation, RegulationSchema } from './regulation.ts';
import { regulationStatus } from './status.ts';

/** A document with the requisites every regulation needs, and the fields a test sets. */
const regulation = (fields: Partial<Regulation>): Regulation =>
  RegulationSchema.parse({ kind: 'regulation', title: 'Положение', issuer: 'Комитет', level: 'municipal', region: 'Область', ...fields });

// The shapes of the seed documents whose status the site shows (content/regulations/).
const PRIOZERSK_PROJECT = { title: 'Сетевое наставничество', period: { from: '2021-01', to: '2023-05' } };
const priozersk = regulation({ adoptedAt: '2021-03-11', project: PRIOZERSK_PROJECT, approvedBy: 'priozersk-rasporyazhenie-364-r' });
const order364 = regulation({ kind: 'directive', number: '364-р', adoptedAt: '2021-03-11', project: PRIOZERSK_PROJECT });
const tomsk = regulation({ adoptedAt: '2020-07-01', project: { title: 'Методическая поддержка', period: { from: '2019', to: '2023' } } });
const omsk = regulation({ adoptedAt: '2021-??-14' });

describe('status from the project period and the document’s own fields', () => {
  it('Priozersk (project 2021-01 – 2023-05) is in force through 31 May 2023 and expired after', () => {
    expect(regulationStatus(priozersk, '2022-06-01')).toBe('active');
    expect(regulationStatus(priozersk, '2023-05-31')).toBe('active');
    expect(regulationStatus(priozersk, '2023-06-01')).toBe('expired');
    expect(regulationStatus(order364, '2026-11-24')).toBe('expired');
  });

  it('Tomsk (project 2019–2023) is in force through the end of 2023', () => {
    expect(regulationStatus(tomsk, '2023-12-31')).toBe('active');
    expect(regulationStatus(tomsk, '2024-01-01')).toBe('expired');
  });

  it('Omsk has no end date and stays in force', () => {
    expect(regulationStatus(omsk, '2030-01-01')).toBe('active');
  });

  it('a draft, a repealed and a not-yet-valid document', () => {
    expect(regulationStatus({ ...omsk, draft: true }, '2022-01-01')).toBe('draft');
    expect(regulationStatus({ ...omsk, repealed: { date: '2022-03' } }, '2022-02-28')).toBe('active');
    expect(regulationStatus({ ...omsk, repealed: { date: '2022-03' } }, '2022-03-01')).toBe('repealed');
    expect(regulationStatus({ ...omsk, validity: { from: '2027' } }, '2026-12-31')).toBe('not-yet');
  });

  it('explains what the status rests on', () => {
    expect(explainStatus(priozersk, '2026-11-24')).toEqual({ status: 'expired', date: '2023-05', source: 'project' });
    expect(explainStatus({ ...omsk, validity: { to: '2024-08-31' } }, '2026-11-24')).toEqual({ status: 'expired', date: '2024-08-31', source: 'validity' });
    expect(explainStatus(omsk, '2026-11-24')).toEqual({ status: 'active' });
  });
});

describe('status propagation: a document resting on a basis no longer in force', () => {
  const basis: Regulation = { ...omsk, validity: { to: '2022-12-31' } };
  const dependent: Regulation = { ...omsk, legalBasis: [{ ref: 'basis', clause: 'п. 2.1' }], approvedBy: 'order' };
  const others = new Map([['basis', basis], ['order', omsk]]);

  it('is flagged while it is itself in force, naming the basis and where it is referenced', () => {
    expect(staleBases(dependent, others, '2023-01-01')).toEqual([{ slug: 'basis', path: ['legalBasis', 0, 'ref'], status: 'expired' }]);
    expect(staleBases(dependent, others, '2022-12-31')).toEqual([]);
  });

  it('is not flagged once it has expired itself', () => {
    expect(staleBases({ ...dependent, validity: { to: '2022-12-31' } }, others, '2023-01-01')).toEqual([]);
  });

  it('follows the approving order too: the seed regulation and order 364-р expire together, so nothing is flagged', () => {
    expect(staleBases(priozersk, new Map([['priozersk-rasporyazhenie-364-r', order364]]), '2026-11-24')).toEqual([]);
    expect(staleBases({ ...priozersk, project: undefined }, new Map([['priozersk-rasporyazhenie-364-r', order364]]), '2026-11-24'))
      .toEqual([{ slug: 'priozersk-rasporyazhenie-364-r', path: ['approvedBy'], status: 'expired' }]);
  });

  it('becomes a validate warning that names file, field and what to do, and changes nothing', () => {
    const entries = [
      { collection: 'regulations' as const, slug: 'basis', file: 'content/regulations/basis.mdx', data: basis },
      { collection: 'regulations' as const, slug: 'order', file: 'content/regulations/order.mdx', data: omsk },
      { collection: 'regulations' as const, slug: 'dependent', file: 'content/regulations/dependent.mdx', data: dependent },
    ];
    expect(basisWarnings(entries, '2023-01-01').map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/regulations/dependent.mdx: «Правовые основания → № 1 → Документ сайта» (legalBasis[0].ref): документ «basis» не действует (срок действия истёк на 1 января 2023 г.), а этот документ на него опирается; проверьте, действует ли этот документ, и при необходимости укажите отмену (repealed) или новое основание — сайт ничего не меняет сам.",
      ]
    `);
    expect(dependent.legalBasis).toEqual([{ ref: 'basis', clause: 'п. 2.1' }]);
  });
});
