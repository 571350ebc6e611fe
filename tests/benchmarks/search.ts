/**
 * Prints the search figures recorded in docs/search.md: the index size, the bytes a first query
 * transfers, and recall over every noun and adjective form of every word on the site.
 *
 *   npx -y pnpm@10.34.9 --filter @stazhirovka/site build
 *   npx -y pnpm@10.34.9 exec node tests/benchmarks/search.ts
 *
 * Recall: for each indexed page and each noun or adjective on it, every form of that word (from
 * the dictionary) is searched; a hit is the page among the results. Three set-ups are compared:
 * Pagefind alone (the form as typed, an index without added forms), with the query rewriting
 * only, and the site as built (rewriting plus added forms).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { rewriteQuery } from '../../apps/site/src/lib/search/russian-query.ts';
import { fileOf, indexSite } from '../../apps/site/src/integrations/search-index.ts';
import { pageForIndex } from '../../apps/site/src/integrations/search/page-for-index.ts';
import { lexemesOf, loadMorphology } from '../../apps/site/src/integrations/search/morphology.ts';
import { wordsOfHtml } from '../../apps/site/src/integrations/search/word-forms.ts';
import { launchChromium } from '../support/chromium.ts';
import { DIST_DIR } from '../support/paths.ts';
import { serveDist } from '../support/static-server.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());
}

function entryPages(): { url: string; html: string }[] {
  return filesUnder(DIST_DIR)
    .filter((path) => path.endsWith('index.html') && !path.startsWith('admin') && !path.startsWith('pagefind'))
    .map((path) => ({ url: `/${path.replace(/index\.html$/, '')}`, html: readFileSync(join(DIST_DIR, path), 'utf8') }))
    .filter((page) => page.html.includes('data-pagefind-body'));
}

function indexSize() {
  const dir = join(DIST_DIR, 'pagefind');
  const files = filesUnder(dir);
  // The default and component UIs Pagefind also writes are never loaded by this site.
  const used = files.filter((path) => !/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(path));
  const sum = (list: string[]) => list.reduce((total, path) => total + statSync(join(dir, path)).size, 0);
  const gzip = (list: string[]) => list.reduce((total, path) => total + gzipSync(readFileSync(join(dir, path))).length, 0);
  const part = (prefix: string) => used.filter((path) => path.startsWith(prefix));
  console.log('Index (dist/pagefind)');
  console.log(`  all files:            ${files.length} files, ${kb(sum(files))}`);
  console.log(`  used by the site:     ${used.length} files, ${kb(sum(used))} (${kb(gzip(used))} gzip)`);
  for (const prefix of ['index/', 'fragment/', 'filter/']) console.log(`  ${prefix.padEnd(21)} ${part(prefix).length} files, ${kb(sum(part(prefix)))}`);
}

/**
 * What opening /search/?q=… in a fresh browser fetches until the first results are shown,
 * including the requests of Pagefind's web worker. Sizes are those of the files in dist/, as sent
 * uncompressed and as a host that gzips would send them.
 */
async function firstQuery(url: string, query: string) {
  const browser = await launchChromium();
  const context = await browser.newContext();
  const paths: string[] = [];
  context.on('requestfinished', (request) => paths.push(decodeURIComponent(new URL(request.url()).pathname)));
  const page = await context.newPage();
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('.search-result').first().waitFor();
  await page.waitForLoadState('networkidle');
  await browser.close();
  const files = paths.map((path) => join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : path));
  const size = (list: string[]) => list.reduce((total, file) => total + statSync(file).size, 0);
  const gzip = (list: string[]) => list.reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0);
  const search = files.filter((file) => file.includes(`${join(DIST_DIR, 'pagefind')}/`));
  console.log(`First query «${query}», from opening the page to the first ten results`);
  console.log(`  whole page:           ${files.length} requests, ${kb(size(files))} (${kb(gzip(files))} gzip)`);
  console.log(`  of which Pagefind:    ${search.length} requests, ${kb(size(search))} (${kb(gzip(search))} gzip)`);
}

/** Runs queries in the page with Pagefind's API; returns the result URLs of each. */
async function searchAll(page: Page, queries: string[]): Promise<string[][]> {
  return page.evaluate(async (list) => {
    const url = '/pagefind/pagefind.js';
    const api = await import(/* @vite-ignore */ url);
    const urls = new Map<string, string>();
    const out: string[][] = [];
    for (const query of list) {
      const response = await api.search(query);
      const found: string[] = [];
      for (const result of response.results) {
        if (!urls.has(result.id)) urls.set(result.id, (await result.data()).url);
        found.push(urls.get(result.id) ?? '');
      }
      out.push(found);
    }
    return out;
  }, queries);
}

/** Every (form, page) pair where the page holds some form of the word. */
async function recallCases() {
  await loadMorphology();
  const parts = new Set(['NOUN', 'ADJF']);
  const pagesOfForm = new Map<string, Set<string>>();
  for (const page of entryPages()) {
    for (const word of new Set(wordsOfHtml(page.html))) {
      for (const lexeme of lexemesOf(word, parts)) {
        for (const form of lexeme.forms) pagesOfForm.set(form, (pagesOfForm.get(form) ?? new Set()).add(page.url));
      }
    }
  }
  return pagesOfForm;
}

async function measureRecall(label: string, siteDir: string, pagesOfForm: Map<string, Set<string>>, rewrite: boolean) {
  const server = await serveDist(siteDir);
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  const forms = [...pagesOfForm.keys()];
  const found = await searchAll(page, forms.map((form) => (rewrite ? rewriteQuery(form) : form)));
  await browser.close();
  await server.close();
  let hits = 0;
  let total = 0;
  let formsAll = 0;
  const misses: string[] = [];
  forms.forEach((form, i) => {
    const expected = [...(pagesOfForm.get(form) ?? [])];
    const got = new Set(found[i]);
    const ok = expected.filter((url) => got.has(url)).length;
    hits += ok;
    total += expected.length;
    if (ok === expected.length) formsAll++;
    else if (misses.length < 12) misses.push(form);
  });
  console.log(`  ${label.padEnd(34)} ${((100 * hits) / total).toFixed(1)}% of ${total} form–page pairs; ${formsAll} of ${forms.length} forms find every page`);
  if (misses.length > 0) console.log(`    e.g. missed: ${misses.join(', ')}`);
}

/** The same site with an index built by Pagefind alone: its pages spaced for Pagefind, no forms added. */
async function baselineSite(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'search-baseline-'));
  cpSync(DIST_DIR, dir, { recursive: true });
  rmSync(join(dir, 'pagefind'), { recursive: true });
  const files = entryPages().map((page) => fileOf(page.url));
  for (const file of files) writeFileSync(join(dir, file), pageForIndex(readFileSync(join(dir, file), 'utf8'), []));
  await indexSite(dir, { pages: files.map((file) => ({ file, sortKey: '' })), alternatives: {}, vocabulary: [] });
  return dir;
}

indexSize();
const server = await serveDist();
await firstQuery(server.url, 'площадок');
await server.close();

const cases = await recallCases();
const baseline = await baselineSite();
console.log('Recall, every noun and adjective form of every word on the site');
await measureRecall('Pagefind alone', baseline, cases, false);
await measureRecall('+ query rewriting', baseline, cases, true);
await measureRecall('+ query rewriting + added forms', DIST_DIR, cases, true);
rmSync(baseline, { recursive: true });
