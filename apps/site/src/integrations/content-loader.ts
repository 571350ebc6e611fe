import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { COLLECTION_NAMES, type CollectionName, type ContentProblem, formatProblem } from '@stazhirovka/schema';
import { CONTENT_EXTENSION, contentDirectory, isPublishedName, type RawEntry, readEntry, REPO_ROOT } from '@stazhirovka/schema/validate';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { BodyMetadata, BodyPlace } from '../lib/body.ts';
import { plural } from '../lib/describe.ts';
import { BodyPack, packHolds } from './body-pack.ts';
import { type CollectionCheck, collectionChecked, markRefused } from './content-corpus.ts';
import { checkAndRender, type Rendered, type Renderer, type RendererSettings } from './content-render.ts';
import type { Job } from './content-worker.ts';
import { forgetSaves, recordSave, saveStarted, type StoredEntry } from './saved-entries.ts';

/** The name Astro prints before the loader's messages; the same as the guard's, as `validate` words them. */
export const CONTENT_GUARD = 'stazhirovka:content-guard';

/** One file's outcome: its problems (errors refuse it) and, when valid, the entry stored. */
interface FileOutcome {
  file: string;
  slug: string;
  problems: ContentProblem[];
  data?: Record<string, unknown>;
  /** Unchanged since the last sync: taken from the store, neither checked nor rendered. */
  cached?: boolean;
  /** Where its rendered body is (see BodyMetadata). */
  body?: BodyPlace;
  /** What Astro's store holds for it when valid (in dev, what a save gives the pages): the data and where the body is. */
  entry?: StoredEntry;
}

/**
 * The content layer's loader for `<content>/<collection>/*.mdx`. Each file is checked with the
 * rules of `validate` (the same messages: file, field, fix), and its body is rendered to HTML once
 * by the site's Markdown processor (Sätteri with the clause anchors, see astro.config.mjs); both are
 * stored with the file's content hash, so an unchanged file is neither checked nor rendered again
 * on the next build (the store persists in node_modules/.astro, in dev in .astro). The HTML is
 * written beside the store, appended to one file of bodies per sync (body-pack.ts; the store holds
 * each body's place, see BodyMetadata in lib/body.ts). A file that fails is never stored: the build
 * stops with every problem of every collection, and the checks across files run once over the
 * parsed data when the last collection is in (content-corpus.ts).
 *
 * Content files are `.mdx`, but may hold no code (refused by the check), so nothing needs the MDX
 * compiler: the body is rendered as Markdown, and what Markdown reads differently from MDX is
 * refused while rendering (`refuseMdxOnlyDifferences` in content-render.ts).
 */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: CONTENT_GUARD,
    load: async (context) => {
      const { store, logger, watcher } = context;
      const contentDir = contentDirectory();
      const folder = join(contentDir, collection);
      // Astro keeps the store while its own config and content.config.ts are unchanged; a change of
      // the rules or the renderer (schema package, clause anchors, this loader, the collections
      // content.config.ts takes from content-collections.ts) must not reuse it.
      const code = codeFingerprint(context.generateDigest);
      if (context.meta.get(CODE_KEY) !== code) {
        store.clear();
        context.meta.set(CODE_KEY, code);
      }
      const bodies = bodyFolder(context, collection);
      forgetSaves(collection);
      const outcomes = await syncFiles(publishedFiles(folder).map((name) => join(folder, name)), collection, context, bodies);
      for (const { entry, cached } of outcomes) if (entry && !cached) store.set(entry);
      const kept = new Set(outcomes.filter((o) => o.data).map((o) => o.slug));
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      pruneBodies(bodies, new Set(outcomes.flatMap((o) => (o.body ? [basename(o.body.file)] : []))), watcher ? DEV_BODY_AGE_MS : 0);

      const check: CollectionCheck = {
        files: outcomes.map(({ file, slug }) => ({ collection, slug, file })),
        entries: outcomes.flatMap(({ file, slug, data }) => (data ? [{ collection, slug, file, data }] : [])),
        problems: outcomes.flatMap((o) => o.problems),
        rendered: outcomes.filter((o) => !o.cached).length,
      };
      const corpus = collectionChecked(collection, check, { contentDir, repoRoot: REPO_ROOT });
      if (corpus) {
        // A warning names its file and line too: «content/…/x.mdx:52: «Текст инструкции» (body): …».
        for (const warning of corpus.warnings.slice(0, SHOWN_WARNINGS)) logger.warn(formatProblem(warning));
        const more = corpus.warnings.length - SHOWN_WARNINGS;
        if (more > 0) logger.warn(`…и ещё ${more} ${plural(more, WARNING_WORDS)}; все, с файлом и строкой, покажет npx -y pnpm@10.34.9 validate`);
        if (corpus.report) throw new Error(`Содержимое не прошло проверку, сайт не собран:\n${corpus.report}`);
        logger.info(`content: ${corpus.files} files valid (${corpus.rendered} checked and rendered, ${corpus.files - corpus.rendered} unchanged)`);
      }

      if (!watcher) return;
      // In dev, a saved file is checked and rendered again on its own; one that fails leaves the
      // collection and its page (pages/[collection]/[slug].astro) shows why, instead of stale text.
      // The outcome goes to the pages directly (saved-entries.ts), not into Astro's store: a change
      // of the store makes Astro serialise, write and reload all of it and reload every open page,
      // 3–4 s a save at 10 000 documents. The store catches up at the next start, by content hash.
      // The folder may be outside the project (CONTENT_DIR), where Vite does not watch by itself.
      watcher.add(folder);
      // An editor's save may reach the watcher as two events, the file emptied and then written,
      // and the watcher drops a file's changes within 50 ms of one it reported (chokidar's
      // throttle), such as that write. Reading at the first event would show «файл пустой» and
      // reload the open pages, which could miss the reload of the written file: a file is read
      // once it has stopped changing, and only the outcome of its latest event is shown.
      const latest = new Map<string, number>();
      let events = 0;
      const isLatest = (path: string) => {
        const event = ++events;
        latest.set(path, event);
        return () => latest.get(path) === event;
      };
      const onChange = async (path: string): Promise<void> => {
        if (!isEntryOf(path, folder)) return;
        const startedAt = Date.now();
        const current = isLatest(path);
        const over = saveStarted();
        try {
          if (!(await settled(path, current))) return;
          const [outcome] = await syncFiles([path], collection, context, bodies);
          if (!current()) return;
          for (const problem of outcome.problems) {
            if (problem.severity === 'error') logger.error(formatProblem(problem));
            else logger.warn(formatProblem(problem));
          }
          recordSave({ collection, slug: outcome.slug, startedAt }, outcome.entry ?? null);
        } finally {
          over();
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path: string) => {
        if (!isEntryOf(path, folder)) return;
        isLatest(path); // a check of the file still under way shows nothing
        const slug = basename(path, CONTENT_EXTENSION);
        markRefused(collection, slug, undefined);
        recordSave({ collection, slug, startedAt: Date.now() }, null);
      });
    },
  };
}

