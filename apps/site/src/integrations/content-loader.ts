import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COLLECTIONS, type CollectionName, type ContentProblem, formatProblem } from '@stazhirovka/schema';
import {
  CONTENT_EXTENSION,
  contentDirectory,
  internalError,
  isPublishedName,
  type RawEntry,
  readEntry,
  REPO_ROOT,
  validateEntry,
} from '@stazhirovka/schema/validate';
import type { Loader, LoaderContext } from 'astro/loaders';
import { recordProgress } from '../build/build-progress.ts';
import type { BodyMetadata } from '../lib/body.ts';
import { plural } from '../lib/describe.ts';
import { type CollectionCheck, collectionChecked, markRefused } from './content-corpus.ts';

/** The name Astro prints before the loader's messages; the same as the guard's, as `validate` words them. */
export const CONTENT_GUARD = 'stazhirovka:content-guard';

type Renderer = Awaited<ReturnType<LoaderContext['config']['markdown']['processor']['createRenderer']>>;

/** One file's outcome: its problems (errors refuse it) and, when valid, the entry stored. */
interface FileOutcome {
  file: string;
  slug: string;
  problems: ContentProblem[];
  data?: Record<string, unknown>;
  /** Unchanged since the last sync: taken from the store, neither checked nor rendered. */
  cached?: boolean;
  /** Where its rendered body is (see BodyMetadata). */
  bodyFile?: string;
}

/**
 * The content layer's loader for `<content>/<collection>/*.mdx`. Each file is checked with the
 * rules of `validate` (the same messages: file, field, fix), and its body is rendered to HTML once
 * by the site's Markdown processor (Sätteri with the clause anchors, see astro.config.ts); both are
 * stored with the file's content hash, so an unchanged file is neither checked nor rendered again
 * on the next build (the store persists in node_modules/.astro, in dev in .astro). The HTML is
 * written beside the store, one file per entry (see BodyMetadata in lib/body.ts). A file that
 * fails is never stored: the build stops with every problem of every collection, and the checks
 * across files run once over the parsed data when the last collection is in (content-corpus.ts).
 *
 * Content files are `.mdx`, but may hold no code (refused by the check), so nothing needs the MDX
 * compiler: the body is rendered as Markdown, and what Markdown reads differently from MDX is
 * refused while rendering (`refuseMdxOnlyDifferences` in content-guard.ts).
 */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: CONTENT_GUARD,
    load: async (context) => {
      const { store, logger, watcher } = context;
      const contentDir = contentDirectory();
      const folder = join(contentDir, collection);
      const renderer = await rendererOf(context);
      // Astro keeps the store while its own config and content.config.ts are unchanged; a change of
      // the rules or the renderer (schema package, clause anchors, this loader) must not reuse it.
      const code = codeFingerprint(context.generateDigest);
      if (context.meta.get(CODE_KEY) !== code) {
        store.clear();
        context.meta.set(CODE_KEY, code);
      }
      const bodies = bodyFolder(context, collection);
      const checkFile = (path: string) => syncFile(path, collection, context, renderer, bodies);

      const outcomes: FileOutcome[] = [];
      for (const name of publishedFiles(folder)) outcomes.push(await checkFile(join(folder, name)));
      const kept = new Set(outcomes.filter((o) => o.data).map((o) => o.slug));
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      pruneBodies(bodies, new Set(outcomes.flatMap((o) => (o.bodyFile ? [basename(o.bodyFile)] : []))));

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
      // The folder may be outside the project (CONTENT_DIR), where Vite does not watch by itself.
      watcher.add(folder);
      const onChange = async (path: string) => {
        if (!isEntryOf(path, folder)) return;
        const before = bodyFileOf(store.get(basename(path, CONTENT_EXTENSION)));
        const outcome = await checkFile(path);
        if (before && before !== outcome.bodyFile) rmSync(before, { force: true });
        for (const problem of outcome.problems) {
          if (problem.severity === 'error') logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        if (!outcome.data) store.delete(outcome.slug);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path: string) => {
        if (!isEntryOf(path, folder)) return;
        store.delete(basename(path, CONTENT_EXTENSION));
        markRefused(collection, basename(path, CONTENT_EXTENSION), undefined);
      });
    },
  };
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
    join(here, 'content-loader.ts'),
    join(here, 'content-guard.ts'),
    join(here, '../lib/clause-anchors.ts'),
    join(here, '../../astro.config.ts'),
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

