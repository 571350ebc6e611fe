import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

const SITE_DIR = join(REPO_ROOT, 'apps/site');

/**
 * The environment for running the site (or `pnpm start`) from a test: Vitest's own variables
 * (NODE_ENV=test, MODE=test, VITEST…) are left out, since they change how Astro runs: a build
 * with NODE_ENV=test ships the development branches of the page scripts.
 */
export function siteEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const own = Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|MODE|VITEST.*|TEST)$/.test(key));
  return { ...Object.fromEntries(own), ...env };
}

/**
 * A copy of apps/site to build or run from another content folder, so its Astro caches
 * (`.astro/`, `node_modules/.astro/`) are its own: a build of temporary content in apps/site itself
 * would leave the content layer pointing at files that are deleted after the test, and break the
 * next real build. Dependencies are the site's own, linked, not reinstalled.
 */
export function copySite(workDir: string): string {
  const root = join(workDir, 'site');
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  for (const name of ['src', 'public']) cpSync(join(SITE_DIR, name), join(root, name), { recursive: true });
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(SITE_DIR, name), join(root, name));
  for (const entry of readdirSync(join(SITE_DIR, 'node_modules'))) {
    if (entry.startsWith('.')) continue;
    symlinkSync(join(SITE_DIR, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  return root;
}

/**
 * Builds a site copy (see copySite) from `contentDir` into `outDir` the way `pnpm build` builds the
 * site: through the wrapper that builds beside `outDir` and replaces it only when the build is
 * complete (apps/site/src/build/safe-build.ts).
 */
export function buildCopy(root: string, outDir: string, contentDir: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(root, 'src/build/cli.ts'), '--outDir', outDir], {
    cwd: root,
    env: siteEnv({ ...env, CONTENT_DIR: contentDir }),
    encoding: 'utf8',
  });
}

/** Copies the site into `workDir` and builds it from `contentDir` into `<workDir>/dist`. */
export function buildSiteCopy(
  workDir: string,
  contentDir: string,
  env: Record<string, string> = {},
): { outDir: string; result: SpawnSyncReturns<string> } {
  const outDir = join(workDir, 'dist');
  return { outDir, result: buildCopy(copySite(workDir), outDir, contentDir, env) };
}
