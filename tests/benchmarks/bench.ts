/**
 * `pnpm bench [--docs 1000,5000,10000] [--json] [--no-dev] [--no-cms]`: builds the site on N generated
 * documents (see corpus.ts) and prints what a person waits for and what a reader downloads:
 * cold build (validate included), a rebuild with no change, a rebuild after one body changed, and
 * in the dev flow the seconds from saving a file to its page and the search page showing the change
 * (the search page in Debian Chromium, tests/support/chromium.ts); each with wall
 * time, peak memory of the process tree and the build's phases; then sizes; then the admin's
 * entry list and relation picker on the same corpus (cms.ts, needs apps/admin/dist). It asserts nothing.
 * The corpus and the site copy live in the system's temp folder, never in content/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { DEV_SEARCH_URL, DEV_STATE_FILE, type DevSearchState } from '../../apps/site/src/lib/search/dev-search-bundle.ts';
import { freePort } from '../support/admin.ts';
import { launchChromium } from '../support/chromium.ts';
import { CONTENT_DIR } from '../support/paths.ts';
import { copySite } from '../support/site-copy.ts';
import { type CmsFigures, cmsTable, measureCms } from './cms.ts';
import { writeCorpus } from './corpus.ts';
import { type Sizes, sizesOf } from './sizes.ts';
import { type Measured, run, watchMemory } from './measure.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' }, json: { type: 'boolean', default: false }, 'no-dev': { type: 'boolean', default: false },
    'no-cms': { type: 'boolean', default: false },
  },
});
const sizes = values.docs.split(',').map((n) => Number(n.trim()));
const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_TODAY: '2026-11-30', NODE_ENV: 'production' };

interface Phases {
  guardMs?: number;
  contentSyncMs?: number;
  bundleMs?: number;
  renderMs?: number;
  searchIndexMs?: number;
}

interface Step extends Phases {
  ms: number;
  peakRssMb: number;
  ok: boolean;
  /**
   * Percent of the machine's CPU time that went to other work (or to the host) during the step.
   * Above NOISY_OTHERS the machine was shared and wall times are inflated: the table marks them.
   */
  othersCpuPercent: number;
  /** The CPU probe before and after the step (measure.ts cpuProbeMs): the machine's speed then. */
  probeMs: [number, number];
}

// Each phase is found by any of several log lines, and a phase whose lines are missing is shown
// as «—» rather than failing: the build's messages change as the pipeline does (the MDX compile
// step is on its way out), and the bench must keep printing what it can read.
const GUARD_END = [/content: \d+ files? valid/, /content guard: .*\d+ ms/, /\[stazhirovka:content-guard\].*valid/];
const SYNC_START = [/\[content\] Syncing content/];
const SYNC_END = [/\[content\] Synced content/, /\[content\] Content config changed/];
const BUNDLE_START = [/Collecting build info/, /Building static entrypoints/];
const ROUTES_START = [/generating static routes/];
const RENDER_END = [/✓ Completed in/];
const SEARCH = /search: .*?(\d+) ms/;

/** Reads the build's phases off its log: each phase ends where the next one's first line arrives. */
function phasesOf(result: Measured): Phases {
  const at = (patterns: RegExp[], after = 0) => {
    const times = patterns.map((pattern) => result.lines.find((line) => line.at >= after && pattern.test(line.text))?.at);
    const found = times.filter((time) => time !== undefined);
    return found.length > 0 ? Math.min(...found) : undefined;
  };
  const routes = at(ROUTES_START);
  const rendered = routes === undefined ? undefined : at(RENDER_END, routes);
  const search = result.lines.map((line) => SEARCH.exec(line.text)).find((match) => match !== null);
  const span = (from?: number, to?: number) => (from !== undefined && to !== undefined && to >= from ? to - from : undefined);
  // Since the content loader checks each file while it loads (src/integrations/content-loader.ts),
  // its «files valid» line comes inside the content sync: a guard phase is only one before it.
  const syncStart = at(SYNC_START);
  const checked = at(GUARD_END);
  const guardEnd = checked !== undefined && (syncStart === undefined || checked < syncStart) ? checked : undefined;
  return {
    guardMs: guardEnd,
    contentSyncMs: span(syncStart, at(SYNC_END)),
    bundleMs: span(at(BUNDLE_START), routes),
    renderMs: span(routes, rendered),
    searchIndexMs: search ? Number(search[1]) : undefined,
  };
}