/** The Markdown processor of astro.config.ts, created the way Astro creates it for `.md` files. */
async function rendererOf({ config }: LoaderContext): Promise<Renderer> {
  const { markdown, image } = config;
  return markdown.processor.createRenderer({
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  });
}

/** The folder of a collection's rendered bodies, beside Astro's data store in its cache folder. */
function bodyFolder({ config }: LoaderContext, collection: CollectionName): string {
  const folder = join(fileURLToPath(config.cacheDir), 'stazhirovka-bodies', collection);
  mkdirSync(folder, { recursive: true });
  return folder;
}

const bodyFileOf = (stored: { rendered?: { metadata?: Record<string, unknown> } } | undefined) =>
  (stored?.rendered?.metadata as BodyMetadata | undefined)?.bodyFile;

/** Removes bodies no entry of the collection points at any more (edited or deleted files). */
function pruneBodies(folder: string, kept: ReadonlySet<string>): void {
  for (const name of readdirSync(folder)) if (!kept.has(name)) rmSync(join(folder, name), { force: true });
}

/** Writes a body whole or not at all: a page rendering meanwhile never reads half of it. */
function writeBody(file: string, html: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, html);
  renameSync(temporary, file);
}

/** Checks and renders one file unless the store holds it with the same content hash. */
async function syncFile(path: string, collection: CollectionName, context: LoaderContext, renderer: Renderer, bodies: string): Promise<FileOutcome> {
  const { store, generateDigest, config } = context;
  const raw = readRaw(path, collection);
  const outcome = { file: raw.file, slug: raw.slug };
  const digest = generateDigest(raw.source);
  const stored = store.get(raw.slug);
  const cached = stored?.digest === digest ? (stored.rendered?.metadata as BodyMetadata | undefined) : undefined;
  if (stored && cached && existsSync(cached.bodyFile)) {
    markRefused(collection, raw.slug, undefined);
    return { ...outcome, problems: cached.warnings, data: stored.data, cached: true, bodyFile: cached.bodyFile };
  }
  // Recorded before the work that may crash the process, so the failure report can name the file.
  recordProgress('+', path);
  const checked = validateEntry(raw);
  let problems = checked.problems;
  let html: string | undefined;
  let metadata: BodyMetadata | undefined;
  if (checked.entry && checked.body && !problems.some((p) => p.severity === 'error')) {
    try {
      const data = checked.entry.data as Record<string, unknown>;
      const rendered = await renderer.render(checked.body.text, { frontmatter: data, fileURL: pathToFileURL(path) });
      // The MDX compiler's output ended at the last block; Markdown's ends with a line break.
      html = rendered.code.replace(/\n+$/, '');
      // Named by slug and hash: two files with the same text never share (and delete) one body.
      metadata = { headings: rendered.metadata.headings, warnings: problems, bodyFile: join(bodies, `${raw.slug}.${digest}.html`) };
    } catch (error) {
      problems = [...problems, renderProblem(raw, checked.body.lineOffset, error)];
    }
  }
  recordProgress('-', path);
  const errors = problems.filter((p) => p.severity === 'error');
  markRefused(collection, raw.slug, errors);
  if (html === undefined || !metadata || !checked.entry) return { ...outcome, problems };
  writeBody(metadata.bodyFile, html);
  const data = checked.entry.data as Record<string, unknown>;
  // Astro's store keeps the data and where the body is; the HTML itself stays out of it.
  store.set({ id: raw.slug, data, filePath: relative(fileURLToPath(config.root), path), digest, rendered: { html: '', metadata } });
  return { ...outcome, problems, data, bodyFile: metadata.bodyFile };
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

/** The renderer refused the body (see refuseMdxOnlyDifferences) or failed: named against the file. */
function renderProblem(raw: RawEntry, lineOffset: number, error: unknown): ContentProblem {
  const line = (error as { line?: unknown }).line;
  if (!(error instanceof RefusedMarkdown)) return internalError(raw.file, error);
  return {
    file: typeof line === 'number' ? `${raw.file}:${line + lineOffset}` : raw.file,
    path: 'body',
    label: COLLECTIONS[raw.collection].bodyLabel,
    message: error.message,
    severity: 'error',
  };
}

/** A body the renderer refuses, with the line (counted in the body) where it found the reason. */
export class RefusedMarkdown extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
  }
}
