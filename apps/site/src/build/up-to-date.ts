import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentDirectory, REPO_ROOT, todayIso } from '@stazhirovka/schema/environment';

/**
 * Set by `pnpm build --force` (scripts/build.ts) for the build wrapper under turbo, which passes no
 * arguments to the task. Not a `SITE_` setting: it must not change the recorded inputs.
 */
export const FORCE_ENV = 'STAZHIROVKA_FORCE_BUILD';

/** Folders that are outputs or caches, never inputs of a build. */
const NOT_INPUTS = new Set(['.git', 'node_modules', '.turbo', '.astro']);

/**
 * Adds a file's bytes to `hash` through one reused buffer: read whole, 10 000 documents left ~70 MB
 * of freed buffers in the build wrapper's memory for the rest of the build, beside Astro's peak.
 */
function addFile(hash: Hash, path: string, buffer: Buffer): void {
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

/** Adds every file under `dir` (names and bytes, in a fixed order) to `hash`. */
function addTree(hash: Hash, dir: string, skip: ReadonlySet<string> = NOT_INPUTS): void {
  const buffer = Buffer.allocUnsafe(1 << 16);
  const walk = (folder: string, prefix: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (skip.has(entry.name)) continue;
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else if (entry.isFile()) {
        hash.update(`${path}\0`);
        addFile(hash, join(folder, entry.name), buffer);
        hash.update('\0');
      }
    }
  };
  if (existsSync(dir)) walk(dir, '');
}

/**
 * One hash of every file under `dir` (names and bytes). Reading the files is cheap beside a build
 * (10 000 documents, ~60 MB: well under a second); their modification times would be cheaper
 * still but change on every checkout and miss an edit within one tick. A content folder kept as
 * its own repository: its history (.git) is not content.
 */
export function contentHash(dir: string): string {
  const hash = createHash('sha256');
  addTree(hash, dir, new Set(['.git']));
  return hash.digest('hex');
}

/**
 * Everything a build of the site in `siteRoot` depends on: the content, the site's own files, the
 * workspace packages it links (their sources, and the admin's built files it copies), the
 * lockfile, Node's version, the settings read from the environment and «today» (statuses and
 * calendars depend on the date), and the arguments.
 */
export function buildInputs(siteRoot: string, args: readonly string[], env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  hash.update(`content\0${contentHash(contentDirectory(env))}\0`);
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    const path = join(siteRoot, name);
    if (name.includes('.')) hash.update(`${name}\0`).update(existsSync(path) ? readFileSync(path) : '').update('\0');
    else addTree(hash, path);
  }
  const packages = join(siteRoot, 'node_modules/@stazhirovka');
  for (const name of existsSync(packages) ? readdirSync(packages).sort() : []) addTree(hash, realpathSync(join(packages, name)));
  hash.update(readFileSync(join(REPO_ROOT, 'pnpm-lock.yaml')));
  const settings = Object.entries(env).filter(([key]) => /^(SITE_|CMS_)/.test(key)).sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(JSON.stringify({ node: process.version, today: todayIso(env), settings, args }));
  return hash.digest('hex');
}

/** Where the inputs of each published folder are recorded: beside Astro's own caches, never in dist/. */
const stampsFile = (siteRoot: string) => join(siteRoot, 'node_modules/.astro/stazhirovka-build-inputs.json');

function readStamps(siteRoot: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(stampsFile(siteRoot), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** True when `outDir` was published by a build of exactly these inputs. */
export function builtFrom(siteRoot: string, outDir: string, inputs: string): boolean {
  return readStamps(siteRoot)[outDir] === inputs;
}

/** Records the inputs `outDir` was just published from. */
export function recordInputs(siteRoot: string, outDir: string, inputs: string): void {
  const file = stampsFile(siteRoot);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...readStamps(siteRoot), [outDir]: inputs }, null, 2));
}
