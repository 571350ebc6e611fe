import { join } from 'node:path';
import { type ContentProblem, formatProblem } from '../errors.ts';
import { MEDIA_FOLDER } from '../folders.ts';
import { mediaFolderProblems } from '../media/folder.ts';
import { contentDirectory, REPO_ROOT } from './environment.ts';
import { checkContentTree } from './files.ts';
import { loadContent } from './load.ts';
import { validateContent } from './validate.ts';

export { contentDirectory, REPO_ROOT } from './environment.ts';
export { checkContentTree, CONTENT_README } from './files.ts';
export { FrontmatterError, splitFrontmatter, type SplitFile, type YamlIssue } from '../frontmatter.ts';
export { CONTENT_EXTENSION, isPublishedName, loadContent, type RawEntry, readEntry } from './load.ts';
export { type CheckedEntry, corpusProblems, internalError, validateContent, validateEntry, type ValidationResult } from './validate.ts';

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
