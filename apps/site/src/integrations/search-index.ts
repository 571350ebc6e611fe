import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ALTERNATIVES_FILE, NOT_INDEXED_CLASS, SEARCH_BUNDLE_DIR } from '../lib/search/search-bundle.ts';
import { pageForIndex } from './search/page-for-index.ts';
import { providePagePreparer } from './search/page-preparer.ts';
import { type FormCompleter, createFormCompleter, wordsOfHtml } from './search/word-forms.ts';

// Lists of other entries would make a page match words that are only in those entries' titles.
// Navigation, header and footer are outside `data-pagefind-body` or skipped by Pagefind itself.
const EXCLUDE_SELECTORS = [`.${NOT_INDEXED_CLASS}`];

/** `/regulations/x/` → `regulations/x/index.html`, as the site is built with `format: 'directory'`. */
export function fileOf(url: string): string {
  return `${url.replace(/^\//, '')}${url.endsWith('/') ? 'index.html' : ''}`;
}

const MAX_IN_FLIGHT = 32;

/**
 * Indexes the pages `files` (paths of built pages under `root`, already prepared: see `searchIndex`)
 * into `root/pagefind/`, and writes the stems of irregular words beside it (ALTERNATIVES_FILE).
 *
 * Pages are handed to Pagefind's service one by one (`addHTMLFile`) in the order of their paths,
 * not with `addDirectory`: Pagefind numbers pages in the order it gets them, and a directory walk
 * gives them in the file system's order, which differs between machines. In path order the index
 * is the same byte for byte wherever it is built (and as before this change), and pages with
 * equal scores keep their order in results. It is as fast: Pagefind parses a directory's pages one
 * at a time too (its CLI on the same pages takes as long), and all this process does per page is
 * read it and send it, beside Pagefind's parsing, on the other core (measured at 1 000 documents:
 * 10.9 s here, 10.8 s with `addDirectory`; docs/performance.md).
 */
export async function writeSearchIndex(root: string, files: readonly string[], alternatives: Record<string, string[]> = {}): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pages are sent without waiting for the previous one to be indexed, so Pagefind parses one page
  // while this process reads the next; a bound keeps at most this many page texts in the pipe.
  const inFlight = new Set<Promise<void>>();
  for (const file of [...files].sort()) {
    const url = `/${file}`.replace(/index\.html$/, '');
    const content = await readFile(join(root, file), 'utf8');
    const added: Promise<void> = index.addHTMLFile({ url, content }).then(({ errors: failed }) => {
      inFlight.delete(added);
      if (failed.length > 0) throw new Error(`Pagefind could not index ${file}: ${failed.join('; ')}`);
    });
    inFlight.add(added);
    if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const written = await index.writeFiles({ outputPath: join(root, SEARCH_BUNDLE_DIR) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  writeFileSync(join(root, SEARCH_BUNDLE_DIR, ALTERNATIVES_FILE), JSON.stringify(alternatives));
}

interface Prepared {
  /** Built files of the pages with `data-pagefind-body`, relative to the output folder. */
  files: string[];
  /** Word forms added to the pages (see ./search/word-forms.ts). */
  addedForms: number;
  /** Time spent preparing pages while they rendered. */
  ms: number;
}

/**
 * Makes `astro build` yield a searchable site. While pages render, a middleware
 * (./search/render-middleware.ts) hands each one to the dictionary, loaded once here: the word
 * forms a page lacks go into it as a hidden `forms` field, with the spacing Pagefind needs
 * (./search/page-for-index.ts), and the page is remembered. When the build is done, Pagefind
 * indexes those files as written; no page is searched for words again. Nothing is added in
 * `astro dev`.
 */
export function searchIndex(): AstroIntegration {
  let completer: Promise<FormCompleter> | undefined;
  let prepared: Prepared = { files: [], addedForms: 0, ms: 0 };
  return {
    name: 'stazhirovka:search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search/render-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        // The dictionary loads while Vite bundles; the first page waits for it if it must.
        const loading = createFormCompleter();
        completer = loading;
        prepared = { files: [], addedForms: 0, ms: 0 };
        providePagePreparer(async (html, pathname) => {
          if (!html.includes('data-pagefind-body')) return html;
          const forms = await loading;
          const started = performance.now();
          const missing = forms.missingKeys(wordsOfHtml(html));
          const page = pageForIndex(html, missing);
          prepared.files.push(fileOf(pathname));
          prepared.addedForms += missing.length;
          prepared.ms += performance.now() - started;
          return page;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        providePagePreparer(undefined);
        if (!completer) throw new Error('The search index integration saw no build start.');
        const started = Date.now();
        await writeSearchIndex(fileURLToPath(dir), prepared.files, (await completer).alternatives());
        logger.info(
          // The bench reads the first «N ms» as this phase's time: the render share is in seconds.
          `search: ${prepared.files.length} pages indexed, ${prepared.addedForms} word forms added while rendering ` +
            `(${(prepared.ms / 1000).toFixed(1)} s), index written in ${Date.now() - started} ms`,
        );
      },
    },
  };
}