/** The real `pnpm build` of the site: the wrapper that validates, builds beside outDir and swaps. */
function build(siteRoot: string, outDir: string, contentDir: string): Promise<Measured> {
  return run(process.execPath, [join(siteRoot, 'src/build/cli.ts'), '--outDir', outDir], {
    cwd: siteRoot,
    env: { ...ENV, CONTENT_DIR: contentDir },
  });
}

async function measureBuild(label: string, siteRoot: string, outDir: string, contentDir: string): Promise<Step> {
  log(`  ${label}…`);
  const result = await build(siteRoot, outDir, contentDir);
  if (result.code !== 0) log(result.lines.slice(-15).map((l) => `    | ${l.text}`).join('\n'));
  const step = { ms: result.ms, peakRssMb: result.peakRssMb, ok: result.code === 0, othersCpuPercent: result.othersCpuPercent, probeMs: result.probeMs, ...phasesOf(result) };
  log(`    ${s(step.ms)}, ${gb(step.peakRssMb)}, other work ${step.othersCpuPercent} % of the CPU, CPU probe ${step.probeMs.join(' / ')} ms`);
  return step;
}

/** A marker word no generated document contains, to see a change arrive. */
const marker = (n: number) => `Измененоэталон${n}`;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Math.round(performance.now() - started);
    await new Promise((done) => setTimeout(done, 100));
  }
  return undefined;
}

interface DevFlow {
  readyMs?: number;
  peakRssMb: number;
  saveToPageMs?: number;
  /** Saved until the dev server serves the page's new text in its search index (dev-state.json). */
  saveToIndexMs?: number;
  /** Saved until a search page, open for the new word, shows the page first. */
  saveToSearchMs?: number;
}

/**
 * Whether the open search page shows `url` as its first result, with `word` in it. A Pagefind index
 * answers an unknown word with pages of similar words, so being among the results is not enough.
 */
async function showsFirst(page: Page, word: string, url: string): Promise<boolean> {
  // Read at once, never waiting for an element: the dev server reloads the page while content changes.
  const first = await page.evaluate(() => {
    const item = document.querySelector('#search-results .search-result');
    return item ? { href: item.querySelector('.search-result__title a')?.getAttribute('href'), text: item.textContent ?? '' } : undefined;
  });
  return first?.href === url && first.text.includes(word);
}

