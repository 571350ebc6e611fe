import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';
import { copySite } from './site-copy.ts';

const PNPM = 'pnpm@10.34.9';

/** Turbo runs each task through the package manager: pnpm's own script from npx's cache, else npx. */
function pnpmShim(binDir: string): void {
  const cache = join(homedir(), '.npm/_npx');
  const cached = existsSync(cache)
    ? readdirSync(cache).map((dir) => join(cache, dir, 'node_modules/pnpm/bin/pnpm.cjs')).find((path) => existsSync(path))
    : undefined;
  mkdirSync(binDir, { recursive: true });
  writeFileSync(join(binDir, 'pnpm'), `#!/bin/sh\nexec ${cached ? `node "${cached}"` : `npx -y ${PNPM}`} "$@"\n`);
  chmodSync(join(binDir, 'pnpm'), 0o755);
}

/**
 * A workspace of one package, the site (see copySite), run by the real turbo with the repository's
 * own turbo.json files, so a test can build and rebuild through turbo's cache without touching the
 * repository's apps/site/dist or .turbo/.
 */
export function turboWorkspace(dir: string): { siteRoot: string; run: (command: string[], env: Record<string, string>) => SpawnSyncReturns<string> } {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'turbo-workspace', private: true, packageManager: PNPM }));
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - site\n');
  cpSync(join(REPO_ROOT, 'turbo.json'), join(dir, 'turbo.json'));
  // What the build writes beside its sources (dist/, .astro/ …) is no input, as in the repository.
  writeFileSync(join(dir, '.gitignore'), `${readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8')}\n.bin/\n`);
  const siteRoot = copySite(dir);
  cpSync(join(REPO_ROOT, 'apps/site/turbo.json'), join(siteRoot, 'turbo.json'));
  // Turbo hashes files through git when it can.
  spawnSync('git', ['init', '-q', dir]);
  const bin = join(dir, '.bin');
  pnpmShim(bin);
  const path = [bin, join(REPO_ROOT, 'node_modules/.bin'), process.env.PATH].join(':');
  return {
    siteRoot,
    run: (command, env) =>
      spawnSync(command[0], command.slice(1), {
        cwd: dir,
        env: { ...process.env, ...env, PATH: path, TURBO_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      }),
  };
}
