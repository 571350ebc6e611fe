/**
 * `pnpm bench [--docs 1000,5000,10000] [--json] [--no-dev] [--no-cms]`: builds the site on N generated
 * documents (see corpus.ts) and prints what a person waits for and what a reader downloads:
 * cold build (validate included), a rebuild with no change, a rebuild after one body changed, and
 * in the dev flow the seconds from saving a file to its page showing the change; each with wall
 * time, peak memory of the process tree and the build's phases; then sizes; then the admin's
 * entry list and relation picker on the same corpus (cms.ts, needs apps/admin/dist). It asserts nothing.
 * The corpus and the site copy live in the system's temp folder, never in content/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { freePort } from '../support/admin.ts';
import { CONTENT_DIR } from '../support/paths.ts';
import { copySite } from '../support/site-copy.ts';
import { type CmsFigures, cmsTable, measureCms } from './cms.ts';
import { writeCorpus } from './corpus.ts';
import { lineAt, type Measured, run, watchMemory } from './measure.ts';

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
  compileMs?: number;
  renderMs?: number;
  searchIndexMs?: number;
}

interface Step extends Phases {
  ms: number;
  peakRssMb: number;
  ok: boolean;
}

/** Reads the build's phases off its log: each phase ends where the next one's first line arrives. */
function phasesOf(result: Measured): Phases {
  const at = (pattern: RegExp) => lineAt(result.lines, pattern);
  const syncStart = at(/\[content\] Syncing content/);
  // The guard ran before Astro started; since the content loader checks each file while it loads
  // (apps/site/src/integrations/content-loader.ts) its line comes inside the content sync.
  const checked = at(/content: \d+ files valid/);
  const guardEnd = checked !== undefined && (syncStart === undefined || checked < syncStart) ? checked : undefined;
  const syncEnd = at(/\[content\] Synced content/);
  const collect = at(/Collecting build info/);
  const routes = at(/generating static routes/);
  const rendered = result.lines.find((line, i) => /✓ Completed in/.test(line.text) && routes !== undefined && line.at >= routes && i > 0)?.at;
  const search = /search: .* (\d+) ms/.exec(result.lines.find((line) => /search: \d+ pages indexed/.test(line.text))?.text ?? '');
  const span = (from?: number, to?: number) => (from !== undefined && to !== undefined ? to - from : undefined);
  return {
    guardMs: guardEnd,
    contentSyncMs: span(syncStart, syncEnd),
    compileMs: span(collect, routes),
    renderMs: span(routes, rendered),
    searchIndexMs: search ? Number(search[1]) : undefined,
  };
}

