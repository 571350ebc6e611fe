import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { pageForIndex } from './page-for-index.ts';
import { type PreparedPages, type PreparerMessage, type PreparerReply, preparedCopyName } from './prepared-pages.ts';
import { sortKeyOf } from './shards.ts';
import { createVocabulary } from './vocabulary.ts';
import { createFormCompleter, indexedMarkup, textOf, wordsOf } from './word-forms.ts';

// The thread that prepares rendered pages for the search index (./prepared-pages.ts), beside the
// one Astro renders in. Messages arrive in order, so `finish` answers after the last page.
const folder = workerData as string;
mkdirSync(folder, { recursive: true });
const completer = createFormCompleter();
const vocabulary = createVocabulary();
const decoder = new TextDecoder();
const prepared: Omit<PreparedPages, 'vocabulary' | 'alternatives'> = { pages: [], addedForms: 0, ms: 0 };

async function prepare(file: string, bytes: Uint8Array): Promise<void> {
  const forms = await completer;
  const started = performance.now();
  const html = decoder.decode(bytes);
  const markup = indexedMarkup(html);
  const text = textOf(markup);
  const missing = forms.missingKeys(wordsOf(text));
  vocabulary.add(markup, text, missing);
  writeFileSync(join(folder, preparedCopyName(file)), pageForIndex(html, missing));
  prepared.pages.push({ file, sortKey: sortKeyOf(html) });
  prepared.addedForms += missing.length;
  prepared.ms += performance.now() - started;
}

let failed: unknown;
let queue = Promise.resolve();
parentPort?.on('message', (message: PreparerMessage) => {
  queue = queue.then(async () => {
    if (message.type === 'pages') {
      for (const { file, html } of message.pages) {
        if (failed === undefined) await prepare(file, html).catch((error: unknown) => (failed = error));
      }
      parentPort?.postMessage({ written: message.pages.length } satisfies PreparerReply);
      return;
    }
    if (failed !== undefined) throw failed;
    const result: PreparedPages = { ...prepared, vocabulary: vocabulary.words(), alternatives: (await completer).alternatives() };
    parentPort?.postMessage(result);
  });
});
