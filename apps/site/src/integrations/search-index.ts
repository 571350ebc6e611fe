import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import { ALTERNATIVES_FILE, NOT_INDEXED_CLASS, SEARCH_BUNDLE_DIR } from '../lib/search/search-bundle.ts';
import { pageForIndex } from './search/page-for-index.ts';
import { providePagePreparer } from './search/page-preparer.ts';
import { type FormCompleter, createFormCompleter, wordsOfHtml } from './search/word-forms.ts';

// Lists of other entries would make a page match words that are only in those entries' titles.
// Navigation, header and footer are outside `data-pagefind-body` or skipped by Pagefind itself.
export const EXCLUDE_SELECTORS = [`.${NOT_INDEXED_CLASS}`];

/** `/regulations/x/` → `regulations/x/index.html`, as the site is built with `format: 'directory'`. */
export function fileOf(url: string): string {
  return `${url.replace(/^\//, '')}${url.endsWith('/') ? 'index.html' : ''}`;
}

/**
 * Pagefind's command line, from its npm package (which picks the binary for this platform). The
 * package exports only its Node API, so the file is looked up where Node looks for packages.
 */
function pagefindCli(): string {
  const paths = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const found = paths.map((folder) => join(folder, 'pagefind/lib/runner/bin.cjs')).find((file) => existsSync(file));
  if (!found) throw new Error('Pagefind is not installed: run npx -y pnpm@10.34.9 install.');
  return found;
}

/**
 * Indexes the built site in `root` into `root/pagefind/` with Pagefind's command line, and writes
 * the stems of irregular words beside it (ALTERNATIVES_FILE). The pages were prepared while they
 * rendered (see `searchIndex`): `files` are those pages, and Pagefind must index exactly as many.
 *
 * The command line, not Pagefind's Node API: at 10 000 documents the API's service took 31 s to
 * take the pages one by one and 28–31 s to write the index, the command line 35 s for both
 * (docs/performance.md). Pagefind numbers pages in the order it finds them on disk, so pages with
 * equal scores may come in another order on another machine; what is found does not change.
 */
export async function writeSearchIndex(root: string, files: readonly string[], alternatives: Record<string, string[]> = {}): Promise<void> {
  const args = ['--site', root, '--output-subdir', SEARCH_BUNDLE_DIR, ...EXCLUDE_SELECTORS.flatMap((s) => ['--exclude-selectors', s])];
  const { stdout } = await promisify(execFile)(process.execPath, [pagefindCli(), ...args], { maxBuffer: 64 * 1024 * 1024 }).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`Pagefind could not index the site: ${error.stderr || error.message}`);
  });
  const indexed = Number(/Indexed (\d+) pages?/.exec(stdout)?.[1]);
  if (indexed !== files.length) throw new Error(`Pagefind indexed ${indexed} pages, ${files.length} were prepared for it:\n${stdout}`);
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
