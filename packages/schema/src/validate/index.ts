import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../errors.ts';
import { MEDIA_FOLDER } from '../folders.ts';
import { mediaFolderProblems } from '../media/folder.ts';
import { checkContentTree } from './files.ts';
import { loadContent } from './load.ts';
import { validateContent } from './validate.ts';

export { checkContentTree, CONTENT_README } from './files.ts';
export { FrontmatterError, splitFrontmatter, type SplitFile, type YamlIssue } from '../frontmatter.ts';
export { CONTENT_EXTENSION, isPublishedName, loadContent, type RawEntry, readEntry } from './load.ts';
export { internalError, validateContent, validateEntry, type ValidationResult } from './validate.ts';

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
  // Files already in the media folder pass the same rules as an upload through the editor.
  const media = mediaFolderProblems(join(repoRoot, MEDIA_FOLDER), MEDIA_FOLDER);
  const result = { ...checked, problems: [...checkContentTree(contentDir, repoRoot), ...checked.problems, ...media] };
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  const lines = [
    ...errors.map((p) => `✖ ${formatProblem(p)}`),
    ...warnings.map((p) => `⚠ ${formatProblem(p)}`),
    `Проверено файлов: ${raws.length}; ошибок: ${errors.length}; предупреждений: ${warnings.length}.`,
  ];
  return { ...result, errors, warnings, report: lines.join('\n'), files: raws.length };
}
