import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/**
 * The file the build records each content file in as it checks and renders it, set by the build
 * wrapper (safe-build.ts). Rendering happens in a native parser, which logs nothing per file;
 * when the process dies there (a parser overflowing its stack on deeply nested text is a SIGSEGV,
 * with no message at all) this file is the only way to name the document.
 */
export const PROGRESS_ENV = 'SITE_BUILD_PROGRESS';

const withoutQuery = (id: string) => id.replace(/\?.*$/, '');

/**
 * Records `+ <file>` before the content loader checks and renders a file and `- <file>` once it
 * is done; only in a build run by the wrapper. Synchronous appends: the line must be on disk
 * before the parser that may crash runs.
 */
export function recordProgress(mark: '+' | '-', file: string): void {
  const progress = process.env[PROGRESS_ENV];
  if (progress) appendFileSync(progress, `${mark} ${file}\n`);
}

/** Files whose compilation started and did not finish, in the order they started. */
export function filesInProgress(progressFile: string): string[] {
  if (!existsSync(progressFile)) return [];
  const open = new Set<string>();
  for (const line of readFileSync(progressFile, 'utf8').split('\n')) {
    const id = line.slice(2);
    if (line.startsWith('+ ')) open.add(id);
    else if (line.startsWith('- ')) open.delete(id);
  }
  return [...new Set([...open].map(withoutQuery))];
}
