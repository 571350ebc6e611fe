import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IndexedPage } from './shards.ts';

/*
 * Entry pages prepared for the search index while Astro renders the site. Astro renders in one
 * thread; the word forms and the vocabulary (~1 ms a page, 10 s at 10 000 documents) are worked
 * out in a thread of their own (./prepare-worker.ts) on the machine's other core. The worker
 * writes each page as Pagefind should read it (./page-for-index.ts: word forms, spacing) into a
 * folder beside the site, which the index is built from; the published page stays as Astro
 * rendered it.
 */

/** What the index is built from (see PendingIndex in ../search-index.ts). */
export interface PreparedPages {
  pages: IndexedPage[];
  /** Word forms added to the pages (see ./word-forms.ts). */
  addedForms: number;
  /** Time the worker spent on the pages. */
  ms: number;
  /** Every word of the pages (./vocabulary.ts). */
  vocabulary: string[];
  alternatives: Record<string, string[]>;
}

export type PreparerMessage = { type: 'pages'; pages: { file: string; html: Uint8Array }[] } | { type: 'finish' };

/** What the worker answers: how many pages of a message it has written, and the result at `finish`. */
export type PreparerReply = { written: number } | PreparedPages;

/** Where the pages prepared for the index of a site built into `outDir` are written. */
export const preparedPagesDir = (outDir: string) => `${resolve(outDir)}.search-pages`;

/**
 * The name of the copy of the page at `file` (`regulations/x/index.html`) in the prepared pages'
 * folder: all copies sit in the folder itself. Each folder made and removed for a page costs here
 * as much as the page (~0.35 ms to remove, the disk taking its space back), so the copies are
 * given folders only where Pagefind reads them (../search-index.ts).
 */
export const preparedCopyName = (file: string) => `${createHash('sha1').update(file).digest('hex')}.html`;

/** Pages of the site that Pagefind indexes carry this attribute (BaseLayout's `<main>`). */
const INDEXED = Buffer.from('data-pagefind-body');

/**
 * Pages handed over and not yet written. The worker keeps up on two cores (~2 ms a page against
 * ~3 ms to render one); on one core the render would outrun it and the pages waiting would pile
 * up in memory (~80 KB each), so past this many the render waits.
 */
const MAX_WAITING = 64;

/**
 * Pages sent to the worker in one message, and acknowledged in one: each message wakes the other
 * thread, and one per page cost the render thread ~1.3 s at 10 000 documents.
 */
const BATCH = 16;

export interface Preparer {
  /**
   * Hands over one rendered page at `file` (`regulations/x/index.html`); pages not indexed are
   * skipped. Resolves at once unless MAX_WAITING pages are waiting for the worker. `html` goes
   * with the next batch, so it must not change meanwhile.
   */
  prepare(file: string, html: Uint8Array): Promise<void>;
  /** Waits for the pages handed over and ends the worker. */
  finish(): Promise<PreparedPages>;
}

export function startPreparing(outDir: string): Preparer {
  const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: preparedPagesDir(outDir) });
  let failure: Error | undefined;
  let waiting = 0;
  let waiters: (() => void)[] = [];
  let batch: { file: string; html: Uint8Array }[] = [];
  const release = () => {
    for (const resume of waiters) resume();
    waiters = [];
  };
  const send = () => {
    if (batch.length === 0) return;
    // Cloned, not transferred: the page's bytes are still the body of its response (see
    // ./render-middleware.ts), and the clone is made outside the render thread's heap.
    worker.postMessage({ type: 'pages', pages: batch } satisfies PreparerMessage);
    batch = [];
  };
  worker.once('error', (error) => {
    failure = error;
    release();
  });
  worker.once('exit', (code) => {
    failure ??= new Error(`The search page preparer stopped (exit code ${code}).`);
    release();
  });
  worker.on('message', (message: PreparerReply) => {
    if (!('written' in message)) return;
    waiting -= message.written;
    if (waiting <= MAX_WAITING / 2) release();
  });
  return {
    async prepare(file, html) {
      if (failure) throw failure;
      if (Buffer.from(html.buffer, html.byteOffset, html.byteLength).indexOf(INDEXED) < 0) return;
      // A view into a larger buffer would send the whole buffer: only its own bytes go.
      batch.push({ file, html: html.byteLength === html.buffer.byteLength ? html : html.slice() });
      if (batch.length >= BATCH) send();
      if (++waiting < MAX_WAITING) return;
      // The pages the worker has not been sent yet must reach it for the count to come down.
      send();
      await new Promise<void>((resume) => waiters.push(resume));
      if (failure) throw failure;
    },
    async finish() {
      if (failure) throw failure;
      send();
      // Ending it is not a failure: a page handed over after `finish` finds it stopped.
      const done = new Promise<PreparedPages>((resolve, reject) => {
        worker.on('message', (message: PreparerReply) => !('written' in message) && resolve(message));
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`The search page preparer stopped (exit code ${code}).`)));
      });
      worker.postMessage({ type: 'finish' } satisfies PreparerMessage);
      try {
        return await done;
      } finally {
        await worker.terminate();
      }
    },
  };
}
