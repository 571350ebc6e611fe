import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { COLLECTION_NAMES, formatProblem } from '@stazhirovka/schema';
import { checkContentTree, contentDirectory, isPublishedName, REPO_ROOT } from '@stazhirovka/schema/validate';

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
        updateConfig({ vite: { plugins: [unpublishedFiles(logger)] } });
      },
    },
  };
}

/** The part of a Vite plugin used here, stated structurally (Vite is Astro's, not a dependency). */
interface WatchPlugin {
  name: string;
  configureServer(server: { watcher: { on(event: 'add' | 'change', listener: (path: string) => void): unknown } }): void;
}

function unpublishedFiles(logger: AstroIntegrationLogger): WatchPlugin {
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

/** `<content>/<collection>/<slug>.mdx`: a file the site publishes. */
function isEntryPath(path: string): boolean {
  const where = relative(contentDirectory(), resolve(path)).split(sep);
  return where.length === 2 && (COLLECTION_NAMES as string[]).includes(where[0]) && isPublishedName(where[1]);
}
