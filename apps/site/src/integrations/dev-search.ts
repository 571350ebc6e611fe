import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, relative, sep } from 'node:path';
import { COLLECTION_NAMES, type CollectionName, entryUrl } from '@stazhirovka/schema';
import { CONTENT_EXTENSION, contentDirectory, isPublishedName } from '@stazhirovka/schema/validate';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { DEV_SEARCH_EVENT, DEV_SEARCH_URL, DEV_STATE_FILE, type DevSearchState } from '../lib/search/dev-search-bundle.ts';
import { builtPageIds } from './dev-search/built-pages.ts';
import { onSave } from './saved-entries.ts';
import { EXCLUDE_SELECTORS } from './search-index.ts';
import { pageForIndex } from './search/page-for-index.ts';
import { createFormCompleter, type FormCompleter, wordsOfHtml } from './search/word-forms.ts';

/** The last built index (dist/pagefind/), which the dev server serves as it is. */
export interface DevSearchOptions {
  builtIndex: string;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
// Pages fetched and indexed at start-up for files saved after the last build: beyond this many,
// start-up would wait on a rebuild's worth of rendering.
const CATCH_UP_LIMIT = 200;
/** In every Pagefind bundle, rewritten by each build: its time is the built index's. */
const ENTRY_FILE = 'pagefind-entry.json';
/** The address of an entry's page: the only pages the search index holds (BaseLayout's data-pagefind-body). */
const ENTRY_URL = new RegExp(`^/(?:${COLLECTION_NAMES.join('|')})/[^/]+/$`);

/** `<content>/regulations/x.mdx` → `/regulations/x/`; other files → undefined. */
function urlOfContentFile(path: string, contentDir: string): string | undefined {
  const parts = relative(contentDir, path).split(sep);
  if (parts.length !== 2 || !COLLECTION_NAMES.includes(parts[0] as CollectionName) || !isPublishedName(parts[1])) return undefined;
  return entryUrl(parts[0] as CollectionName, basename(parts[1], CONTENT_EXTENSION));
}

/**
 * The pages changed in this dev session as a small Pagefind index of their own, rebuilt after
 * each save from the pages the dev server renders, prepared exactly as the build prepares them
 * (search/page-for-index.ts: blocks kept apart, word forms added), so they are found by the same words.
 */
class SessionIndex {
  /** URL → the page as Pagefind reads it; a page that no longer renders is in `removed`. */
  private readonly pages = new Map<string, string>();
  private readonly removed = new Set<string>();
  /** URL → when its file was saved, and whether it has a page now (not refused or deleted). */
  private readonly pending = new Map<string, { at: number; shown: boolean }>();
  private files = new Map<string, Uint8Array>();
  private builtIds: Promise<Map<string, string>> | undefined;
  private builtAt = 0;
  private completer: Promise<FormCompleter> | undefined;
  private binary: Promise<unknown> | undefined;
  private running: Promise<void> | undefined;
  private version = 0;
  origin = '';

  private readonly builtIndex: string;
  private readonly logger: AstroIntegrationLogger;
  /** Told after each rebuild of the index. */
  private readonly updated: () => void;

  constructor(builtIndex: string, logger: AstroIntegrationLogger, updated: () => void) {
    this.builtIndex = builtIndex;
    this.logger = logger;
    this.updated = updated;
  }

  /** Reads what takes a while once, while the author has not saved anything yet. */
  warmUp(): void {
    // A `pnpm build` while the server runs replaces the built index: its ids are read again.
    const builtAt = existsSync(join(this.builtIndex, ENTRY_FILE)) ? statSync(join(this.builtIndex, ENTRY_FILE)).mtimeMs : 0;
    if (builtAt !== this.builtAt) this.builtIds = undefined;
    this.builtAt = builtAt;
    this.builtIds ??= builtPageIds(this.builtIndex);
    this.completer ??= createFormCompleter();
    // Starts Pagefind's binary, which the first save would otherwise wait for.
    this.binary ??= pagefind.createIndex().then(({ index }) => index?.deleteIndex());
  }

  /**
   * What changed between the last build and this server's start: files saved since are indexed
   * (up to CATCH_UP_LIMIT; more is a job for `pnpm build`), pages whose files are gone are hidden.
   */
  async catchUp(contentDir: string): Promise<void> {
    const entry = join(this.builtIndex, ENTRY_FILE);
    if (!existsSync(entry)) return;
    const builtAt = statSync(entry).mtimeMs;
    const present = new Set<string>();
    const newer: string[] = [];
    for (const collection of COLLECTION_NAMES) {
      const folder = join(contentDir, collection);
      for (const name of existsSync(folder) ? readdirSync(folder) : []) {
        const url = urlOfContentFile(join(folder, name), contentDir);
        if (!url) continue;
        present.add(url);
        if (statSync(join(folder, name)).mtimeMs > builtAt) newer.push(url);
      }
    }
    for (const url of (await this.builtIds)?.keys() ?? []) if (ENTRY_URL.test(url) && !present.has(url)) this.removed.add(url);
    if (newer.length > CATCH_UP_LIMIT) {
      this.logger.warn(`Поиск: ${newer.length} файлов изменены после последней сборки и найдутся после «pnpm build»; сохранённые с этой минуты находятся сразу.`);
      return;
    }
    // Saved before the server started: the store already holds them, nothing to wait for.
    for (const url of newer) this.changed(url, 0);
  }

