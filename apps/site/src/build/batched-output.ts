import type { AstroIntegration } from 'astro';
import { PROGRESS_ENV } from './build-progress.ts';

/*
 * While pages render, Astro writes two lines for each page to stdout, each its own write to the
 * build wrapper's pipe (safe-build.ts), and each write wakes the wrapper: at 10 000 documents that
 * was ~2 s of the render thread. So stdout is held back (corked) from the first page on and written
 * out every FLUSH_MS, at the end of the build and when the process exits. Errors go to stderr,
 * which is never held back; the page a crash stopped in is named from the progress file
 * (build-progress.ts), and the lines that say which step the build is in are out before the first
 * page. Only under the wrapper (it sets PROGRESS_ENV): a terminal gets Astro's lines as they come.
 */

/** How long Astro's log lines may be held back while pages render. */
const FLUSH_MS = 100;

/**
 * The timer of the held output, on `globalThis`: the render middleware, bundled by Vite, holds
 * it, and the integration, loaded with Astro's config, releases it; two copies of this module.
 */
const SLOT = Symbol.for('stazhirovka.build.heldOutput');
type Slots = { [SLOT]?: NodeJS.Timeout };

function writeOut(): void {
  while (process.stdout.writableCorked > 0) process.stdout.uncork();
}

/** Holds stdout back until the build ends; called as each page starts, it acts once. */
export function holdOutput(): void {
  const slots = globalThis as Slots;
  if (!process.env[PROGRESS_ENV] || slots[SLOT]) return;
  process.stdout.cork();
  slots[SLOT] = setInterval(() => {
    writeOut();
    process.stdout.cork();
  }, FLUSH_MS).unref();
  process.once('exit', releaseOutput);
}

/** Writes out what is held and stops holding. */
export function releaseOutput(): void {
  const slots = globalThis as Slots;
  if (!slots[SLOT]) return;
  clearInterval(slots[SLOT]);
  slots[SLOT] = undefined;
  writeOut();
}

/** Releases the output when the pages are done, before the other integrations report. */
export function batchedOutput(): AstroIntegration {
  return { name: 'stazhirovka:batched-output', hooks: { 'astro:build:done': releaseOutput } };
}
