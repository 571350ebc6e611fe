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

export type PreparerMessage = { type: 'page'; file: string; html: Uint8Array } | { type: 'finish' };

/** Where the pages prepared for the index of a site built into `outDir` are written. */
export const preparedPagesDir = (outDir: string) => `${resolve(outDir)}.search-pages`;

/** Pages of the site that Pagefind indexes carry this attribute (BaseLayout's `<main>`). */
const INDEXED = Buffer.from('data-pagefind-body');

export interface Preparer {
  /** Hands over one rendered page at `file` (`regulations/x/index.html`); pages not indexed are skipped. */
  prepare(file: string, html: Uint8Array): void;
  /** Waits for the pages handed over and ends the worker. */
  finish(): Promise<PreparedPages>;
}

export function startPreparing(outDir: string): Preparer {
  const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: preparedPagesDir(outDir) });
  let failure: Error | undefined;
  worker.once('error', (error) => (failure = error));
  return {
    prepare(file, html) {
      if (Buffer.from(html.buffer, html.byteOffset, html.byteLength).indexOf(INDEXED) < 0) return;
      const copy = html.slice();
      worker.postMessage({ type: 'page', file, html: copy } satisfies PreparerMessage, [copy.buffer]);
    },
    async finish() {
      if (failure) throw failure;
      const done = new Promise<PreparedPages>((resolve, reject) => {
        worker.once('message', resolve);
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
