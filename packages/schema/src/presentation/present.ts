import type { z } from 'zod';
import { appendixAnchor, sameTitle } from '../clauses.ts';
import type { CollectionName } from '../collection-names.ts';
import { COLLECTIONS } from '../collections.ts';
import { EXAMPLE_KEY, isExample } from '../common.ts';
import { formatDateRu } from '../dates.ts';
import { declaredField, declaredFields, type FieldDeclaration } from '../declaration.ts';
import { type Regulation, STATUS_LABELS } from '../regulation.ts';
import type { Site } from '../site.ts';
import type { Offering } from '../offering.ts';
import { OFFERING_STATUS_LABELS, offeringStatus, regulationStatus, SITE_STATUS_LABELS, siteStatus } from '../status.ts';
import {
  asText, type Data, dateText, type FieldPresentation, joinLinks, linkTo, periodText, rowOf, sectionOf, STATUS_LABEL,
} from './rows.ts';
import type { AppendixView, Badge, EntryView, Part, PresentContext, Row, SectionLayout, SignatureView } from './view.ts';

/**
 * One presentation per content type: which fields the requisites card shows and how, which are
 * text sections, and what a reader sees besides fields (status, notes). Labels come from the
 * field declarations; a field not named here is shown as a row of its kind, so a new field needs
 * no change here.
 */
interface Presentation {
  heading: string;
  /** Fields with a place of their own on the page (the title is the page's heading). */
  hidden: readonly string[];
  sections?: Record<string, SectionLayout>;
  fields?: Record<string, FieldPresentation>;
  /** The status row: a document's says on which day it holds. */
  status?: 'dated' | 'plain';
  /** A note above the card while a boolean field is set. */
  notice?: { when: string; strong: string; text?: string };
}


/**
 * Not rows: the heading shows the title, the notice a sample, the source file is for editors, and
 * the signature blocks of any collection that has them are drawn as blocks (`signatures`).
 */
const ALWAYS_HIDDEN = ['title', 'source', 'approval', 'agreement', EXAMPLE_KEY];

/** Above any sample entry whose type says nothing more specific. */
const EXAMPLE_NOTICE = { strong: 'Пример.', text: 'Это не настоящая запись: сведения в ней условные.' };

/** «Ленинградская область, Приозерский муниципальный район». */
const place = (data: Data): Part[] | undefined => {
  const region = asText(data.region);
  const municipality = asText(data.municipality);
  const text = [region, municipality].filter(Boolean).join(', ');
  return text ? [{ text }] : undefined;
};

const PRESENTATIONS: Record<CollectionName, Presentation> = {
  regulations: {
    heading: 'Реквизиты',
    hidden: ['municipality', 'draft', 'repealed', 'legalBasis', 'related', 'appendices'],
    fields: {
      number: { empty: 'без номера', value: (d) => (asText(d.number) ? [{ text: `№ ${asText(d.number)}` }] : undefined) },
      adoptedAt: { empty: 'в документе не указана' },
      region: { value: place },
      project: { labelFrom: 'period', value: projectParts },
      approvedBy: { withStatus: true },
    },
    status: 'dated',
  },
  instructions: {
    heading: 'Кратко',
    hidden: ['order'],
    fields: {
      reportsTo: { empty: 'в инструкции не указано', suffix: [{ text: ' (' }, { text: 'пункт 1.3', href: '#p-1-3' }, { text: ')' }] },
    },
  },
  sites: {
    heading: 'О площадке',
    hidden: ['municipality'],
    fields: {
      region: { value: place },
      // A teacher looks for how to reach a site: say so when its documents give no contacts.
      contacts: { empty: 'в документах площадки не указаны' },
      hosts: { value: (d) => (Array.isArray(d.hosts) ? textParts(d.hosts.map((h: Data) => asText(h?.name)).filter(Boolean).join('; ')) : undefined) },
    },
    status: 'plain',
  },
  programs: {
    heading: 'Кратко',
    hidden: [],
    sections: { goals: 'list', tasks: 'list', forms: 'list', audience: 'list' },
  },
  offerings: {
    heading: 'Кратко',
    hidden: ['example'],
    fields: {
      sessions: { value: (d) => sessionParts(d.sessions) },
      signup: { value: signupParts },
    },
    status: 'plain',
    notice: {
      when: EXAMPLE_KEY,
      strong: 'Пример.',
      text: 'Это не настоящее мероприятие площадки: объявление показывает, как оно выглядит; записаться на него нельзя.',
    },
  },
  practices: {
    heading: 'Паспорт кейса',
    hidden: [],
    // A replication kit: what the problem is, what it takes, the steps, what came of it, the risks,
    // the materials, who already repeated it and whom to ask.
    sections: {
      problem: 'paragraph',
      technology: 'paragraph',
      resources: 'terms',
      steps: 'numbered',
      results: 'paragraph',
      measurements: 'table',
      risks: 'list',
      materials: 'list',
      replications: 'list',
      contact: 'terms',
    },
    notice: {
      when: EXAMPLE_KEY,
      strong: 'Пример.',
      text: 'Это пример заполнения формы кейса, а не реальная практика: сведения в нём условные.',
    },
  },
};

