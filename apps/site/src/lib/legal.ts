import {
  clauseAnchorOf,
  type DocumentStatus,
  explainStatus,
  formatDateRu,
  formatPeriodRu,
  type Regulation,
  staleBases,
  STATUS_LABELS,
} from '@stazhirovka/schema';
import type { CollectionEntry } from 'astro:content';
import { once, resolve, type SiteData, urlOf } from './content.ts';

type RegulationEntry = CollectionEntry<'regulations'>;

/** One sentence on why a document is not in force; undefined while it is. */
export function statusSentence(entry: RegulationEntry, data: SiteData): string | undefined {
  const reason = explainStatus(entry.data, data.today);
  const when = reason.date ? formatDateRu(reason.date) : undefined;
  switch (reason.status) {
    case 'expired': {
      const { project, validity } = entry.data;
      return reason.source === 'project' && project
        ? `Документ не действует: он принят на период проекта «${project.title}» (${formatPeriodRu(project.period)}), проект окончен.`
        : `Документ не действует: срок его действия (${formatPeriodRu(validity) ?? when}) истёк.`;
    }
    case 'repealed': {
      const by = entry.data.repealed?.by ? resolve(data, 'regulations', entry.data.repealed.by).data.title : undefined;
      return `Документ утратил силу${when ? ` с ${when}` : ''}${by ? `: его отменил документ «${by}»` : ''}.`;
    }
    case 'not-yet':
      return `Документ ещё не вступил в силу${when ? `: он действует с ${when}` : ''}.`;
    case 'draft':
      return 'Это проект документа: он ещё не принят.';
    default:
      return undefined;
  }
}

/** A document this one rests on that is no longer in force, with its page. */
export interface StaleBasisView {
  title: string;
  url: string;
  status: DocumentStatus;
  label: string;
}

/** Bases no longer in force (status propagation): the page flags them, nothing is changed. */
export function staleBasesOf(entry: RegulationEntry, data: SiteData): StaleBasisView[] {
  const all = once(data, 'regulations:data', () => new Map<string, Regulation>(data.regulations.map((r) => [r.id, r.data])));
  return staleBases(entry.data, all, data.today).map((stale) => {
    const basis = resolve(data, 'regulations', stale.slug);
    return { title: basis.data.title, url: urlOf('regulations', basis.id), status: stale.status, label: STATUS_LABELS[stale.status] };
  });
}

/** A link to a clause of another document on the site, when the reference names one. */
export function clauseHref(slug: string, clause: string | undefined): string {
  const anchor = clause ? clauseAnchorOf(clause) : undefined;
  return `${urlOf('regulations', slug)}${anchor ? `#${anchor}` : ''}`;
}
