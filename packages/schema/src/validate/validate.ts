import { COLLECTIONS } from '../collections.ts';
import { type ContentProblem, labelsAlong, pathToString, problemsFromZod, russianErrorMap } from '../errors.ts';
import { SLUG_PATTERN } from '../fields.ts';
import { basisWarnings } from '../document-status.ts';
import { CONTENT_LIMITS, formatKilobytes } from '../limits.ts';
import { parseMdxBody } from '../mdx-safety.ts';
import { mdxParser } from '#mdx-parser';
import { lintNumbering } from '../numbering.ts';
import { outlineOfTree } from '../outline.ts';
import { checkReferences, type EntryRef, hierarchyCycles, selfReferences } from '../references.ts';
import { toSlug } from '../slug.ts';
import { todayIso } from '../status.ts';
import { FrontmatterError, splitFrontmatter, type YamlIssue } from '../frontmatter.ts';
import type { RawEntry } from './load.ts';
import { CONTENT_EXTENSION, isPublishedName, unpublishedFile } from './names.ts';

export interface ValidationResult {
  problems: ContentProblem[];
  /** Entries whose frontmatter parsed, with their data, for reference checks and the build. */
  entries: EntryRef[];
}

const fileProblem = (file: string, message: string, line?: number): ContentProblem => ({
  file: line === undefined ? file : `${file}:${line}`,
  path: '',
  label: '',
  message,
  severity: 'error',
});

/** Collections whose bodies are numbered legal text, checked for numbering anomalies. */
const LEGAL_TEXTS = new Set<string>(Object.entries(COLLECTIONS).filter(([, c]) => c.legalText).map(([name]) => name));

/**
 * Checks one file on its own: name, size, encoding, frontmatter against its schema, MDX safety
 * of the body. Never throws: a failure of the check itself is reported against the file.
 */
export function validateEntry(raw: RawEntry): CheckedEntry {
  try {
    return checkEntry(raw);
  } catch (error) {
    return { problems: [internalError(raw.file, error)] };
  }
}

/** An unexpected failure of a check, named against the file instead of a stack trace. */
export function internalError(file: string, error: unknown): ContentProblem {
  const reason = error instanceof Error ? error.message : String(error);
  return fileProblem(file, `проверка не смогла разобрать файл (внутренняя ошибка: ${reason.split('\n')[0]}); ` +
    'файл не опубликуется, пока ошибка не исправлена: сообщите разработчикам и приложите этот файл');
}

/** One file's problems; its data when valid; its body when the frontmatter could be split off. */
export interface CheckedEntry {
  problems: ContentProblem[];
  entry?: EntryRef;
  /** The Markdown body and the number of file lines above it, for the site's renderer. */
  body?: { text: string; lineOffset: number };
}

function checkEntry(raw: RawEntry): CheckedEntry {
  const problems = nameProblems(raw);
  if (raw.readError !== undefined) {
    return { problems: [...problems, fileProblem(raw.file, `файл не читается (${raw.readError}); ` +
      'проверьте, что он существует, его имя в UTF-8, а права позволяют чтение')] };
  }
  const bytes = raw.bytes ?? new TextEncoder().encode(raw.source).length;
  if (bytes > CONTENT_LIMITS.fileBytes) {
    return { problems: [...problems, fileProblem(raw.file, `файл весит ${formatKilobytes(bytes)}, допускается не больше ` +
      `${formatKilobytes(CONTENT_LIMITS.fileBytes)}; разделите документ на части или вынесите приложения в отдельные записи`)] };
  }
  if (raw.badEncodingLine !== undefined) {
    return { problems: [...problems, fileProblem(raw.file, 'файл не в кодировке UTF-8 (например, в Windows-1251); ' +
      'откройте его в редакторе и сохраните в UTF-8', raw.badEncodingLine)] };
  }
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(raw.source);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    problems.push(fileProblem(raw.file, `невидимый управляющий символ U+${code}; удалите его ` +
      '(если таких много, файл сохранён в UTF-16 или это не текст: сохраните его в UTF-8)', lineOf(raw.source, control.index)));
  }
  let split;
  try {
    split = splitFrontmatter(raw.source);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return { problems: [...problems, fileProblem(raw.file, error.message, error.line)] };
  }
  const schema = COLLECTIONS[raw.collection].schema;
  problems.push(...split.yamlIssues.map((issue) => yamlProblem(raw, issue)));
  const parsed = schema.safeParse(split.data ?? {}, { error: russianErrorMap, reportInput: true });
  if (!parsed.success) {
    // A value refused as YAML is reported once, as YAML, not again as a wrong type.
    const refused = split.yamlIssues.map((issue) => pathToString(issue.path));
    problems.push(...problemsFromZod(raw.file, schema, parsed.error).filter((p) => !refused.some((path) => within(p.path, path))));
  }
  const bodyLabel = COLLECTIONS[raw.collection].bodyLabel;
  const body = parseMdxBody(split.body, split.bodyLineOffset, mdxParser);
  for (const problem of body.problems) {
    problems.push({ ...fileProblem(raw.file, problem.message, problem.line), path: 'body', label: bodyLabel });
  }
  if (body.tree && body.problems.length === 0 && LEGAL_TEXTS.has(raw.collection)) {
    for (const issue of lintNumbering(outlineOfTree(body.tree, split.bodyLineOffset))) {
      problems.push({ ...fileProblem(raw.file, issue.message, issue.line), path: 'body', label: bodyLabel, severity: 'warning' });
    }
  }
  const valid = parsed.success && split.yamlIssues.length === 0;
  const entry = valid ? { collection: raw.collection, slug: raw.slug, file: raw.file, data: parsed.data } : undefined;
  return { problems, entry, body: { text: split.body, lineOffset: split.bodyLineOffset } };
}

