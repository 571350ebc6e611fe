import { COLLECTIONS } from '../collections.ts';
import { type ContentProblem, problemsFromZod, russianErrorMap } from '../errors.ts';
import { SLUG_PATTERN } from '../fields.ts';
import { basisWarnings } from '../document-status.ts';
import { checkMdxBody } from '../mdx-safety.ts';
import { lintNumbering } from '../numbering.ts';
import { outlineOfMarkdown } from '../outline.ts';
import { checkReferences, type EntryRef } from '../references.ts';
import { toSlug } from '../slug.ts';
import { todayIso } from '../status.ts';
import { FrontmatterError, splitFrontmatter } from './frontmatter.ts';
import type { RawEntry } from './load.ts';

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

/** Checks one file on its own: name, frontmatter against its schema, MDX safety of the body. */
export function validateEntry(raw: RawEntry): { problems: ContentProblem[]; entry?: EntryRef } {
  const problems: ContentProblem[] = [];
  if (!SLUG_PATTERN.test(raw.slug)) {
    problems.push(fileProblem(raw.file,
      `имя файла должно быть латиницей в нижнем регистре через дефис; переименуйте в «${toSlug(raw.slug) || 'document'}${raw.file.slice(raw.file.lastIndexOf('.'))}»`));
  }
  let split;
  try {
    split = splitFrontmatter(raw.source);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return { problems: [...problems, fileProblem(raw.file, error.message, error.line)] };
  }
  const schema = COLLECTIONS[raw.collection].schema;
  const parsed = schema.safeParse(split.data ?? {}, { error: russianErrorMap, reportInput: true });
  if (!parsed.success) problems.push(...problemsFromZod(raw.file, schema, parsed.error));
  for (const body of checkMdxBody(split.body, split.bodyLineOffset)) {
    problems.push({ ...fileProblem(raw.file, body.message, body.line), path: 'body', label: COLLECTIONS[raw.collection].bodyLabel });
  }
  if (LEGAL_TEXTS.has(raw.collection)) {
    for (const issue of lintNumbering(outlineOfMarkdown(split.body, split.bodyLineOffset))) {
      problems.push({
        ...fileProblem(raw.file, issue.message, issue.line),
        path: 'body',
        label: COLLECTIONS[raw.collection].bodyLabel,
        severity: 'warning',
      });
    }
  }
  const entry = parsed.success ? { collection: raw.collection, slug: raw.slug, file: raw.file, data: parsed.data } : undefined;
  return { problems, entry };
}

/** Two files that would publish at the same URL (`a.md` and `a.mdx`). */
function duplicateSlugs(raws: RawEntry[]): ContentProblem[] {
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

/**
 * Runs every check over all content. Never writes anything. `today` (YYYY-MM-DD, `SITE_TODAY` in
 * tests) decides which documents are in force, for warnings about bases no longer in force.
 */
export function validateContent(raws: RawEntry[], today = todayIso(process.env)): ValidationResult {
  const results = raws.map(validateEntry);
  const entries = results.flatMap((r) => (r.entry ? [r.entry] : []));
  const problems = [
    ...results.flatMap((r) => r.problems),
    ...duplicateSlugs(raws),
    ...checkReferences(entries),
    ...basisWarnings(entries, today),
  ];
  return { problems, entries };
}
