import { type Group, type ImportedDocument, importSource, decodeText, looksBinary, looksLikeZip, readDocx, readText } from '@stazhirovka/importer';
import {
  COLLECTIONS, type CollectionName, frontmatterFile, CONTENT_FOLDER, declaredFields, type FieldDeclaration, MEDIA_FOLDER, MEDIA_URL, metaOf, SLUG_PATTERN, toSlug,
} from '@stazhirovka/schema';
import type { z } from 'zod';

/** What the methodologist picked, read into the importer's groups (the same code as the CLI). */
export interface ReadSource {
  fileName: string;
  extension: 'docx' | 'txt';
  bytes: Uint8Array;
  groups: Group[];
}

/** A file the page cannot import, with what to do, in Russian. */
export class SourceError extends Error {}

/** Reads a `.docx` or `.txt` the way `pnpm run import` does: Word by mammoth, text in any of its encodings. */
export async function readSource(fileName: string, bytes: Uint8Array): Promise<ReadSource> {
  const extension = /\.(docx|txt)$/i.exec(fileName)?.[1].toLowerCase();
  if (extension === 'docx') {
    if (!looksLikeZip(bytes)) throw new SourceError(`«${fileName}» не файл Word (.docx): откройте его в Word и сохраните как «Документ Word (.docx)»`);
    return { fileName, extension, bytes, groups: await readDocx(bytes) };
  }
  if (extension === 'txt') {
    if (looksBinary(bytes)) throw new SourceError(`«${fileName}» не текстовый файл: сохраните документ как «Обычный текст (.txt)» или «Документ Word (.docx)»`);
    return { fileName, extension, bytes, groups: readText(decodeText(bytes).text) };
  }
  throw new SourceError(`«${fileName}»: импортируются только файлы Word (.docx) и текстовые (.txt); старый формат .doc сохраните в Word как .docx`);
}

/** Every document of the file, in `collection` when the methodologist chose one. */
export const importDocuments = (source: ReadSource, collection?: CollectionName): ImportedDocument[] =>
  importSource(source.groups, { fileName: source.fileName, collection });

/** The requisites a methodologist may always correct before creating, where the collection has them. */
export const MAIN_FIELDS = ['kind', 'title', 'number', 'adoptedAt', 'issuer', 'site'];

/** Fields a one-line input or a list can fill; groups and lists are left for the editor. */
const SIMPLE_KINDS = new Set(['text', 'choice', 'reference', 'partial-date', 'link']);

const shapeOf = (collection: CollectionName): Record<string, z.ZodType> => COLLECTIONS[collection].schema.shape;

/**
 * The fields the form offers, in the schema's order: the main requisites, and any other simple
 * field the importer left for a human (a region the text does not name).
 */
export function editableFields(collection: CollectionName, needed: readonly string[] = []): FieldDeclaration[] {
  return declaredFields(COLLECTIONS[collection].schema).filter(
    (field) => SIMPLE_KINDS.has(field.kind) && (MAIN_FIELDS.includes(field.key) || needed.includes(field.key)),
  );
}

/** The top-level fields the importer could not fill. */
export const neededFields = (doc: ImportedDocument) => doc.needsHuman.map((task) => task.field.split(/[.[]/)[0]).filter(Boolean);

/** A field's Russian label, from the schema (never typed again here). */
export function fieldLabel(collection: CollectionName, key: string): string {
  const field = shapeOf(collection)[key];
  return (field && metaOf(field)?.title) || key;
}

/** What the form holds for one document. */
export interface Corrections {
  collection: CollectionName;
  slug: string;
  fields: Record<string, string>;
}

/** The form's starting values: what the importer found. */
export function correctionsOf(doc: ImportedDocument): Corrections {
  const fields: Corrections['fields'] = {};
  for (const { key } of editableFields(doc.collection, neededFields(doc))) {
    const value = doc.frontmatter[key];
    fields[key] = typeof value === 'string' ? value : '';
  }
  return { collection: doc.collection, slug: doc.slug, fields };
}

/** The original's name in the media folder: the entry's Latin slug and the source's extension. */
export const originalName = (slug: string, source: Pick<ReadSource, 'extension'>) => `${slug}.${source.extension}`;

/** The entry file as it will be saved: the importer's frontmatter with the corrections, in schema order, and its body. */
export function entryFile(doc: ImportedDocument, corrections: Corrections, original?: string): { path: string; raw: string } {
  const values: Record<string, unknown> = { ...doc.frontmatter };
  for (const key of Object.keys(corrections.fields)) {
    // A cleared field is left out of the file (undefined is dropped below), not written empty.
    if (key in shapeOf(corrections.collection)) values[key] = corrections.fields[key]?.trim() || undefined;
  }
  if (original) values.original = `${MEDIA_URL}/${original}`;
  const order = Object.keys(shapeOf(corrections.collection));
  const ordered = Object.fromEntries(order.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
  return {
    path: `${CONTENT_FOLDER}/${corrections.collection}/${corrections.slug}.mdx`,
    raw: frontmatterFile(ordered, `\n${doc.body}`),
  };
}

/** Why a slug typed in the form cannot be a file name, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  if (SLUG_PATTERN.test(slug)) return undefined;
  const latin = toSlug(slug);
  return `имя записи — латиница, цифры и дефисы${latin ? `, например «${latin}»` : ''}`;
}

/** The media upload for the original, as Decap's proxy backend sends an asset. */
export function originalAsset(name: string, bytes: Uint8Array): { path: string; content: string; encoding: 'base64' } {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { path: `${MEDIA_FOLDER}/${name}`, content: btoa(binary), encoding: 'base64' };
}
