import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { COLLECTION_NAMES, formatProblem } from '@stazhirovka/schema';
import { checkContentTree, contentDirectory, isPublishedName, REPO_ROOT } from '@stazhirovka/schema/validate';
import { onSave, savesSettled } from './saved-entries.ts';

const GUARD = 'stazhirovka:content-guard';

/** The longest a page waits for saves under way: a check takes well under a second, even at 10 000 documents. */
const SAVE_WAIT_MS = 3_000;

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
  middlewares: { use(handler: (request: IncomingMessage, response: ServerResponse, next: () => void) => void): unknown };
  environments: Record<string, { hot: HotChannel } | undefined>;
  httpServer: { once(event: 'close', listener: () => void): unknown } | null;
}

interface HotChannel {
  send(payload: { type: 'full-reload'; path: string }): void;
  send(event: string, data: unknown): void;
}

interface DevPlugin {
  name: string;
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
 * A saved file reaches the pages through saved-entries.ts, not Astro's store, so what Astro does
 * when its store changes is done here: the routes' cached `getStaticPaths` are dropped (a page
 * added, refused or deleted), and every open page reloads (lists and links may have changed; an
 * open search page searches again when the dev index follows, see dev-search.ts).
 *
 * A page asked for while a save is checked waits for it. Astro reloads the open pages at once
 * when any file changes after a page failed, so a page showing a refused file reloads before its
 * fix is read, and is not yet listening when the fix's own reload goes out.
 */
function savesShown(): DevPlugin {
  return {
    name: `${GUARD}:saves`,
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.headers.accept?.includes('text/html')) void savesSettled(SAVE_WAIT_MS).then(next);
        else next();
      });
      const stop = onSave(() => {
        for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
        server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
      });
      // A restarted dev server (config changed) has a listener of its own.
      server.httpServer?.once('close', stop);
    },
  };
}

/** `<content>/<collection>/<slug>.mdx`: a file the site publishes. */
function isEntryPath(path: string): boolean {
  const where = relative(contentDirectory(), resolve(path)).split(sep);
  return where.length === 2 && (COLLECTION_NAMES as string[]).includes(where[0]) && isPublishedName(where[1]);
}
