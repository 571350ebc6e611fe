// `pnpm build` of the site: `astro build` into a folder beside dist/, published only when complete.
// Arguments are passed to `astro build` (`--outDir` names the folder to publish into).
import { safeBuild } from './safe-build.ts';

/**
 * Under turbo (it sets TURBO_HASH) a content folder named by CONTENT_DIR must come with its
 * CONTENT_HASH (scripts/build.ts): turbo does not see files outside the repository, and a build
 * cached without the hash would be replayed after any edit there. Failing here stores nothing.
 */
function uncachableContent(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.TURBO_HASH || !env.CONTENT_DIR || env.CONTENT_HASH) return undefined;
  return (
    `✖ Сайт не собран: CONTENT_DIR (${env.CONTENT_DIR}) указан, а CONTENT_HASH — нет, и turbo не заметил бы правок в этой папке ` +
    'и выдал бы из кэша устаревший сайт.\n  Что делать: запустите сборку командой `pnpm build` (она считает CONTENT_HASH), а не `turbo run build`.'
  );
}

const refusal = uncachableContent(process.env);
if (refusal) console.error(refusal);
process.exitCode = refusal ? 1 : await safeBuild(process.argv.slice(2));
