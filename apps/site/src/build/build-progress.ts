import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * The file the build records each content module in as it compiles it, set by the build wrapper
 * (safe-build.ts). Compiling MDX happens inside Vite, which logs nothing per file; when the
 * process dies there (a native parser overflowing its stack on deeply nested text is a SIGSEGV,
 * with no message at all) this file is the only way to name the document.
 */
export const PROGRESS_ENV = 'SITE_BUILD_PROGRESS';

const CONTENT_MODULE = /\.mdx?(?:$|\?)/;
const withoutQuery = (id: string) => id.replace(/\?.*$/, '');

/**
 * Records `+ <file>` before any plugin transforms a Markdown/MDX module and `- <file>` once the
 * bundler has parsed the result. Must be listed before `mdx()` so its `pre` hook runs first.
 */
export function buildProgress(): AstroIntegration {
  return {
    name: 'stazhirovka:build-progress',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const file = process.env[PROGRESS_ENV];
        if (command !== 'build' || !file) return;
        // Synchronous appends: the line must be on disk before the parser that may crash runs. The
        // id keeps its query: `x.mdx` and `x.mdx?astroPropagatedAssets` are two modules.
        const record = (mark: '+' | '-', id: string) => appendFileSync(file, `${mark} ${id}\n`);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'stazhirovka:progress-start',
                enforce: 'pre',
                transform: { filter: { id: CONTENT_MODULE }, handler: (_code: string, id: string) => void record('+', id) },
              },
              {
                // Not the last transform: the bundler's own parser reads the compiled module after
                // it, and 1 000 nested quotes compile fine, then overflow that parser's stack.
                name: 'stazhirovka:progress-end',
                moduleParsed: ({ id }: { id: string }) => void (CONTENT_MODULE.test(id) && record('-', id)),
              },
            ],
          },
        });
      },
    },
  };
}

/** Files whose compilation started and did not finish, in the order they started. */
export function filesInProgress(progressFile: string): string[] {
  if (!existsSync(progressFile)) return [];
  const open = new Set<string>();
  for (const line of readFileSync(progressFile, 'utf8').split('\n')) {
    const id = line.slice(2);
    if (line.startsWith('+ ')) open.add(id);
    else if (line.startsWith('- ')) open.delete(id);
  }
  return [...new Set([...open].map(withoutQuery))];
}
