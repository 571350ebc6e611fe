import { checkMdxBody, COLLECTIONS, type CollectionName, escapeMdx, unescapeMdx } from '@stazhirovka/schema';
import { parse } from 'yaml';
import type { z } from 'zod';
import { SLUG_KEY } from '../slug/latin-slug.ts';
import { patchBody } from './body-patch.ts';
import { sameData, tagVariants, toFrontmatterData } from './form-data.ts';
import { patchFrontmatter, stringifyFrontmatter } from './frontmatter.ts';

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

const FENCE = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

interface SplitSource {
  frontmatter: string;
  /** Everything after the closing fence, verbatim. */
  rest: string;
}

function splitSource(source: string): SplitSource {
  const match = FENCE.exec(source);
  return match ? { frontmatter: match[1] ?? '', rest: source.slice(match[0].length) } : { frontmatter: '', rest: source };
}

/** The body as the form shows it: without the blank line after the fence, MDX escapes hidden. */
function bodyForForm(rest: string): string {
  return unescapeMdx(rest.replace(/^\r?\n/, '').replace(/\s+$/, ''));
}

function readFrontmatter(text: string): Record<string, unknown> {
  const data: unknown = text.trim() ? parse(text) : {};
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

export type FormData = Record<string, unknown>;

/** File → form data. */
export function fromFile(collection: CollectionName, source: string): FormData {
  const { frontmatter, rest } = splitSource(source);
  const data = tagVariants(COLLECTIONS[collection].schema, readFrontmatter(frontmatter)) as FormData;
  return { ...data, body: bodyForForm(rest), [ORIGIN_KEY]: source };
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
  if (typeof original !== 'string') {
    return `---\n${stringifyFrontmatter(data)}---\n${bodyForFile(shownBody)}`;
  }
  const before = splitSource(original);
  const beforeData = toFrontmatterData(schema, readFrontmatter(before.frontmatter));
  const frontmatter = sameMeaning(schema, beforeData, data) ? before.frontmatter : patchFrontmatter(before.frontmatter, data);
  const bodyUnchanged = bodyForForm(before.rest) === shownBody.replace(/\s+$/, '');
  return `---\n${frontmatter}---\n${bodyUnchanged ? before.rest : editedBody(before.rest, shownBody)}`;
}

/** The original body with only the edited blocks rewritten; the whole body escaped if that does not build. */
function editedBody(original: string, shownBody: string): string {
  const patched = patchBody(original, shownBody);
  return checkMdxBody(patched).length === 0 ? patched : bodyForFile(shownBody);
}
