import { readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ALTERNATIVES_FILE, NOT_INDEXED_CLASS, SEARCH_BUNDLE_DIR } from '../lib/search/search-bundle.ts';
import { createFormCompleter, wordsOfHtml } from './search/word-forms.ts';

// The admin app and Pagefind's own output are never indexed, whatever they contain.
const SKIPPED_DIRS = new Set(['admin', SEARCH_BUNDLE_DIR, '_astro']);
// Lists of other entries would make a page match words that are only in those entries' titles.
// Navigation, header and footer are outside `data-pagefind-body` or skipped by Pagefind itself.
export const EXCLUDE_SELECTORS = [`.${NOT_INDEXED_CLASS}`];

function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && !SKIPPED_DIRS.has(path.split(sep)[0]))
    .sort();
}

/** `regulations/x/index.html` → `/regulations/x/`, as the site is built with `format: 'directory'`. */
function urlOf(path: string): string {
  return `/${path.split(sep).join('/')}`.replace(/index\.html$/, '');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

// Pagefind joins the text of adjacent elements without a space: `<dt>Тип</dt><dd>Базовая…`
// would be indexed as one word «ТипБазовая». A space after each block's end keeps words apart.
const BLOCK_END = /<\/(?:p|li|dt|dd|td|th|h[1-6]|div|section|caption|figcaption|blockquote)>/g;

/** The page as Pagefind should read it: blocks kept apart, missing word forms in a hidden field. */
export function prepare(html: string, forms: readonly string[]): string {
  const extra = forms.length > 0 ? `<span hidden data-pagefind-meta="forms:${escapeAttribute(forms.join(' '))}"></span>` : '';
  return html.replace(BLOCK_END, '$& ').replace('</body>', `${extra}</body>`);
}

const MAX_IN_FLIGHT = 32;

export interface IndexSummary {
  pages: number;
  /** Word forms added to the pages' index records (see ./search/word-forms.ts). */
  addedForms: number;
}

/**
 * Indexes the built site in `root` into `root/pagefind/`. Only pages that mark their content with
 * `data-pagefind-body` (the entry pages, see BaseLayout) are indexed. With `addForms`, word forms
 * a page lacks are added to its index record as a hidden `forms` meta field; the HTML files
 * themselves are not changed. The benchmark builds the index without them to compare.
 */
export async function writeSearchIndex(root: string, { addForms = true } = {}): Promise<IndexSummary> {
  // The dictionary loads while Pagefind's binary starts.
  const [completer, { index, errors }] = await Promise.all([
    addForms ? createFormCompleter() : undefined,
    pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS }),
  ]);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const summary: IndexSummary = { pages: 0, addedForms: 0 };
  // Pages are sent without waiting for the previous one to be indexed, so Pagefind's binary parses
  // one page while this process reads the next and finds its word forms: the two work side by side
  // instead of taking turns. Pagefind orders pages itself; the index is byte-identical either way.
  const inFlight = new Set<Promise<void>>();
  for (const path of htmlFiles(root)) {
    const html = await readFile(join(root, path), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const forms = completer?.missingKeys(wordsOfHtml(html)) ?? [];
    const added: Promise<void> = index.addHTMLFile({ url: urlOf(path), content: prepare(html, forms) }).then(({ errors: failed }) => {
      inFlight.delete(added);
      if (failed.length > 0) throw new Error(`Pagefind could not index ${path}: ${failed.join('; ')}`);
    });
    inFlight.add(added);
    summary.pages++;
    summary.addedForms += forms.length;
    // A bound keeps memory flat at 10 000 pages: at most this many page texts wait in the pipe.
    if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const written = await index.writeFiles({ outputPath: join(root, SEARCH_BUNDLE_DIR) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  writeFileSync(join(root, SEARCH_BUNDLE_DIR, ALTERNATIVES_FILE), JSON.stringify(completer?.alternatives() ?? {}));
  return summary;
}

/** Builds the index when `astro build` finishes, so a build alone yields a searchable site. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'stazhirovka:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const { pages, addedForms } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`search: ${pages} pages indexed, ${addedForms} word forms added, ${Date.now() - started} ms`);
      },
    },
  };
}