  /**
   * A content file was saved, added or removed at `at`: its page is indexed again, or leaves search
   * unasked when it has none. Asking for a refused file's page would fail, and Astro shows each
   * failed request's error over every page open in the browser.
   */
  changed(url: string, at: number, shown = true): void {
    this.pending.set(url, { at, shown });
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  file(path: string): Uint8Array | undefined {
    return this.files.get(path);
  }

  async state(): Promise<DevSearchState> {
    this.warmUp();
    const ids = this.builtIds ? await this.builtIds : new Map<string, string>();
    const stale = [...this.pages.keys(), ...this.removed];
    return {
      indexed: [...this.pages.keys()],
      hidden: stale.flatMap((url) => ids.get(url) ?? []),
      noBuiltIndex: !existsSync(join(this.builtIndex, 'pagefind.js')),
      version: this.version,
    };
  }

  private async drain(): Promise<void> {
    this.warmUp();
    while (this.pending.size > 0) {
      const batch = new Map(this.pending);
      this.pending.clear();
      const saved = Math.min(...[...batch.values()].map(({ at }) => at));
      const started = Date.now();
      try {
        await Promise.all([...batch].map(([url, { shown }]) => (shown ? this.read(url) : this.leave(url))));
        const read = Date.now();
        this.files = await this.build();
        this.version++;
        this.updated();
        const timings = `${Date.now() - saved} ms after the save: checked ${started - saved} ms, page ${read - started} ms, index ${Date.now() - read} ms`;
        this.logger.info(`search: ${[...batch.keys()].join(', ')} indexed for dev search, ${timings}`);
      } catch (error) {
        this.logger.warn(`search: dev search not updated for ${[...batch.keys()].join(', ')}: ${(error as Error).message}`);
      }
    }
  }

  /** The page as the dev server renders it now; one that fails to render (a refused file) or is gone leaves search. */
  private async read(url: string): Promise<void> {
    const response = await fetch(`${this.origin}${url}`, { headers: { accept: 'text/html' } }).catch(() => undefined);
    const html = response?.ok ? await response.text() : '';
    if (!html.includes('data-pagefind-body')) return this.leave(url);
    const completer = await (this.completer as Promise<FormCompleter>);
    this.pages.set(url, pageForIndex(html, completer.missingKeys(wordsOfHtml(html))));
    this.removed.delete(url);
  }

  private leave(url: string): void {
    this.pages.delete(url);
    this.removed.add(url);
  }

  private async build(): Promise<Map<string, Uint8Array>> {
    if (this.pages.size === 0) return new Map();
    await this.binary;
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (!index) throw new Error(errors.join('; '));
    try {
      for (const [url, content] of this.pages) {
        const added = await index.addHTMLFile({ url, content });
        if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      }
      const { files, errors: failed } = await index.getFiles();
      if (failed.length > 0) throw new Error(failed.join('; '));
      return new Map(files.map((file) => [file.path.split(sep).join('/'), file.content]));
    } finally {
      await index.deleteIndex();
    }
  }
}

/**
 * Search that sees the edits of `astro dev`: the dev server serves the last built index at
 * /pagefind/ (admin-app.ts) and, at DEV_SEARCH_URL, an index of the pages saved, added or removed
 * since it started; the search page merges the two in dev only (scripts/search/dev-index.ts).
 * Nothing of it runs in a build: the integration has no build hooks and the page's dev code is
 * dropped from the production bundle.
 */
export function devSearch({ builtIndex }: DevSearchOptions): AstroIntegration {
  let session: SessionIndex | undefined;
  let stop: (() => void) | undefined;
  return {
    name: 'stazhirovka:dev-search',
    hooks: {
      'astro:server:setup'({ server, logger }) {
        // An open search page searches again with the new index (scripts/search/dev-index.ts).
        const index = new SessionIndex(builtIndex, logger, () => server.ws.send({ type: 'custom', event: DEV_SEARCH_EVENT }));
        session = index;
        // Once the content loader has checked a saved, added or removed file, its page renders as it is now.
        stop = onSave(({ collection, slug, startedAt }, entry) => index.changed(entryUrl(collection, slug), startedAt, entry !== null));
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(DEV_SEARCH_URL)) return next();
          const path = decodeURIComponent(req.url.slice(DEV_SEARCH_URL.length).split('?')[0]);
          res.setHeader('cache-control', 'no-store');
          if (path === DEV_STATE_FILE) {
            void index.state().then((state) => {
              res.setHeader('content-type', TYPES['.json']);
              res.end(JSON.stringify(state));
            }, next);
            return;
          }
          const body = index.file(path);
          if (!body) {
            res.statusCode = 404;
            return res.end();
          }
          res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
          res.end(body);
        });
      },
      'astro:server:start'({ address }) {
        if (!session) return;
        session.origin = originOf(address);
        session.warmUp();
        void session.catchUp(contentDirectory());
      },
      'astro:server:done': async () => {
        stop?.();
        if (session) await pagefind.close();
      },
    },
  };
}

/** The dev server's own address, as this process can reach it. */
function originOf({ address, family, port }: AddressInfo): string {
  const unspecified = address === '0.0.0.0' || address === '::';
  const host = unspecified ? '127.0.0.1' : family === 'IPv6' ? `[${address}]` : address;
  return `http://${host}:${port}`;
}
