import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ContentProblem, formatProblem } from '../errors.ts';
import { MEDIA_FOLDER } from '../folders.ts';
import { mediaFolderProblems } from '../media/folder.ts';
import { checkContentTree } from './files.ts';
import { loadContent } from './load.ts';
import { validateContent } from './validate.ts';

export { checkContentTree, CONTENT_README } from './files.ts';
export { FrontmatterError, splitFrontmatter, type SplitFile, type YamlIssue } from '../frontmatter.ts';
export { CONTENT_EXTENSION, isPublishedName, loadContent, type RawEntry, readEntry } from './load.ts';
export { type CheckedEntry, corpusProblems, internalError, validateContent, validateEntry, type ValidationResult } from './validate.ts';

/** The repository root, found from this file so the CLI works from any directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Where content lives: `content/` at the repository root, or `CONTENT_DIR` (tests build and
 * validate temporary copies this way, never touching the real content).
 */
export function contentDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR ? resolve(env.CONTENT_DIR) : join(REPO_ROOT, 'content');
}

/**
 * Validates a content folder and the media folder and returns a printable report: every file
 * under the content folder is either checked as an entry or reported as not published.
 */
export function validateRepository(repoRoot = REPO_ROOT, contentDir = contentDirectory()) {
  const raws = loadContent(contentDir, repoRoot);
  const checked = validateContent(raws);
  const result = { ...checked, problems: [...checkContentTree(contentDir, repoRoot), ...checked.problems, ...mediaProblems(repoRoot)] };
  return { ...result, ...contentReport(result.problems, raws.length), files: raws.length };
}

/** Files already in the media folder pass the same rules as an upload through the editor. */
export function mediaProblems(repoRoot = REPO_ROOT): ContentProblem[] {
  return mediaFolderProblems(join(repoRoot, MEDIA_FOLDER), MEDIA_FOLDER);
}

/** Errors first, then warnings, then the count: the report `validate` prints and the build throws. */
export function contentReport(problems: readonly ContentProblem[], files: number) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines = [
    ...errors.map((p) => `✖ ${formatProblem(p)}`),
    ...warnings.map((p) => `⚠ ${formatProblem(p)}`),
    `Проверено файлов: ${files}; ошибок: ${errors.length}; предупреждений: ${warnings.length}.`,
  ];
  return { errors, warnings, report: lines.join('\n') };
}