/** Opens the search page at `origin` for `word` and waits for its answer. */
async function openSearch(page: Page, origin: string, word: string): Promise<void> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(word)}`);
  await page.locator('#search-status').filter({ hasText: /Найдено|Ничего не найдено|не собран|недоступен/ }).waitFor({ timeout: 120_000 });
}

/** Whether the dev server's search index of this session holds `url` yet (integrations/dev-search.ts). */
async function devIndexHolds(origin: string, url: string): Promise<boolean> {
  const state = (await (await fetch(`${origin}${DEV_SEARCH_URL}${DEV_STATE_FILE}`)).json()) as DevSearchState;
  return state.indexed.includes(url);
}

/**
 * `astro dev` on the corpus: start-up, then one saved body until its page shows the change, until
 * the dev server's search index holds it, and until a search page left open for the new word (in
 * Chromium) shows the page first: the dev server tells open pages when its index changes.
 */
async function measureDev(siteRoot: string, contentDir: string, file: string, url: string): Promise<DevFlow> {
  log('  dev flow…');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(siteRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: siteRoot,
    env: { ...ENV, NODE_ENV: 'development', CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'ignore'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  const stopWatching = watchMemory(child.pid as number);
  const origin = `http://127.0.0.1:${port}`;
  const page = `${origin}${url}`;
  const get = async () => (await fetch(page)).text();
  const browser = await launchChromium();
  try {
    const readyMs = await waitFor(async () => (await fetch(page)).ok, 600_000);
    const word = marker(Date.now());
    const reader = await browser.newPage();
    await openSearch(reader, origin, word);
    appendFileSync(join(contentDir, file), `\n${word}\n`);
    const [saveToPageMs, saveToIndexMs, saveToSearchMs] = await Promise.all([
      waitFor(async () => (await get()).includes(word), 60_000),
      waitFor(() => devIndexHolds(origin, url), 60_000),
      waitFor(() => showsFirst(reader, word, url), 120_000),
    ]);
    // The dev server's own account: checking the file, rendering the page, indexing it.
    const phases = output.split('\n').find((line) => line.includes(`${url} indexed for dev search`));
    if (phases) log(`    ${phases.replace(/^.*indexed for dev search, /, 'dev search: ')}`);
    log(`    saved → page ${s(saveToPageMs)}, search index ${s(saveToIndexMs)}, open search page ${s(saveToSearchMs)}`);
    return { readyMs, saveToPageMs, saveToIndexMs, saveToSearchMs, peakRssMb: stopWatching() };
  } finally {
    stopWatching();
    await browser.close();
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

interface Result {
  docs: number;
  cold: Step;
  noChange: Step;
  oneBody: Step;
  dev?: DevFlow;
  sizes?: Sizes;
}

async function benchmark(docs: number, root: string): Promise<Result> {
  log(`\n${docs} документов`);
  const contentDir = join(root, `content-${docs}`);
  const work = join(root, `work-${docs}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeCorpus(contentDir, docs, CONTENT_DIR);
  const siteRoot = copySite(work);
  // Where the copy's astro.config.mjs puts its build, so its dev server searches the built index.
  const outDir = join(siteRoot, 'dist');
  const cold = await measureBuild('cold build', siteRoot, outDir, contentDir);
  const noChange = await measureBuild('rebuild, no change', siteRoot, outDir, contentDir);
  const edited = 'regulations/bench-regulations-0.mdx';
  appendFileSync(join(contentDir, edited), `\n${marker(docs)}\n`);
  const oneBody = await measureBuild('rebuild, one body changed', siteRoot, outDir, contentDir);
  const sizes = existsSync(join(outDir, 'index.html')) ? await sizesOf(outDir) : undefined;
  const dev = values['no-dev'] ? undefined : await measureDev(siteRoot, contentDir, 'regulations/bench-regulations-1.mdx', '/regulations/bench-regulations-1/');
  return { docs, cold, noChange, oneBody, dev, sizes };
}

const NOISY_OTHERS = 10;
const s = (ms?: number) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const gb = (mb: number) => `${(mb / 1024).toFixed(2)} GB`;

function printTable(results: Result[]): void {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  log('');
  log(row(['docs', 'step', 'wall', 'peak RSS', 'guard', 'content sync', 'bundle (MDX)', 'render', 'search index', 'other CPU', 'CPU probe']));
  log(row(Array(11).fill('---')));
  for (const r of results) {
    for (const [name, step] of [['cold build', r.cold], ['rebuild, no change', r.noChange], ['rebuild, one body', r.oneBody]] as const) {
      log(row([String(r.docs), `${name}${step.ok ? '' : ' (FAILED)'}`, s(step.ms), gb(step.peakRssMb), s(step.guardMs), s(step.contentSyncMs), s(step.bundleMs), s(step.renderMs), s(step.searchIndexMs), `${step.othersCpuPercent} %${step.othersCpuPercent > NOISY_OTHERS ? ' (noisy)' : ''}`, `${step.probeMs.join(' / ')} ms`]));
    }
  }
  log('');
  log(row(['docs', 'dev start', 'save → page', 'save → search index', 'save → search page', 'dev peak RSS', 'dist', 'search index', 'first query', 'typical page (gzip)', 'largest index page']));
  log(row(Array(11).fill('---')));
  for (const r of results) {
    log(row([
      String(r.docs), s(r.dev?.readyMs), s(r.dev?.saveToPageMs), s(r.dev?.saveToIndexMs), s(r.dev?.saveToSearchMs), r.dev ? gb(r.dev.peakRssMb) : '—',
      r.sizes ? `${r.sizes.distMb} MB` : '—', r.sizes ? `${r.sizes.searchIndexKb} KB` : '—', r.sizes?.firstQueryKb !== undefined ? `${r.sizes.firstQueryKb} KB` : '—',
      r.sizes ? `${r.sizes.typicalPageGzipKb} KB` : '—', r.sizes ? `${r.sizes.largestIndexPageKb} KB` : '—',
    ]));
  }
}

// A folder of this run's own: two checkouts benchmarking at once on one machine must not build
// from, or delete, each other's corpus.
const root = mkdtempSync(join(tmpdir(), 'stazhirovka-bench-'));
const results: Result[] = [];
try {
  for (const docs of sizes) results.push(await benchmark(docs, root));
} finally {
  rmSync(root, { recursive: true, force: true });
}
// The editor on the same corpus sizes: entry list and relation picker (tests/benchmarks/cms.ts).
const cms: CmsFigures[] = [];
if (!values['no-cms']) for (const docs of sizes) cms.push(await measureCms(docs));
cms.forEach((figures, i) => Object.assign(results[i], { cms: figures }));
if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else {
  printTable(results);
  if (cms.length > 0) log(['', ...cmsTable(cms)].join('\n'));
}