/** The file name: the published extension, and a slug in transliterated Latin. */
function nameProblems(raw: RawEntry): ContentProblem[] {
  const name = raw.file.slice(raw.file.lastIndexOf('/') + 1);
  if (!isPublishedName(name)) return [fileProblem(raw.file, unpublishedFile(name))];
  if (SLUG_PATTERN.test(raw.slug)) return [];
  return [fileProblem(raw.file,
    `имя файла должно быть латиницей в нижнем регистре через дефис; переименуйте в «${toSlug(raw.slug) || 'document'}${CONTENT_EXTENSION}»`)];
}

function yamlProblem(raw: RawEntry, issue: YamlIssue): ContentProblem {
  const schema = COLLECTIONS[raw.collection].schema;
  const file = issue.line === undefined ? raw.file : `${raw.file}:${issue.line}`;
  if (issue.path.length === 0) return fileProblem(file, issue.message);
  return { file, path: pathToString(issue.path), label: labelsAlong(schema, issue.path).join(' → '), message: issue.message, severity: 'error' };
}

/** True when `path` is `parent` or lies inside it (`a.b[0]` in `a.b`). */
function within(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}.`) || path.startsWith(`${parent}[`);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** What the checks across files need to know of a file. */
type FileRef = Pick<RawEntry, 'collection' | 'slug' | 'file'>;

/** Two files that would publish at the same URL. */
function duplicateSlugs(raws: readonly FileRef[]): ContentProblem[] {
  const seen = new Map<string, string>();
  return raws.flatMap((raw) => {
    const key = `${raw.collection}/${raw.slug}`;
    const first = seen.get(key);
    seen.set(key, first ?? raw.file);
    return first
      ? [fileProblem(raw.file, `slug «${raw.slug}» уже занят файлом ${first}; переименуйте один из файлов`)]
      : [];
  });
}

/** Checks across files: references resolve, point elsewhere than at the entry itself, form no cycle. */
function crossChecks(raws: readonly FileRef[], entries: EntryRef[], today: string): ContentProblem[] {
  try {
    return [
      ...duplicateSlugs(raws),
      ...checkReferences(entries),
      ...selfReferences(entries),
      ...hierarchyCycles(entries),
      ...basisWarnings(entries, today),
    ];
  } catch (error) {
    const folder = raws[0]?.file.replace(/\/[^/]+\/[^/]+$/, '/') ?? 'content/';
    return [internalError(folder, error)];
  }
}

/**
 * The checks across files (duplicate slugs, references, cycles, bases no longer in force) over
 * files already checked one by one: the site's loader checks each file once, caches the result
 * by content hash, and runs only these over the whole corpus.
 */
export function corpusProblems(files: readonly FileRef[], entries: EntryRef[], today = todayIso(process.env)): ContentProblem[] {
  return crossChecks(files, entries, today);
}

/**
 * Runs every check over all content. Never writes anything. `today` (YYYY-MM-DD, `SITE_TODAY` in
 * tests) decides which documents are in force, for warnings about bases no longer in force.
 */
export function validateContent(raws: RawEntry[], today = todayIso(process.env)): ValidationResult {
  const results = raws.map(validateEntry);
  const entries = results.flatMap((r) => (r.entry ? [r.entry] : []));
  const problems = [...results.flatMap((r) => r.problems), ...crossChecks(raws, entries, today)];
  return { problems, entries };
}
