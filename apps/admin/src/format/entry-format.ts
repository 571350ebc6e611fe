import {
  checkMdxBody, COLLECTIONS, type CollectionName, escapeMdx, FrontmatterError, frontmatterFile, joinFrontmatter, type SplitFile, splitFrontmatter,
  unescapeMdx,
} from '@stazhirovka/schema';
import type { z } from 'zod';
import { SLUG_KEY } from '../slug/latin-slug.ts';
import { patchBody } from './body-patch.ts';
import { sameData, tagVariants, toFrontmatterData } from './form-data.ts';
import { patchFrontmatter } from './frontmatter.ts';

/**
 * Decap has no MDX format and its frontmatter writer re-serialises every file (reordering keys,
 * re-quoting). This format reads and writes our files itself:
 * - what a person did not change is written back byte for byte (frontmatter and body apart);
 * - a changed frontmatter is patched in place, keeping the file's own order and quoting;
 * - a changed body is escaped for MDX so that it builds and shows exactly as typed, and only its
 *   changed blocks are written anew (body-patch.ts).
 */

/** Format name used by every collection: `${ENTRY_FORMAT}-${collection}`. */
export const ENTRY_FORMAT = 'stazhirovka-mdx';
export const formatName = (collection: CollectionName) => `${ENTRY_FORMAT}-${collection}`;

/** Form-data key holding the file as it was loaded, so saving can tell what changed. */
export const ORIGIN_KEY = '_original';

/**
 * The file split by the schema package's splitter, the one `validate` and the build use: a file
 * they would refuse (no block, text after the closing `---`, broken YAML) is not opened either,
 * instead of being saved back with its fields taken for text.
 */
function splitSource(source: string): SplitFile {
  try {
    return splitFrontmatter(source);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    throw new Error(`Запись не открыта: ${error.message}${error.line ? ` (строка ${error.line})` : ''}. Исправьте файл в редакторе текста.`, { cause: error });
  }
}

/** The body as the form shows it: without the blank line after the fence, MDX escapes hidden. */
function bodyForForm(rest: string): string {
  return unescapeMdx(rest.replace(/^\r?\n/, '').replace(/\s+$/, ''));
}

function fieldsOf({ data }: Pick<SplitFile, 'data'>): Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

export type FormData = Record<string, unknown>;

/** File → form data. */
export function fromFile(collection: CollectionName, source: string): FormData {
  const split = splitSource(source);
  return fromFields(collection, split.data, split.body, source);
}

/** Fields already read from `source` (by the same splitter) → form data. */
export function fromFields(collection: CollectionName, fields: unknown, body: string, source: string): FormData {
  const data = tagVariants(COLLECTIONS[collection].schema, fieldsOf({ data: fields })) as FormData;
  return { ...data, body: bodyForForm(body), [ORIGIN_KEY]: source };
}

/** Same meaning for the schema (defaults applied, strings trimmed), or identical data. */
function sameMeaning(schema: z.ZodType, before: unknown, after: unknown): boolean {
  const a = schema.safeParse(before);
  const b = schema.safeParse(after);
  return a.success && b.success ? sameData(a.data, b.data) : sameData(before, after);
}

/** Thrown when a body cannot be made safe by escaping (e.g. a `javascript:` link). */
export class UnsafeBodyError extends Error {}

function bodyForFile(body: string): string {
  const text = body.replace(/\s+$/, '');
  if (!text) return '';
  const escaped = escapeMdx(text);
  const [problem] = checkMdxBody(escaped);
  if (problem) throw new UnsafeBodyError(`Текст не сохранён: ${problem.message}`);
  return `\n${escaped}\n`;
}

/** Form data → file. */
export function toFile(collection: CollectionName, form: FormData): string {
  const schema = COLLECTIONS[collection].schema;
  const { [ORIGIN_KEY]: original, [SLUG_KEY]: _slug, body = '', ...fields } = form;
  const data = toFrontmatterData(schema, fields) as Record<string, unknown>;
  const shownBody = typeof body === 'string' ? body : '';
  if (typeof original !== 'string') return frontmatterFile(data, bodyForFile(shownBody));
  const before = splitSource(original);
  const beforeData = toFrontmatterData(schema, fieldsOf(before));
  const yaml = sameMeaning(schema, beforeData, data) ? before.block.yaml : patchFrontmatter(before.block.yaml, data);
  const bodyUnchanged = bodyForForm(before.body) === shownBody.replace(/\s+$/, '');
  return joinFrontmatter({ ...before.block, yaml }, bodyUnchanged ? before.body : editedBody(before.body, shownBody));
}

/** The original body with only the edited blocks rewritten; the whole body escaped if that does not build. */
function editedBody(original: string, shownBody: string): string {
  const patched = patchBody(original, shownBody);
  return checkMdxBody(patched).length === 0 ? patched : bodyForFile(shownBody);
}
