import type { CollectionName } from '../collection-names.ts';
import { formatDateRu, formatPeriodRu, parsePartialDate } from '../dates.ts';
import type { FieldDeclaration } from '../declaration.ts';
import { EMAIL_PATTERN, LINK_PATTERN } from '../fields.ts';
import type { Part, PresentContext, Row, Section, SectionLayout } from './view.ts';

/** The label of a status, shown or said to screen readers before its badge. */
export const STATUS_LABEL = 'Статус';

/**
 * Values formatted once, by the kind their field declares. The data may be a form being filled
 * in (the CMS preview): anything not of the declared type is shown as typed or left out, never
 * thrown on.
 */

export type Data = Record<string, unknown>;

/** How one field departs from the plain row its kind gives. */
export interface FieldPresentation {
  /** Shown when the field is empty, where an absent value is itself a fact («без номера»). */
  empty?: string;
  /** Formats the value from the whole entry (a region with its municipality). */
  value?: (data: Data, ctx: PresentContext) => Part[] | undefined;
  /** The row takes its label from this field of the group (a project's «Период проекта»). */
  labelFrom?: string;
  /** A link to the entry shows its status too. */
  withStatus?: boolean;
  /** Added after a non-empty value (a link to the clause the value comes from). */
  suffix?: Part[];
}

export const asText = (value: unknown): string | undefined =>
  typeof value === 'string' ? (value.trim() ? value : undefined) : typeof value === 'number' ? String(value) : undefined;

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A date as the site writes it; one still being typed is shown as typed. */
export function dateText(value: unknown): string | undefined {
  const text = asText(value);
  if (!text) return undefined;
  return typeof parsePartialDate(text) === 'string' ? text : formatDateRu(text);
}

/** A period as the site writes it, tolerating dates still being typed. */
export function periodText(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  return formatPeriodRu({ from: asText(value.from), to: asText(value.to) }, (date) => dateText(date) ?? date);
}

/** A link to an entry, or its slug when the caller does not know it. */
export function linkTo(collection: CollectionName, slug: unknown, ctx: PresentContext, withStatus = false): Part[] {
  const text = asText(slug);
  if (!text) return [];
  const target = ctx.resolve(collection, text);
  if (!target) return [{ text }];
  const link: Part = { text: target.text, href: target.url };
  return withStatus && target.status ? [link, { text: ' ' }, { badge: target.status, announce: `${STATUS_LABEL}: ` }] : [link];
}

/** Links in a row: a comma between names, a semicolon where the names have commas of their own. */
export function joinLinks(links: Part[][]): Part[] {
  const separator = links.some((parts) => parts.some((p) => 'text' in p && p.text.includes(','))) ? '; ' : ', ';
  return links.flatMap((parts, i) => (i > 0 ? [{ text: separator }, ...parts] : parts));
}

const plain = (text: string | undefined): Part[] => (text ? [{ text }] : []);

/** The text of a value of a field, for rows and list items; links only where the kind is a link. */
export function partsOf(field: FieldDeclaration, value: unknown, ctx: PresentContext, withStatus = false): Part[] {
  switch (field.kind) {
    case 'text':
    case 'long-text':
    case 'number':
      return plain(asText(value));
    case 'link': {
      const text = asText(value);
      if (!text) return [];
      return [LINK_PATTERN.test(text) ? { text: field.readerLabel ?? text, href: text } : { text }];
    }
    case 'email': {
      const text = asText(value);
      return text ? [EMAIL_PATTERN.test(text) ? { text, href: `mailto:${text}` } : { text }] : [];
    }
    case 'partial-date':
      return plain(dateText(value));
    case 'period':
      return plain(periodText(value));
    case 'choice': {
      const text = asText(value);
      return plain(text && (field.options?.[text] ?? text));
    }
    case 'boolean':
      return typeof value === 'boolean' ? [{ text: value ? 'да' : 'нет' }] : [];
    case 'reference':
      return field.collection ? linkTo(field.collection, value, ctx, withStatus) : plain(asText(value));
    case 'references':
      return Array.isArray(value) ? joinLinks(value.map((slug) => partsOf({ ...field, kind: 'reference' }, slug, ctx, withStatus)).filter((p) => p.length > 0)) : [];
    case 'lines':
      return plain(Array.isArray(value) ? value.map(asText).filter(Boolean).join('; ') : undefined);
    case 'object':
      return isRecord(value) ? joinParts(recordParts(field.fields ?? [], value, ctx, true), '; ') : [];
    case 'records':
    case 'alternatives':
      return Array.isArray(value) ? joinParts(value.filter(isRecord).map((item) => joinParts(recordParts(fieldsOfItem(field, item), item, ctx), ', ')), '; ') : [];
  }
}

