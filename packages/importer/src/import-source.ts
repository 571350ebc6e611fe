import { COLLECTIONS, type CollectionName, type ContentProblem, declaredFields, frontmatterFile, metaOf, toSlug } from '@stazhirovka/schema';
import { validateEntry } from '@stazhirovka/schema/validate/entry';
import type { z } from 'zod';
import { type Group, groupText } from './blocks.ts';
import { buildFrontmatter, instructionParts, type Note } from './frontmatter.ts';
import { writeBody } from './markdown.ts';
import { anomaliesOf, type Anomaly, type OutlineNode, outlineOf } from './outline-tree.ts';
import { findLegalReferences, type Reference } from './references.ts';
import { detectRequisites, type Layout, type Requisites } from './requisites.ts';
import { splitDocuments } from './split.ts';

export interface ImportOptions {
  /** The source file's name, kept in `source:` so the text can be checked against it. */
  fileName: string;
  /** Put every document of the file in this collection instead of the one its kind suggests. */
  collection?: CollectionName;
}

/** The requisites as the report shows them: the kind by its Russian name, as the JSON output promises. */
export type RequisitesReport = Omit<Requisites, 'kind'> & { kind?: string };

/** A field the methodologist has to fill or check, and why. */
export interface HumanTask {
  field: string;
  label: string;
  message: string;
}

/** One document of a source file, ready to be written as `content/<collection>/<slug>.mdx`. */
export interface ImportedDocument {
  requisites: RequisitesReport;
  references: Reference[];
  outline: OutlineNode[];
  anomalies: Anomaly[];
  collection: CollectionName;
  slug: string;
  /** `content/<collection>/<slug>.mdx`, relative to the content folder's parent. */
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
  /** The whole file: frontmatter and body. */
  text: string;
  /** Fields left empty or doubtful, for the methodologist. */
  needsHuman: HumanTask[];
  /** What `validate` says about the file as written (errors and numbering warnings). */
  problems: ContentProblem[];
}

/** A file that holds no official document: no kind, no numbered clauses. */
export class NotADocumentError extends Error {}

/**
 * Imports every document of a source file read by `readText` or `readDocx`. Pure: no file system,
 * so the admin can run the same code in the browser.
 */
export function importSource(groups: Group[], options: ImportOptions): ImportedDocument[] {
  const parts = splitDocuments(groups).filter((part) => part.length > 0);
  const detected = parts.map((part) => ({ part, ...detectRequisites(part) }));
  if (detected.every(({ requisites, layout }) => !requisites.kind && layout.bodyStart >= parts[0].length)) {
    throw new NotADocumentError('не найдены ни вид документа (положение, приказ, инструкция…), ни пронумерованные пункты');
  }
  const collections = detected.map(({ requisites }) => options.collection ?? requisites.kind?.collection ?? 'regulations');
  const slugs = uniqueSlugs(detected.map(({ requisites }, i) => slugOf(collections[i], requisites)));
  let instructionCount = 0;
  const instructionsInFile = collections.filter((c) => c === 'instructions').length;
  return detected.map(({ part, requisites, layout }, i) => {
    const collection = collections[i];
    const approver = approvingOrder(detected, i);
    if (approver !== undefined) inherit(requisites, detected[approver].requisites);
    const approved = detected.flatMap((other, j) => (approvingOrder(detected, j) === i ? [{ slug: slugs[j], title: other.requisites.title ?? '' }] : []));
    if (collection === 'instructions') instructionCount += 1;
    return buildDocument({
      part,
      requisites,
      layout,
      collection,
      slug: slugs[i],
      fileName: options.fileName,
      approvedBy: approver === undefined ? undefined : slugs[approver],
      approves: approved,
      order: collection === 'instructions' && instructionsInFile > 1 ? instructionCount : undefined,
    });
  });
}

interface BuildInput {
  part: Group[];
  requisites: Requisites;
  layout: Layout;
  collection: CollectionName;
  slug: string;
  fileName: string;
  approvedBy?: string;
  approves: { slug: string; title: string }[];
  order?: number;
}

