import { formatDateRu } from './dates.ts';
import type { ContentProblem } from './errors.ts';
import { labelsAlong, pathToString } from './errors.ts';
import type { EntryRef } from './references.ts';
import { type Regulation, RegulationSchema, STATUS_LABELS } from './regulation.ts';
import { type DocumentStatus, validityEnd, isInForce, regulationStatus } from './status.ts';

/** Why a document has its status, in terms a reader can check against the requisites. */
export interface StatusReason {
  status: DocumentStatus;
  /** The date the reason rests on: end of validity or project, repeal date, start. */
  date?: string;
  /** Where that date comes from. */
  source?: 'validity' | 'project' | 'repealed';
}

/** The status and what it rests on, so the page can say «срок действия истёк 31 мая 2023 г. (окончание проекта)». */
export function explainStatus(regulation: Regulation, today: string): StatusReason {
  const status = regulationStatus(regulation, today);
  if (status === 'repealed') return { status, date: regulation.repealed?.date, source: 'repealed' };
  if (status === 'expired' || status === 'active') return { status, ...validityEnd(regulation) };
  if (status === 'not-yet') return { status, date: regulation.validity?.from, source: 'validity' };
  return { status };
}

/** A document this one rests on: an internal legal basis or the order that approved it. */
export interface BasisLink {
  slug: string;
  /** Where the reference sits in the frontmatter, for messages: `legalBasis[0].ref`. */
  path: (string | number)[];
}

export function basesOf(regulation: Regulation): BasisLink[] {
  const links: BasisLink[] = (regulation.legalBasis ?? []).flatMap((item, i) =>
    'ref' in item ? [{ slug: item.ref, path: ['legalBasis', i, 'ref'] }] : [],
  );
  if (regulation.approvedBy) links.push({ slug: regulation.approvedBy, path: ['approvedBy'] });
  return links;
}

/** A basis that is no longer (or not yet) in force, under a document that still claims to be. */
export interface StaleBasis extends BasisLink {
  status: DocumentStatus;
}

/**
 * Bases not in force under a document that is itself in force (or a draft, or not yet in force).
 * A document already expired or repealed needs no such warning: its own status says enough.
 * Nothing is changed: the methodologist decides whether the document still stands.
 */
export function staleBases(regulation: Regulation, others: ReadonlyMap<string, Regulation>, today: string): StaleBasis[] {
  const own = regulationStatus(regulation, today);
  if (own === 'expired' || own === 'repealed') return [];
  return basesOf(regulation).flatMap((link) => {
    const basis = others.get(link.slug);
    const status = basis && regulationStatus(basis, today);
    return status && !isInForce(status) && status !== 'not-yet' ? [{ ...link, status }] : [];
  });
}

/** `validate` warnings for every document resting on a basis that is no longer in force. */
export function basisWarnings(entries: EntryRef[], today: string): ContentProblem[] {
  const regulations = new Map(
    entries.filter((e) => e.collection === 'regulations').map((e) => [e.slug, e.data as Regulation]),
  );
  return entries
    .filter((e) => e.collection === 'regulations')
    .flatMap((entry) =>
      staleBases(entry.data as Regulation, regulations, today).map((stale) => ({
        file: entry.file,
        path: pathToString(stale.path),
        label: labelsAlong(RegulationSchema, stale.path).join(' → '),
        message:
          `документ «${stale.slug}» не действует (${STATUS_LABELS[stale.status].toLowerCase()} на ${formatDateRu(today)}), ` +
          `а этот документ на него опирается; проверьте, действует ли этот документ, и при необходимости ` +
          `укажите отмену (repealed) или новое основание — сайт ничего не меняет сам.`,
        severity: 'warning' as const,
      })),
    );
}