/** «10 декабря 2026 г., 10:00–13:00»; a session over several days names both. */
export function sessionText(start: string, end: string): string {
  const [startDay, startTime] = start.split(' ');
  const [endDay, endTime] = end.split(' ');
  const day = (value: string) => dateText(value) ?? value;
  if (startDay === endDay) return `${day(startDay)}, ${startTime}–${endTime}`;
  return `${day(startDay)}, ${startTime} — ${day(endDay)}, ${endTime}`;
}

/** Sessions one per line; the preview tolerates a session still being typed. */
function sessionParts(value: unknown): Part[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const lines = (value as Data[]).flatMap((session) => {
    const start = asText(session?.start);
    const end = asText(session?.end);
    if (!start) return [];
    return [end && /^\S+ \S+$/.test(start) && /^\S+ \S+$/.test(end) ? sessionText(start, end) : [start, end].filter(Boolean).join(' — ')];
  });
  return lines.length > 0 ? joinParts(lines.map((text) => [{ text }]), '; ') : undefined;
}

/** The words of the sign-up link, as the field declares them. */
export const signupLinkText = () => declaredField(COLLECTIONS.offerings.schema, 'signup').fields?.find((f) => f.key === 'url')?.readerLabel ?? '';

/** How to sign up: the link as a button-like «Записаться», the address and phone as links. */
function signupParts(data: Data): Part[] | undefined {
  const signup = data.signup as Data | undefined;
  if (!signup || typeof signup !== 'object') return undefined;
  const url = asText(signup.url);
  const email = asText(signup.email);
  const phone = asText(signup.phone);
  const contact = asText(signup.contact);
  const deadline = dateText(signup.deadline);
  const pieces: Part[][] = [
    url ? [{ text: signupLinkText(), href: url }] : [],
    email ? [{ text: email, href: `mailto:${email}` }] : [],
    phone ? [{ text: phone, href: `tel:${phone.replace(/[^\d+]/g, '')}` }] : [],
    contact ? [{ text: `контактное лицо: ${contact}` }] : [],
    deadline ? [{ text: `запись до ${deadline}` }] : [],
  ];
  const parts = joinParts(pieces, '; ');
  return parts.length > 0 ? parts : undefined;
}

function joinParts(pieces: Part[][], separator: string): Part[] {
  return pieces.filter((p) => p.length > 0).flatMap((parts, i) => (i > 0 ? [{ text: separator }, ...parts] : parts));
}

function textParts(text: string | undefined): Part[] | undefined {
  return text ? [{ text }] : undefined;
}

