import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';

/**
 * The file the build records each content file in as it checks and renders it, and each page as
 * it renders, set by the build wrapper (safe-build.ts). Rendering happens in a native parser, which
 * logs nothing per file; when the process dies there (a parser overflowing its stack on deeply
 * nested text is a SIGSEGV, with no message at all) this file is the only way to name the document.
 */
export const PROGRESS_ENV = 'SITE_BUILD_PROGRESS';

const withoutQuery = (id: string) => id.replace(/\?.*$/, '');

/** The progress file this thread appends to, opened once: opening it for each line cost the render ~1.8 s at 10 000 documents. */
let opened: { path: string; fd: number } | undefined;

/**
 * Records `+ <file>` before the content loader checks and renders a file and `- <file>` once it
 * is done; only in a build run by the wrapper. Each line is written before the call returns, in
 * append mode (the loader's workers write to the same file): it must be on disk before the parser
 * that may crash runs.
 */
export function recordProgress(mark: '+' | '-', file: string): void {
  const progress = process.env[PROGRESS_ENV];
  if (!progress) return;
  if (opened?.path !== progress) {
    if (opened) closeSync(opened.fd);
    opened = { path: progress, fd: openSync(progress, 'a') };
  }
  writeSync(opened.fd, `${mark} ${file}\n`);
}

/** How a page being rendered is recorded: `+ page:/regulations/x/`. */
const PAGE = 'page:';

/**
 * Records `+ page:<pathname>` before a page renders and `- page:<pathname>` after; in a build run
 * by the wrapper only (search/render-middleware.ts). Astro renders two pages at a time, and its
 * log does not say which of them a crash stopped in: this does.
 */
export function recordPage(mark: '+' | '-', pathname: string): void {
  recordProgress(mark, `${PAGE}${pathname}`);
}

function openIds(progressFile: string): string[] {
  if (!existsSync(progressFile)) return [];
  const open = new Set<string>();
  for (const line of readFileSync(progressFile, 'utf8').split('\n')) {
    const id = line.slice(2);
    if (line.startsWith('+ ')) open.add(id);
    else if (line.startsWith('- ')) open.delete(id);
  }
  return [...open];
}

/** Files whose compilation started and did not finish, in the order they started. */
export function filesInProgress(progressFile: string): string[] {
  return [...new Set(openIds(progressFile).filter((id) => !id.startsWith(PAGE)).map(withoutQuery))];
}

/** Pages whose rendering started and did not finish (`/regulations/x/`), in the order they started. */
export function pagesInProgress(progressFile: string): string[] {
  return openIds(progressFile).filter((id) => id.startsWith(PAGE)).map((id) => id.slice(PAGE.length));
}