function build(siteRoot: string, outDir: string, contentDir: string): Promise<Measured> {
  return run(process.execPath, [join(siteRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: siteRoot,
    env: { ...ENV, CONTENT_DIR: contentDir },
  });
}

async function measureBuild(label: string, siteRoot: string, outDir: string, contentDir: string): Promise<Step> {
  log(`  ${label}…`);
  const result = await build(siteRoot, outDir, contentDir);
  if (result.code !== 0) log(result.lines.slice(-15).map((l) => `    | ${l.text}`).join('\n'));
  return { ms: result.ms, peakRssMb: result.peakRssMb, ok: result.code === 0, ...phasesOf(result) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());
}

const sum = (dir: string, paths: string[], gzip = false) =>
  paths.reduce((total, path) => total + (gzip ? gzipSync(readFileSync(join(dir, path))).length : statSync(join(dir, path)).size), 0);

interface Sizes {
  distMb: number;
  searchIndexKb: number;
  typicalPageGzipKb: number;
  largestIndexPageKb: number;
}

/** What a reader downloads: the site, the search index, a typical document page with its CSS and JS. */
function sizesOf(outDir: string): Sizes {
  const all = filesUnder(outDir);
  const index = filesUnder(join(outDir, 'pagefind')).filter((p) => !/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(p));
  const page = all.find((p) => p.startsWith('regulations/') && p.endsWith('index.html') && p !== 'regulations/index.html') ?? 'index.html';
  const html = readFileSync(join(outDir, page), 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
  const indexPages = all.filter((p) => /^[a-z]+\/index\.html$/.test(p));
  return {
    distMb: Math.round(sum(outDir, all) / 1e5) / 10,
    searchIndexKb: Math.round(sum(join(outDir, 'pagefind'), index) / 1024),
    typicalPageGzipKb: Math.round((sum(outDir, [page, ...assets], true) / 1024) * 10) / 10,
    largestIndexPageKb: Math.round(Math.max(...indexPages.map((p) => statSync(join(outDir, p)).size)) / 1024),
  };
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
  saveToSearch: string;
}

/** `astro dev` on the corpus: start-up, then one saved body until its page shows the change. */
async function measureDev(siteRoot: string, contentDir: string, file: string, url: string): Promise<DevFlow> {
  log('  dev flow…');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(siteRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: siteRoot,
    env: { ...ENV, NODE_ENV: 'development', CONTENT_DIR: contentDir },
    stdio: 'ignore',
    detached: true,
  });
  const stopWatching = watchMemory(child.pid as number);
  const page = `http://127.0.0.1:${port}${url}`;
  const get = async () => (await fetch(page)).text();
  try {
    const readyMs = await waitFor(async () => (await fetch(page)).ok, 600_000);
    const word = marker(Date.now());
    appendFileSync(join(contentDir, file), `\n${word}\n`);
    const saveToPageMs = await waitFor(async () => (await get()).includes(word), 60_000);
    return { readyMs, saveToPageMs, peakRssMb: stopWatching(), saveToSearch: 'не обновляется до пересборки' };
  } finally {
    stopWatching();
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
  const outDir = join(work, 'dist');
  const cold = await measureBuild('cold build', siteRoot, outDir, contentDir);
  const noChange = await measureBuild('rebuild, no change', siteRoot, outDir, contentDir);
  const edited = 'regulations/bench-regulations-0.mdx';
  appendFileSync(join(contentDir, edited), `\n${marker(docs)}\n`);
  const oneBody = await measureBuild('rebuild, one body changed', siteRoot, outDir, contentDir);
  const sizes = existsSync(join(outDir, 'index.html')) ? sizesOf(outDir) : undefined;
  const dev = values['no-dev'] ? undefined : await measureDev(siteRoot, contentDir, 'regulations/bench-regulations-1.mdx', '/regulations/bench-regulations-1/');
  return { docs, cold, noChange, oneBody, dev, sizes };
}

const s = (ms?: number) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const gb = (mb: number) => `${(mb / 1024).toFixed(2)} GB`;

function printTable(results: Result[]): void {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  log('');
  log(row(['docs', 'step', 'wall', 'peak RSS', 'guard', 'content sync', 'compile', 'render', 'search index']));
  log(row(Array(9).fill('---')));
  for (const r of results) {
    for (const [name, step] of [['cold build', r.cold], ['rebuild, no change', r.noChange], ['rebuild, one body', r.oneBody]] as const) {
      log(row([String(r.docs), `${name}${step.ok ? '' : ' (FAILED)'}`, s(step.ms), gb(step.peakRssMb), s(step.guardMs), s(step.contentSyncMs), s(step.compileMs), s(step.renderMs), s(step.searchIndexMs)]));
    }
  }
  log('');
  log(row(['docs', 'dev start', 'save → page', 'save → search', 'dev peak RSS', 'dist', 'search index', 'typical page (gzip)', 'largest index page']));
  log(row(Array(9).fill('---')));
  for (const r of results) {
    log(row([
      String(r.docs), s(r.dev?.readyMs), s(r.dev?.saveToPageMs), r.dev?.saveToSearch ?? '—', r.dev ? gb(r.dev.peakRssMb) : '—',
      r.sizes ? `${r.sizes.distMb} MB` : '—', r.sizes ? `${r.sizes.searchIndexKb} KB` : '—',
      r.sizes ? `${r.sizes.typicalPageGzipKb} KB` : '—', r.sizes ? `${r.sizes.largestIndexPageKb} KB` : '—',
    ]));
  }
}

const root = join(tmpdir(), 'stazhirovka-bench');
const results: Result[] = [];
for (const docs of sizes) results.push(await benchmark(docs, root));
// The editor on the same corpus sizes: entry list and relation picker (tests/benchmarks/cms.ts).
const cms: CmsFigures[] = [];
if (!values['no-cms']) for (const docs of sizes) cms.push(await measureCms(docs));
cms.forEach((figures, i) => Object.assign(results[i], { cms: figures }));
if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else {
  printTable(results);
  if (cms.length > 0) log(['', ...cmsTable(cms)].join('\n'));
}
