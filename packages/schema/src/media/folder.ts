import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../errors.ts';
import { checkMediaBytes, mediaNameProblem } from './rules.ts';

const problem = (file: string, message: string): ContentProblem => ({ file, path: '', label: '', message, severity: 'error' });

/** One file of the media folder: its name, then its bytes; an SVG must need no cleaning. */
function fileProblem(dir: string, name: string, shown: string): string | undefined {
  const stat = lstatSync(join(dir, name));
  if (stat.isSymbolicLink()) return 'это символическая ссылка; положите в папку сам файл';
  if (stat.isDirectory()) return `вложенные папки не публикуются через редактор и не проверяются; перенесите файлы прямо в ${shown}`;
  if (!stat.isFile()) return 'это не обычный файл; удалите его';
  const named = mediaNameProblem(name);
  if (named) return named;
  const checked = checkMediaBytes(name, readFileSync(join(dir, name)));
  if (!checked.ok) return checked.problem;
  if (checked.removed.length > 0) {
    return `в SVG есть то, что может выполнить код: ${checked.removed.map((item) => `«${item}»`).join(', ')}; ` +
      'загрузите файл через редактор (раздел «Медиафайлы»): он сохранит очищенную копию';
  }
  return undefined;
}

/**
 * Every file already in the media folder, as the editing backend would accept it on upload:
 * allowed type by name and by content, a Latin name, no script. `shown` is the folder as
 * messages name it (`apps/site/public/media`). A missing folder has no problems.
 */
export function mediaFolderProblems(dir: string, shown: string): ContentProblem[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const message = fileProblem(dir, name, shown);
    return message ? [problem(`${shown}/${name}`, message)] : [];
  });
}