/** «январь 2021 г. — май 2023 г. — проект «Сетевое наставничество …»». */
function projectParts(data: Data): Part[] | undefined {
  const project = data.project as Data | undefined;
  const title = asText(project?.title);
  const period = periodText(project?.period);
  const text = [period, title && `проект «${title}»`].filter(Boolean).join(' — ');
  return textParts(text);
}

/** The status of an entry that has one (documents, sites), as a badge. */
export function statusBadge(collection: CollectionName, data: unknown, today: string): Badge | undefined {
  if (collection === 'regulations') {
    const status = regulationStatus(data as Regulation, today);
    return { code: status, label: STATUS_LABELS[status] };
  }
  if (collection === 'sites') {
    const status = siteStatus(data as Site, today);
    return { code: status, label: SITE_STATUS_LABELS[status] };
  }
  if (collection === 'offerings') {
    const offering = data as Offering;
    // The CMS preview shows a form being filled: no status until the dates are there.
    const dated = Array.isArray(offering?.sessions) && offering.sessions.length > 0 && offering.sessions.every((s) => typeof s?.start === 'string' && typeof s?.end === 'string');
    if (!dated || !offering.signup) return undefined;
    const status = offeringStatus(offering, today);
    return { code: `offering-${status}`, label: OFFERING_STATUS_LABELS[status] };
  }
  return undefined;
}

/** Marks an entry carries (a sample case), from the reader labels of its boolean fields. */
export function markBadges(collection: CollectionName, data: unknown, schema: z.ZodObject = COLLECTIONS[collection].schema): Badge[] {
  const values = (data ?? {}) as Data;
  return declaredFields(schema)
    .filter((field) => field.kind === 'boolean' && field.readerLabel && values[field.key] === true)
    .map((field) => ({ code: field.key, label: field.readerLabel as string }));
}

/**
 * The badges an entry shows wherever it is listed: its status (announced as «Статус: » unless a
 * visible label already says so) and its marks.
 */
export function entryBadges(collection: CollectionName, data: unknown, today: string, { labelled = false } = {}): Part[] {
  const status = statusBadge(collection, data, today);
  const parts: Part[] = status ? [labelled ? { badge: status } : { badge: status, announce: `${STATUS_LABEL}: ` }] : [];
  return [...parts, ...markBadges(collection, data).map((badge) => ({ badge }))];
}

/** The text of a link to an entry: a job instruction is named by its position (three coordinators share one title shape). */
export function linkTextOf(collection: CollectionName, data: unknown): string {
  const values = (data ?? {}) as Data;
  if (collection === 'instructions') {
    return [asText(values.position), asText(values.direction)].filter(Boolean).join(' ') || (asText(values.title) ?? '');
  }
  return asText(values.title) ?? '';
}

/** The address of an entry's page. */
export const entryUrl = (collection: CollectionName, slug: string) => `/${collection}/${slug}/`;

/** The label of a field, for headings the page draws itself («Правовые основания»). */
export const fieldLabel = (collection: CollectionName, key: string): string =>
  declaredField(COLLECTIONS[collection].schema, key).label;

/** Entries whose field `key` points at the one shown. */
function referrersVia(ctx: PresentContext, collection: CollectionName, key: string): string[] {
  return [...new Set((ctx.referrers ?? []).filter((r) => r.collection === collection && r.path[0] === key).map((r) => r.slug))];
}

/** The other side of a reference within the collection: «Утверждает», «Ему подчиняются». */
function inverseRow(collection: CollectionName, field: FieldDeclaration, ctx: PresentContext): Row | undefined {
  if (!field.inverseLabel || field.collection !== collection) return undefined;
  const slugs = referrersVia(ctx, collection, field.key);
  if (slugs.length === 0) return undefined;
  return { key: `${field.key}-inverse`, label: field.inverseLabel, parts: joinLinks(slugs.map((slug) => linkTo(collection, slug, ctx))) };
}

