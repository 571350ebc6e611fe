import { join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { COLLECTION_NAMES, entryUrl, formatProblem } from '@stazhirovka/schema';
import { checkContentTree, contentDirectory, isPublishedName, REPO_ROOT } from '@stazhirovka/schema/validate';
import { onSave } from './saved-entries.ts';

const GUARD = 'stazhirovka:content-guard';

/**
 * Keeps invalid content from being published. Every content file is checked by the content
 * loader (content-loader.ts) with the rules and messages of `validate`, once per change of the
 * file, before it is rendered; the build stops before Astro writes a page. What the loader does
 * not read is watched here: in dev, a file saved where the site will not publish it (a `.md`, a
 * backup, a subfolder) is named in the terminal as `validate` would name it.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: GUARD,
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ vite: { plugins: [unpublishedFiles(logger), savesShown()] } });
      },
    },
  };
}

/** The parts of Vite's dev server used here, stated structurally (Vite is Astro's, not a dependency). */
interface DevServer {
  watcher: { on(event: 'add' | 'change', listener: (path: string) => void): unknown };
  environments: Record<string, { hot: HotChannel } | undefined>;
  httpServer: { once(event: 'close', listener: () => void): unknown } | null;
  resolvedUrls: { local: string[] } | null;
}

interface HotChannel {
  send(payload: { type: 'full-reload'; path: string }): void;
  send(event: string, data: unknown): void;
}

interface DevPlugin {
  name: string;
  configResolved?(config: { root: string }): void;
  configureServer(server: DevServer): void;
}

function unpublishedFiles(logger: AstroIntegrationLogger): DevPlugin {
  return {
    name: GUARD,
    configureServer(server) {
      const report = (path: string) => {
        const content = contentDirectory();
        if (!resolve(path).startsWith(`${content}${sep}`) || isEntryPath(path)) return;
        const file = relative(REPO_ROOT, path);
        for (const problem of checkContentTree(content, REPO_ROOT).filter((p) => file.startsWith(p.file.replace(/\/$/, '')))) {
          logger.error(formatProblem(problem));
        }
      };
      server.watcher.on('add', report);
      server.watcher.on('change', report);
    },
  };
}

/**
 * Pages show a saved file as soon as the loader has synced it (saved-entries.ts), not when Astro
 * has written and reloaded its whole store. For that, the routes' cached `getStaticPaths` are
 * dropped, as Astro drops them when its store changes, and a browser showing the saved page
 * reloads it. Astro reloads every open page once more when it has written its store; the first
 * page asked for then loads the whole store again (2 s at 10 000 documents), so the saved page is
 * asked for at once, while the author reads, and the next save is shown as fast as this one.
 */
function savesShown(): DevPlugin {
  let dataStore = '';
  let lastSaved: string | undefined;
  return {
    name: `${GUARD}:saves`,
    configResolved({ root }) {
      dataStore = join(root, DEV_DATA_STORE);
    },
    configureServer(server) {
      const stop = onSave(({ collection, slug }) => {
        lastSaved = entryUrl(collection, slug);
        for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
        server.environments.client?.hot.send({ type: 'full-reload', path: `${lastSaved}index.html` });
      });
      // A restarted dev server (config changed) has a listener of its own.
      server.httpServer?.once('close', stop);
      const storeWritten = (path: string) => {
        const origin = server.resolvedUrls?.local[0];
        if (path !== dataStore || !lastSaved || !origin) return;
        fetch(new URL(lastSaved, origin), { headers: { accept: 'text/html' } }).then((response) => response.arrayBuffer(), () => undefined);
      };
      server.watcher.on('change', storeWritten);
      server.watcher.on('add', storeWritten);
    },
  };
}

/** Astro's data store in dev (astro/dist/content/consts.js), relative to the project's root; it watches it. */
const DEV_DATA_STORE = '.astro/data-store.json';

/** `<content>/<collection>/<slug>.mdx`: a file the site publishes. */
function isEntryPath(path: string): boolean {
  const where = relative(contentDirectory(), resolve(path)).split(sep);
  return where.length === 2 && (COLLECTION_NAMES as string[]).includes(where[0]) && isPublishedName(where[1]);
}
