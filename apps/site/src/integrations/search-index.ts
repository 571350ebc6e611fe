import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { NOT_INDEXED_CLASS, SEARCH_BUNDLE_DIR, SEARCH_MANIFEST_FILE, type SearchManifest, SHARDS_DIR } from '../lib/search/search-bundle.ts';
import { providePagePreparer } from './search/page-preparer.ts';
import { type Preparer, preparedCopyName, preparedPagesDir, startPreparing } from './search/prepared-pages.ts';
import { type IndexedPage, planShards, shardSize } from './search/shards.ts';
import { VOCABULARY_FILE, vocabularyPage } from './search/vocabulary.ts';

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
 * Settings for the allocator built into Pagefind's binary (jemalloc, read from this variable): keep
 * the memory it frees instead of giving it back and faulting it in again. A shard of 5 000 pages,
 * alone, alternately: 6.9–7.9 s against 7.4–8.3 s with jemalloc's defaults, the same peak (1.48
 * GB). Huge pages (`thp:always`) cut its page faults from ~360 000 to ~6 000 and paid on session 9's
 * machine (docs/performance.md), but on a machine whose memory the guest has long since touched
 * they cost more in zeroing 2 MB pages than they save: 11.4–13.2 s and 1.6–1.9 GB for that shard,
 * and 2.4 s more for the index of a 10 000-document build. A value already in the environment wins.
 */
const PAGEFIND_ALLOCATOR = { _RJEM_MALLOC_CONF: 'dirty_decay_ms:-1,muzzy_decay_ms:-1' };

/**
 * What the index is built from: the prepared pages (written to `pagesDir`, see
 * ./search/prepared-pages.ts), the stems of irregular words, the words of all pages.
 */
export interface PendingIndex {
  pages: IndexedPage[];
  alternatives: Record<string, string[]>;
  /** Every word of the indexed pages (./search/vocabulary.ts); needed only when there are several shards. */
  vocabulary: string[];
  /** Where the pages are as Pagefind should read them; the built site itself when absent. */
  pagesDir?: string;
}

/**
 * Where the build wrapper (src/build/safe-build.ts) wants the pending index handed over: it indexes
 * the site once Astro has exited, so the indexer's memory does not add to Astro's.
 */
export const PENDING_INDEX_ENV = 'SITE_SEARCH_PENDING';

/**
 * Indexes the prepared pages of the built site in `root` with Pagefind's command line: the first
 * shard (see ./search/shards.ts) into `root/pagefind/`, any other into a folder of its own in it,
 * listed with the stems of irregular words in the search manifest the search page reads
 * (SEARCH_MANIFEST_FILE). Each shard's pages are moved from `pagesDir` (their copies named by
 * preparedCopyName; the folder is removed afterwards), or linked from the site when there is none,
 * into a folder of their own laid out as the site, so Pagefind reads just them. With several shards
 * each also gets the vocabulary page (./search/vocabulary.ts). Pagefind must index exactly the
 * pages prepared for it.
 *
 * The command line, not Pagefind's Node API: at 10 000 documents the API's service took 31 s to
 * take the pages one by one and 28–31 s to write the index, the command line 35 s for both
 * (docs/performance.md). Pagefind numbers pages in the order it finds them on disk, so pages with
 * equal scores may come in another order on another machine; what is found does not change.
 */
export async function indexSite(root: string, { pages, alternatives, vocabulary, pagesDir }: PendingIndex, size = shardSize()): Promise<void> {
  try {
    const shards = planShards(pages, size);
    const folders = shards.map((_, i) => (i === 0 ? SEARCH_BUNDLE_DIR : `${SEARCH_BUNDLE_DIR}/${SHARDS_DIR}/${i + 1}`));
    const extra = shards.length > 1 ? vocabularyPage(vocabulary) : undefined;
    const source: PageSource = pagesDir ? { pagesDir, copyOf: preparedCopyName, move: true } : { pagesDir: root, copyOf: (file) => file, move: false };
    for (const [i, shard] of shards.entries()) await indexShard(root, source, shard, folders[i], i + 1, extra);
    const manifest: SearchManifest = { alternatives, shards: folders.slice(1).map((folder) => `/${folder}/`) };
    writeFileSync(join(root, SEARCH_BUNDLE_DIR, SEARCH_MANIFEST_FILE), JSON.stringify(manifest));
  } finally {
    if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
  }
}