function buildDocument(input: BuildInput): ImportedDocument {
  const { part, requisites, layout, collection, slug } = input;
  // The document's own text, from its title on (not the «Приложение к распоряжению …» above it).
  const text = part.slice(layout.kindGroup ?? 0).map(groupText).join('\n\n');
  // Acts cited anywhere after the title (the preamble of an order cites its grounds), not in the stamps.
  const textStart = Math.min(layout.bodyStart, Math.max(-1, ...layout.titleGroups) + 1);
  const cited = part.slice(textStart).filter((_, i) => !layout.blocks.has(textStart + i));
  const references = findLegalReferences(cited.map(groupText).join('\n'));
  const notes: Note[] = [];
  const frontmatter = buildFrontmatter(collection, { ...input, references, text, letterhead: layout.letterhead }, notes);
  // An instruction's page shows its title as the heading; regulations keep their title block in the text.
  const skip = collection === 'instructions' ? new Set(layout.titleGroups) : undefined;
  const { body, entries } = writeBody(part, layout, { skip });
  const file = frontmatterFile(frontmatter, `\n${body}`);
  const offset = file.slice(0, file.length - body.length).split('\n').length - 1;
  const path = `content/${collection}/${slug}.mdx`;
  const { problems } = validateEntry({ collection, slug, file: path, source: file });
  return {
    requisites: report(requisites),
    references,
    outline: outlineOf(body, entries, offset),
    anomalies: anomaliesOf(body, entries, offset),
    collection,
    slug,
    path,
    frontmatter,
    body,
    text: file,
    needsHuman: humanTasks(collection, frontmatter, problems, notes),
    problems,
  };
}

function report(requisites: Requisites): RequisitesReport {
  const { kind, kindAsWritten, number, numberAsWritten, date, dateAsWritten, dateFrom, issuer, title, approval, agreement, signatory } = requisites;
  const shown = { kind: kind?.name, kindAsWritten, number, numberAsWritten, date, dateAsWritten, dateFrom, issuer, title, approval, agreement, signatory };
  return Object.fromEntries(Object.entries(shown).filter(([, v]) => v !== undefined)) as RequisitesReport;
}

/**
 * Required fields left empty, what `validate` rejects, and what the importer saw but could not
 * store: one list, by field, in the schema's words.
 */
function humanTasks(collection: CollectionName, frontmatter: Record<string, unknown>, problems: ContentProblem[], notes: Note[]): HumanTask[] {
  const shape: Record<string, z.ZodType> = COLLECTIONS[collection].schema.shape;
  const labelOf = (field: string) => {
    const child = shape[field.split(/[.[]/)[0]];
    return (child && metaOf(child)?.title) || field;
  };
  const tasks: HumanTask[] = [];
  for (const { key: field, required, description } of declaredFields(COLLECTIONS[collection].schema)) {
    if (field in frontmatter || !required || notes.some((note) => note.field === field)) continue;
    tasks.push({ field, label: labelOf(field), message: `в тексте не найдено; ${description || 'заполните'}` });
  }
  for (const note of notes) tasks.push({ field: note.field ?? '', label: note.label ?? (note.field ? labelOf(note.field) : ''), message: note.message });
  for (const problem of problems) {
    if (problem.severity !== 'error' || !problem.path || tasks.some((t) => t.field === problem.path)) continue;
    tasks.push({ field: problem.path, label: problem.label, message: problem.message });
  }
  return tasks;
}

/**
 * The order in the same file that approves document `i`: an act just before it whose text says
 * «Утвердить <kind> …» («Утвердить Положение о …»).
 */
function approvingOrder(detected: { requisites: Requisites; part: Group[] }[], i: number): number | undefined {
  const previous = detected[i - 1];
  const kind = detected[i]?.requisites.kind;
  if (!previous?.requisites.kind?.act || !kind || kind.act) return undefined;
  const text = previous.part.map(groupText).join('\n');
  return new RegExp(`утвердить\\s+(прилагаем[а-яё]+\\s+)?${kind.name}`, 'i').test(text) ? i - 1 : undefined;
}

/** A document approved by an order has the order's issuer and, when it has no date, the order's date. */
function inherit(requisites: Requisites, order: Requisites) {
  requisites.issuer ??= order.issuer;
  if (!requisites.date && order.date) {
    requisites.date = order.date;
    requisites.dateAsWritten = order.dateAsWritten;
    requisites.dateFrom = 'order';
  }
}

/** Latin slug: an act by its kind and number, an instruction by its position, otherwise by title. */
function slugOf(collection: CollectionName, requisites: Requisites): string {
  const { kind, number, title } = requisites;
  if (kind?.act && number) return toSlug(`${kind.name} ${number}`);
  if (collection === 'instructions' && title) {
    const { position, direction } = instructionParts(title);
    return toSlug([position, direction].filter(Boolean).join(' ')) || toSlug(title);
  }
  return toSlug(title ?? '') || 'dokument';
}

function uniqueSlugs(slugs: string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((slug) => {
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  });
}

export type { Anomaly, OutlineNode, Reference };
