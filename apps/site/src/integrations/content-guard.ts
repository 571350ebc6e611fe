import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { COLLECTION_NAMES, formatProblem } from '@stazhirovka/schema';
import { checkContentTree, contentDirectory, isPublishedName, REPO_ROOT } from '@stazhirovka/schema/validate';
import type { MdastPluginDefinition } from 'satteri';
import { RefusedMarkdown } from './content-loader.ts';

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

const FENCE = /^[ ]{0,3}(?:```|~~~)/;

/**
 * The renderer reads a body as Markdown, where MDX differs in four ways: raw HTML, `<https://…>`
 * autolinks and indented code exist in Markdown only. The check (`validate`, which reads MDX)
 * refuses every `<` that would start HTML or an autolink, so only indented code can reach here:
 * MDX shows such lines as text, Markdown as code. Refused instead of shown otherwise than any MDX
 * tool would show it; HTML is refused again here as the last line of defence.
 */
export const refuseMdxOnlyDifferences: MdastPluginDefinition = {
  name: 'stazhirovka:refuse-mdx-only-differences',
  options: { position: true },
  html: (node) => {
    throw new RefusedMarkdown('теги <…> в тексте запрещены; экранируйте их обратной косой чертой: \\<', node.position?.start.line);
  },
  code: (node, ctx) => {
    const start = node.position?.start.offset;
    if (start === undefined || FENCE.test(ctx.source.slice(ctx.source.lastIndexOf('\n', start - 1) + 1, start + 3))) return undefined;
    throw new RefusedMarkdown('строка с отступом в 4 пробела или табуляцией читается в MDX как текст, а в Markdown как код; ' +
      'уберите отступ в начале строки (вложенный пункт списка сдвигайте на 2–3 пробела)', node.position?.start.line);
  },
};