/**
 * Indexes one shard's pages, and the vocabulary page if there is one, into `folder`. The pages
 * are moved out of `pagesDir` when it holds copies made for the index (`move`), else linked.
 */
async function indexShard(root: string, { pagesDir, copyOf, move }: PageSource, pages: readonly IndexedPage[], folder: string, number: number, vocabulary?: string): Promise<void> {
  // Inside the site's folder: moves and hard links need the same file system, and a crash leaves
  // it in the unpublished build, which the wrapper removes.
  const site = join(root, `.search-shard-${number}`);
  const place = move ? renameSync : linkSync;
  for (const { file } of pages) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    place(join(pagesDir, copyOf(file)), join(site, file));
  }
  if (vocabulary !== undefined) writeFileSync(join(site, VOCABULARY_FILE), vocabulary);
  const expected = pages.length + (vocabulary === undefined ? 0 : 1);
  const args = ['--site', site, '--output-path', join(root, folder), ...EXCLUDE_SELECTORS.flatMap((s) => ['--exclude-selectors', s])];
  // Removing 5 000 pages takes ~3 s here, most of it waiting for the disk to take back the freed
  // space: the folder goes while Pagefind still builds and writes the index, once it has read it.
  let removal: Promise<void> | undefined;
  const remove = () => (removal ??= rm(site, { recursive: true, force: true }));
  try {
    const stdout = await runPagefind(args, remove);
    const indexed = Number(/Indexed (\d+) pages?/.exec(stdout)?.[1]);
    if (indexed !== expected) throw new Error(`Pagefind indexed ${indexed} pages, ${expected} were prepared for it:\n${stdout}`);
  } finally {
    await remove();
  }
}

/** Where a shard's pages are: the folder, the name of a page's file in it, and whether they may be moved out of it. */
interface PageSource {
  pagesDir: string;
  copyOf: (file: string) => string;
  move: boolean;
}

/** The step Pagefind announces once it has read every page (`log.status` in its lib.rs). */
const PAGES_READ = '[Reading languages]';

/** Runs Pagefind's command line and resolves with its output; `onRead` is called once it has read the pages. */
function runPagefind(args: readonly string[], onRead: () => void): Promise<string> {
  const child = spawn(process.execPath, [pagefindCli(), ...args], { env: { ...PAGEFIND_ALLOCATOR, ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (stdout.includes(PAGES_READ)) onRead();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`Pagefind could not index the site: ${error.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`Pagefind could not index the site: ${stderr || stdout || `it stopped (${signal ?? `exit code ${code}`})`}`));
    });
  });
}

/**
 * Makes `astro build` yield a searchable site. While pages render, a middleware
 * (./search/render-middleware.ts) hands each one to a worker thread that adds the word forms it
 * lacks and the spacing Pagefind needs and writes it beside the site for the index
 * (./search/prepared-pages.ts). When the build is done, Pagefind indexes those files; no page
 * is searched for words again. Nothing is added in `astro dev`.
 */
export function searchIndex(): AstroIntegration {
  let outDir = '';
  let preparer: Preparer | undefined;
  return {
    name: 'stazhirovka:search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search/render-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // The dictionary loads in the worker while Vite bundles.
        rmSync(preparedPagesDir(outDir), { recursive: true, force: true });
        const started = startPreparing(outDir);
        preparer = started;
        providePagePreparer((html, pathname) => started.prepare(fileOf(pathname), html));
      },
      'astro:build:done': async ({ dir, logger }) => {
        providePagePreparer(undefined);
        if (!preparer) throw new Error('The search index integration saw no build start.');
        const prepared = await preparer.finish();
        const pending: PendingIndex = { pages: prepared.pages, alternatives: prepared.alternatives, vocabulary: prepared.vocabulary, pagesDir: preparedPagesDir(outDir) };
        const rendering = `${prepared.pages.length} pages prepared, ${prepared.addedForms} word forms added while rendering (${(prepared.ms / 1000).toFixed(1)} s in a worker)`;
        const handOver = process.env[PENDING_INDEX_ENV];
        if (handOver) {
          writeFileSync(handOver, JSON.stringify(pending));
          logger.info(`search: ${rendering}; the index is written once Astro has exited`);
          return;
        }
        const started = Date.now();
        await indexSite(fileURLToPath(dir), pending);
        // The bench reads the first «N ms» as this phase's time: the render share is in seconds.
        logger.info(`search: ${rendering}, index written in ${Date.now() - started} ms`);
      },
    },
  };
}