function statusRow(collection: CollectionName, data: Data, ctx: PresentContext, how: Presentation['status']): Row | undefined {
  const badge = how && ctx.today ? statusBadge(collection, data, ctx.today) : undefined;
  if (!badge || !ctx.today) return undefined;
  const parts: Part[] = [{ badge }];
  if (how === 'dated') parts.push({ text: ` на ${formatDateRu(ctx.today)}` });
  return { key: 'status', label: STATUS_LABEL, parts };
}

/** The signature blocks of a document, each line as the source has it. */
function signaturesOf(data: Data): SignatureView[] {
  return (['agreement', 'approval'] as const).flatMap((side) => {
    const block = data[side] as Data | undefined;
    if (!block) return [];
    const dateLine = asText(block.dateText);
    const parsed = dateText(block.date);
    // The source often writes the act inside its date line («№ 2 от «09» июня 2020 г.»): do not say it twice.
    const act = asText(block.act);
    const lines: SignatureView['lines'] = [
      asText(block.authority),
      act && !dateLine?.includes(act) ? act : undefined,
      asText(block.name),
    ].flatMap((text) => (text ? [{ text }] : []));
    if (dateLine) lines.push(parsed ? { text: dateLine, note: ` (дата: ${parsed})` } : { text: dateLine });
    else if (parsed) lines.push({ text: parsed });
    return [{ side, heading: asText(block.heading) ?? '', lines }];
  });
}

/**
 * Appendices: a part of this page (by its anchor), a document this one approves (by its title),
 * or not in the source at all.
 */
function appendicesOf(data: Data, ctx: PresentContext): AppendixView[] {
  const approved = referrersVia(ctx, 'regulations', 'approvedBy').flatMap((slug) => ctx.resolve('regulations', slug) ?? []);
  const appendices = Array.isArray(data.appendices) ? (data.appendices as Data[]) : [];
  return appendices.map((appendix) => {
    const label = asText(appendix.label) ?? '';
    const title = asText(appendix.title) ?? '';
    const text = `${label}: ${title}`;
    const document = approved.find((doc) => sameTitle(doc.text, title));
    if (document) return { text, href: document.url, note: ' — отдельный документ' };
    if (appendix.included === true) return { text, href: `#${appendixAnchor(label)}` };
    return { text, note: ' — текста приложения нет в исходном документе' };
  });
}

/**
 * Everything a reader sees of an entry besides its body, for the site page and the CMS preview.
 * `schema` is the collection's own unless a test passes one with a field added.
 */
export function presentEntry(
  collection: CollectionName,
  data: unknown,
  ctx: PresentContext,
  schema: z.ZodObject = COLLECTIONS[collection].schema,
): EntryView {
  const values = (data ?? {}) as Data;
  const how = PRESENTATIONS[collection];
  const hidden = new Set([...ALWAYS_HIDDEN, ...how.hidden]);
  const rows: Row[] = [];
  const sections = [];
  for (const field of declaredFields(schema)) {
    const layout = how.sections?.[field.key];
    if (layout) {
      const section = sectionOf(field, values[field.key], layout, ctx);
      if (section) sections.push(section);
      continue;
    }
    const row = hidden.has(field.key) ? undefined : rowOf(field, values, ctx, how.fields?.[field.key]);
    const inverse = inverseRow(collection, field, ctx);
    rows.push(...[row, inverse].filter((r): r is Row => r !== undefined));
  }
  const status = statusRow(collection, values, ctx, how.status);
  if (status) rows.push(status);
  const notice = how.notice && values[how.notice.when] === true
    ? { strong: how.notice.strong, text: how.notice.text }
    : isExample(values) ? EXAMPLE_NOTICE : undefined;
  return {
    heading: how.heading,
    headingBadges: markBadges(collection, values, schema),
    notice,
    signatures: signaturesOf(values),
    rows,
    sections,
    appendices: collection === 'regulations' ? appendicesOf(values, ctx) : [],
  };
}