/** The fields of a list item: of its record, or of the alternative whose keys it has. */
function fieldsOfItem(field: FieldDeclaration, item: Data): FieldDeclaration[] {
  if (field.fields) return field.fields;
  return field.variants?.find((variant) => variant.every((f) => !f.required || f.key in item)) ?? [];
}

/** Each filled field of a record, labelled inside a group («Начало: …») and bare in a list item. */
function recordParts(fields: FieldDeclaration[], record: Data, ctx: PresentContext, labelled = false): Part[][] {
  return fields.flatMap((f) => {
    const parts = partsOf(f, record[f.key], ctx);
    if (parts.length === 0) return [];
    return [labelled ? [{ text: `${f.label}: ` }, ...parts] : parts];
  });
}

function joinParts(pieces: Part[][], separator: string): Part[] {
  return pieces.filter((p) => p.length > 0).flatMap((parts, i) => (i > 0 ? [{ text: separator }, ...parts] : parts));
}

/** The row of one field, or undefined when it is empty and an empty value says nothing. */
export function rowOf(field: FieldDeclaration, data: Data, ctx: PresentContext, how: FieldPresentation = {}): Row | undefined {
  const parts = how.value ? (how.value(data, ctx) ?? []) : partsOf(field, data[field.key], ctx, how.withStatus);
  const label = how.labelFrom ? (field.fields?.find((f) => f.key === how.labelFrom)?.label ?? field.label) : field.label;
  if (parts.length > 0) return { key: field.key, label, parts: [...parts, ...(how.suffix ?? [])] };
  return how.empty ? { key: field.key, label, parts: [{ text: how.empty }] } : undefined;
}

/** A field shown as a section: a paragraph, a list of its lines or records, its fields, a table. */
export function sectionOf(field: FieldDeclaration, value: unknown, layout: SectionLayout, ctx: PresentContext): Section | undefined {
  if (layout === 'terms') return termsOf(field, value, ctx);
  if (layout === 'table') return tableOf(field, value, ctx);
  const items = layout === 'paragraph' ? [partsOf(field, value, ctx)] : itemsOf(field, value, ctx, layout);
  const filled = items.filter((item) => item.length > 0);
  return filled.length > 0 ? { key: field.key, heading: field.label, layout, items: filled } : undefined;
}

/** A group's filled fields, each with its label. */
function termsOf(field: FieldDeclaration, value: unknown, ctx: PresentContext): Section | undefined {
  if (!isRecord(value)) return undefined;
  const filled = (field.fields ?? []).map((f) => ({ label: f.label, parts: partsOf(f, value[f.key], ctx) })).filter((t) => t.parts.length > 0);
  if (filled.length === 0) return undefined;
  return { key: field.key, heading: field.label, layout: 'terms', items: filled.map((t) => t.parts), labels: filled.map((t) => t.label) };
}

/** Records as table rows, one column per field of the record. */
function tableOf(field: FieldDeclaration, value: unknown, ctx: PresentContext): Section | undefined {
  const records = Array.isArray(value) ? value.filter(isRecord) : [];
  const columns = field.fields ?? [];
  const rows = records.map((record) => columns.map((f) => partsOf(f, record[f.key], ctx))).filter((cells) => cells.some((c) => c.length > 0));
  if (rows.length === 0) return undefined;
  return { key: field.key, heading: field.label, layout: 'table', items: [], labels: columns.map((f) => f.label), rows };
}

/**
 * One item per line, reference or record; a record with a link field is its name, linked. In a
 * numbered list (steps) a record's first field leads and the others follow labelled
 * («… — Длительность: 2 недели»).
 */
function itemsOf(field: FieldDeclaration, value: unknown, ctx: PresentContext, layout: SectionLayout): Part[][] {
  if (!Array.isArray(value)) return [];
  if (field.kind === 'lines') return value.map((line) => plain(asText(line)));
  if (field.kind === 'references') return value.map((slug) => partsOf({ ...field, kind: 'reference' }, slug, ctx));
  return value.filter(isRecord).map((record) => {
    const fields = fieldsOfItem(field, record);
    const link = fields.find((f) => f.kind === 'link');
    const name = fields.find((f) => f.kind === 'text');
    const href = link && asText(record[link.key]);
    const text = name && asText(record[name.key]);
    if (text && href && LINK_PATTERN.test(href)) return [{ text, href }];
    if (layout === 'numbered') {
      const [lead, ...rest] = fields;
      return joinParts([partsOf(lead, record[lead.key], ctx), ...recordParts(rest, record, ctx, true)], ' — ');
    }
    return joinParts(recordParts(fields, record, ctx), ', ');
  });
}