/** Longer than chokidar (Vite's watcher) keeps quiet about a file after reporting its change. */
const SETTLE_MS = 60;

/**
 * Waits until the file has not changed for SETTLE_MS; false if a later event took it over. A
 * change after that is past the watcher's throttle and comes as an event of its own.
 */
async function settled(path: string, current: () => boolean): Promise<boolean> {
  for (let stamp = fileStamp(path), last = ''; stamp !== last; last = stamp, stamp = fileStamp(path)) {
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    if (!current()) return false;
  }
  return true;
}

/** What tells one state of a file from another when its clock may not: size and times, '' when it is gone. */
function fileStamp(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : '';
}

/**
 * Warnings shown in the build log; `validate` lists all of them. A large archive transcribed
 * faithfully has thousands (odd numbering kept as in the original), and printing each on every
 * build buried the log and cost seconds at 10 000 documents.
 */
const SHOWN_WARNINGS = 20;
const WARNING_WORDS = ['предупреждение', 'предупреждения', 'предупреждений'] as const;

const CODE_KEY = 'stazhirovka:code';
let fingerprint: string | undefined;

/** A hash of the code that decides a file's problems and HTML, and of the dependencies' versions. */
function codeFingerprint(digest: (text: string) => string): string {
  if (fingerprint) return fingerprint;
  const here = dirname(fileURLToPath(import.meta.url));
  const schema = join(REPO_ROOT, 'packages/schema/src');
  const files = [
    ...readdirSync(schema, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort().map((f) => join(schema, f)),
    join(here, 'content-collections.ts'),
    join(here, 'content-loader.ts'),
    join(here, 'content-render.ts'),
    join(here, 'content-worker.ts'),
    join(here, '../lib/clause-anchors.ts'),
    join(here, '../../astro.config.mjs'),
    join(REPO_ROOT, 'pnpm-lock.yaml'),
  ];
  fingerprint = digest(files.map((file) => readFileSync(file, 'utf8')).join('\0'));
  return fingerprint;
}

/** `<folder>/*.mdx`, sorted, without following symlinks or folders (checkContentTree names those). */
function publishedFiles(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isPublishedName(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

function isEntryOf(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return !rest.startsWith('..') && !rest.includes('/') && isPublishedName(rest);
}

/** The settings Astro creates its Markdown renderer with, as data a worker can be sent. */
function rendererSettings({ config }: LoaderContext): RendererSettings {
  const { markdown, image } = config;
  return { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants };
}

/**
 * The folder of a collection's rendered bodies, in Astro's cache folder. The dev server (it has a
 * watcher) keeps its own, as Astro keeps its own data store: a build pruning what its store does
 * not name must not delete a body the running dev server shows.
 */
function bodyFolder({ config, watcher }: LoaderContext, collection: CollectionName): string {
  const folder = join(fileURLToPath(config.cacheDir), watcher ? 'stazhirovka-bodies-dev' : 'stazhirovka-bodies', collection);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/**
 * In dev, a page may still render from the store as it was before a save (Astro reloads it a moment
 * later) and read the body the save replaced: bodies are removed only once they are this old.
 */
const DEV_BODY_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the files of bodies (body-pack.ts) no entry of the collection points into any more, once
 * `minAgeMs` old. A file stays while any of its bodies is in use, with those of entries edited
 * since: at most about as many bytes again as the bodies in use, gone when its last entry changes.
 */
function pruneBodies(folder: string, kept: ReadonlySet<string>, minAgeMs: number): void {
  const cutoff = Date.now() - minAgeMs;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (!kept.has(name) && (minAgeMs === 0 || (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < cutoff)) rmSync(file, { force: true });
  }
}

/**
 * Checks and renders the files the store does not hold with the same content hash; the others
 * are taken as they are. Many files (a first build, a new archive) are rendered
 * by a pool of workers, one per core; a few (an edit) here, with no workers to start. The bodies
 * go into one new file of bodies (body-pack.ts).
 */
async function syncFiles(paths: readonly string[], collection: CollectionName, context: LoaderContext, bodies: string): Promise<FileOutcome[]> {
  const { store, generateDigest, config } = context;
  const jobs: Job[] = [];
  const digests = new Map<number, string>();
  const packSizes = new Map<string, number>();
  const outcomes: FileOutcome[] = paths.map((path, id) => {
    const raw = readRaw(path, collection);
    const digest = generateDigest(raw.source);
    const stored = store.get(raw.slug);
    const cached = stored?.digest === digest ? (stored.rendered?.metadata as BodyMetadata | undefined) : undefined;
    if (stored && cached?.body && packHolds(cached.body, packSizes)) {
      markRefused(collection, raw.slug, undefined);
      return { file: raw.file, slug: raw.slug, problems: cached.warnings, data: stored.data, cached: true, body: cached.body, entry: stored };
    }
    digests.set(id, digest);
    jobs.push({ id, raw, path });
    return { file: raw.file, slug: raw.slug, problems: [] };
  });
  const pack = new BodyPack(bodies);
  // Each body is written as it comes: the sync never holds all of them.
  const take = (job: Job, { problems, data, body }: Rendered) => {
    const outcome = outcomes[job.id];
    outcome.problems = problems;
    markRefused(collection, outcome.slug, problems.filter((p) => p.severity === 'error'));
    if (!data || !body) return;
    const metadata: BodyMetadata = { headings: body.headings, warnings: problems, body: pack.append(body.html) };
    const entry = { id: outcome.slug, data, filePath: relative(fileURLToPath(config.root), job.path), digest: digests.get(job.id), rendered: { html: '', metadata } };
    Object.assign(outcome, { data, body: metadata.body, entry });
  };
  try {
    await (useWorkers(jobs.length, contentDirectory()) ? renderInWorkers(jobs, rendererSettings(context), take) : renderHere(jobs, context, take));
  } finally {
    pack.close();
  }
  return outcomes;
}

/** What the loader does with each file once it is checked and rendered. */
type Take = (job: Job, rendered: Rendered) => void;

/** Files of a collection to render from which the pool is worth considering: fewer (an edit, a few new files) are rendered here. */
const POOL_FROM = 256;

/**
 * Content files of the whole site from which the pool pays off. Each worker spends ~0.8 s of CPU
 * loading the schema and the parser, and on this 2-core machine two busy threads get ~1.4 times
 * the work of one done, not twice (docs/performance.md, session 13): the content sync of 1 000
 * documents took 2.5–3.0 s in this thread and 3.3–3.7 s with workers, of 2 500 about the same
 * either way, of 10 000 10.4–11.3 s with workers (one thread alone needs 12–15 s for the checks and
 * renders). On a machine with more cores the pool pays off sooner.
 */
const POOL_FROM_SITE = 2500;

/**
 * Workers for this many files of a collection? `SITE_RENDER_WORKERS=1` always, `=0` never (each
 * worker holds its own copy of the schema and the parser: a machine short of memory can do
 * without), else when the collection has POOL_FROM files to render and the site POOL_FROM_SITE.
 */
function useWorkers(files: number, contentDir: string): boolean {
  const setting = process.env.SITE_RENDER_WORKERS;
  if (files === 0 || setting === '0') return false;
  if (setting === '1') return true;
  return files >= POOL_FROM && COLLECTION_NAMES.reduce((sum, name) => sum + publishedFiles(join(contentDir, name)).length, 0) >= POOL_FROM_SITE;
}

/**
 * The Markdown renderer of this Astro config, created once: every save in dev renders one file,
 * and creating the renderer (its highlighter) for each would add to what the methodologist waits.
 */
const renderers = new WeakMap<object, Promise<Renderer>>();

function rendererOf(context: LoaderContext): Promise<Renderer> {
  let renderer = renderers.get(context.config);
  if (!renderer) renderers.set(context.config, (renderer = context.config.markdown.processor.createRenderer(rendererSettings(context))));
  return renderer;
}

async function renderHere(jobs: readonly Job[], context: LoaderContext, take: Take): Promise<void> {
  const renderer = await rendererOf(context);
  for (const job of jobs) take(job, await checkAndRender(job.raw, job.path, renderer));
}

/**
 * The same work in worker threads (content-worker.ts), one per core, shared by the collections
 * (Astro loads them side by side) and each kept two files ahead so it never waits for this thread.
 * The pool closes a second after its last file; the next sync starts a new one.
 */
class RenderPool {
  readonly #workers: { worker: Worker; inFlight: number }[] = [];
  readonly #queue: Job[] = [];
  readonly #waiting = new Map<number, { settle: (result: Rendered) => void; fail: (error: unknown) => void }>();
  #nextId = 0;
  #idle?: NodeJS.Timeout;

  constructor(settings: RendererSettings) {
    for (let i = 0; i < availableParallelism(); i++) {
      const worker = new Worker(new URL('./content-worker.ts', import.meta.url), { workerData: settings });
      const slot = { worker, inFlight: 0 };
      worker.on('message', ({ id, ...result }: Rendered & { id: number }) => {
        slot.inFlight--;
        this.#waiting.get(id)?.settle(result);
        this.#waiting.delete(id);
        this.#pump();
      });
      worker.once('error', (error) => this.#failAll(error));
      worker.once('exit', (code) => this.#failAll(new Error(`content worker stopped (exit code ${code})`)));
      this.#workers.push(slot);
    }
  }

  render(job: Job): Promise<Rendered> {
    clearTimeout(this.#idle);
    const id = this.#nextId++;
    return new Promise((settle, fail) => {
      this.#waiting.set(id, { settle, fail });
      this.#queue.push({ ...job, id });
      this.#pump();
    });
  }

  #pump(): void {
    for (const slot of this.#workers) {
      while (slot.inFlight < 2 && this.#queue.length > 0) {
        slot.worker.postMessage(this.#queue.shift());
        slot.inFlight++;
      }
    }
    if (this.#waiting.size === 0) this.#idle = setTimeout(() => this.close(), 1000).unref();
  }

  #failAll(error: unknown): void {
    for (const { fail } of this.#waiting.values()) fail(error);
    this.#waiting.clear();
    this.close();
  }

  close(): void {
    if (pool === this) pool = undefined;
    for (const { worker } of this.#workers.splice(0)) {
      worker.removeAllListeners();
      void worker.terminate();
    }
  }
}

let pool: RenderPool | undefined;

async function renderInWorkers(jobs: readonly Job[], settings: RendererSettings, take: Take): Promise<void> {
  pool ??= new RenderPool(settings);
  const shared = pool;
  // Every file settles before the first failure is thrown: the file of bodies is closed after.
  const settled = await Promise.allSettled(jobs.map(async (job) => take(job, await shared.render(job))));
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}

/** A file as `validate` reads it; an unreadable one is reported against its name, never thrown. */
function readRaw(path: string, collection: CollectionName): RawEntry {
  try {
    return readEntry(path, collection, REPO_ROOT);
  } catch (error) {
    const readError = (error as NodeJS.ErrnoException).code ?? String(error);
    return { collection, slug: basename(path, CONTENT_EXTENSION), file: relative(REPO_ROOT, path), source: '', readError };
  }
}
