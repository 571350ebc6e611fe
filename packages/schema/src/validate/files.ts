import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { COLLECTION_NAMES } from '../collections.ts';
import type { ContentProblem } from '../errors.ts';
import { isPublishedName, unpublishedFile } from './names.ts';

/** The one file under `content/` that is documentation, not content. */
export const CONTENT_README = 'README.md';

const problem = (file: string, message: string): ContentProblem => ({ file, path: '', label: '', message, severity: 'error' });

/**
 * Every file under the content folder is either published (`<collection>/<slug>.mdx`, read by
 * `loadContent`) or reported here with what to do: nothing is skipped silently. Folders and
 * symlinks are not followed.
 */
export function checkContentTree(contentDir: string, repoRoot: string): ContentProblem[] {
  const shown = (path: string) => relative(repoRoot, path);
  if (!isDirectory(contentDir)) {
    return [problem(`${shown(contentDir) || '.'}/`, 'папка с содержимым не найдена; проверьте путь (CONTENT_DIR) или восстановите папку content/')];
  }
  return entriesOf(contentDir).flatMap((entry) => {
    const path = join(contentDir, entry.name);
    if (entry.isSymbolicLink()) return [problem(shown(path), SYMLINK)];
    if (entry.isDirectory()) {
      return (COLLECTION_NAMES as string[]).includes(entry.name)
        ? collectionProblems(path, shown)
        : [problem(`${shown(path)}/`, notACollection(entry.name, filesIn(path)))];
    }
    if (entry.name === CONTENT_README && entry.isFile()) return [];
    return [problem(shown(path), `файл вне раздела не публикуется; перенесите его в папку раздела (${COLLECTION_NAMES.join(', ')}) или удалите`)];
  });
}

function collectionProblems(dir: string, shown: (path: string) => string): ContentProblem[] {
  return entriesOf(dir).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) return [problem(shown(path), SYMLINK)];
    if (entry.isDirectory()) {
      return [problem(`${shown(path)}/`, `вложенная папка не публикуется (файлов в ней: ${filesIn(path)}); ` +
        'перенесите документы на уровень выше, прямо в папку раздела, или удалите папку')];
    }
    if (!entry.isFile()) return [problem(shown(path), 'это не обычный файл (канал, сокет или устройство); удалите его')];
    if (isPublishedName(entry.name)) return [];
    return [problem(shown(path), unpublishedFile(entry.name))];
  });
}

const SYMLINK = 'символическая ссылка не допускается: сайт публикует только сами файлы; замените ссылку файлом или удалите её';

function notACollection(name: string, files: number): string {
  const [guess] = COLLECTION_NAMES.filter((c) => distance(c, name.toLowerCase()) <= 3)
    .sort((a, b) => distance(a, name) - distance(b, name));
  return `папка не раздел сайта, файлов в ней: ${files}, и они не публикуются; ` +
    `перенесите их в раздел (${COLLECTION_NAMES.join(', ')}${guess ? `; возможно, имелось в виду ${guess}` : ''}) или удалите папку`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function entriesOf(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

function filesIn(dir: string): number {
  return entriesOf(dir).reduce((sum, entry) => sum + (entry.isDirectory() ? filesIn(join(dir, entry.name)) : 1), 0);
}
