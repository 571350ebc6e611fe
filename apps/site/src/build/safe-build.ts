import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentDirectory, REPO_ROOT } from '@stazhirovka/schema/environment';
import { missingParts, publish, removeLeftovers, stagingPaths } from './atomic-output.ts';
import { BuildLog } from './build-log.ts';
import { PROGRESS_ENV, filesInProgress, pagesInProgress } from './build-progress.ts';
import { indexSite, PENDING_INDEX_ENV, type PendingIndex } from '../integrations/search-index.ts';
import { preparedPagesDir } from '../integrations/search/prepared-pages.ts';
import { buildInputs, builtFrom, FORCE_ENV, recordInputs } from './up-to-date.ts';

/** `--outDir x` / `--outDir=x` (`dist` of the site by default) and `--force` taken out of the arguments. */
export function splitArgs(args: readonly string[], siteRoot: string): { outDir: string; force: boolean; rest: string[] } {
  const rest: string[] = [];
  let outDir = join(siteRoot, 'dist');
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--force') force = true;
    else if (arg === '--outDir' && i + 1 < args.length) outDir = resolve(siteRoot, args[++i]);
    else if (arg.startsWith('--outDir=')) outDir = resolve(siteRoot, arg.slice('--outDir='.length));
    else rest.push(arg);
  }
  return { outDir, force, rest };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs `astro build`, passing its output through and feeding it to `log`. */
function runAstro(siteRoot: string, args: string[], env: NodeJS.ProcessEnv, log: BuildLog): Promise<Exit> {
  const child = spawn(process.execPath, [join(siteRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    cwd: siteRoot,
    env,
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    process.stdout.write(chunk);
    log.push(chunk, 'stdout');
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    process.stderr.write(chunk);
    log.push(chunk, 'stderr');
  });
  // Ctrl-C reaches the whole process group; a plain `kill` of this process is passed on. Either
  // way this process waits for Astro to stop and then cleans up.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward).on('SIGHUP', forward);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward).off('SIGHUP', forward);
      done({ code, signal });
    });
  });
}

/**
 * Writes the search index Astro's build left pending (see PENDING_INDEX_ENV) now that Astro has
 * exited: Pagefind holds every page it indexes in memory, and with Astro's process still resident
 * the build's peak was the sum of both (3.9 GB at 10 000 documents). A failure is reported like
 * one of Astro's own, as the step after the pages.
 */
async function indexPending(staging: string, pending: string, log: BuildLog): Promise<Exit> {
  if (!existsSync(pending)) return { code: 0, signal: null };
  const started = Date.now();
  try {
    const index = JSON.parse(readFileSync(pending, 'utf8')) as PendingIndex;
    await indexSite(staging, index);
    // The bench reads the first «N ms» after «search:» as this phase's time.
    console.log(`search: ${index.pages.length} pages indexed in ${Date.now() - started} ms`);
    return { code: 0, signal: null };
  } catch (error) {
    const message = `[ERROR] [stazhirovka:search-index] ${error instanceof Error ? error.message : String(error)}`;
    console.error(message);
    log.phase = 'finish';
    log.push(`${message}\n`, 'stderr');
    return { code: 1, signal: null };
  }
}

/**
 * Builds the site into a folder beside `dist/` and replaces `dist/` only if the build succeeded
 * and is complete (see REQUIRED_PARTS). Astro empties its output folder before rendering, so a
 * crash while building straight into `dist/` would leave no site at all; here it leaves the last
 * good one untouched, removes the unfinished one and says in Russian what failed and in which
 * content file. A folder already built from the same inputs (content, code, settings, date; see
 * up-to-date.ts) is left as it is unless `--force` is given. Returns the exit code.
 */
export async function safeBuild(args: readonly string[], siteRoot = process.cwd()): Promise<number> {
  const { outDir, force, rest } = splitArgs(args, siteRoot);
  removeLeftovers(outDir);
  const inputs = buildInputs(siteRoot, rest, process.env);
  if (!force && process.env[FORCE_ENV] !== '1' && builtFrom(siteRoot, outDir, inputs) && missingParts(outDir).length === 0) {
    console.log(`✓ Сайт не изменился: ${relative(process.cwd(), outDir) || '.'} уже собран из этого содержимого и кода. Собрать заново всё равно: добавьте --force.`);
    return 0;
  }
  const { staging, old, progress, search } = stagingPaths(outDir);
  const hadPrevious = existsSync(outDir);
  const log = new BuildLog();
  const env = { ...process.env, [PROGRESS_ENV]: progress, [PENDING_INDEX_ENV]: search };
  let exit = await runAstro(siteRoot, [...rest, '--outDir', staging], env, log);
  // Read before removing: it names the files being compiled if the process died.
  const compiling = filesInProgress(progress);
  const rendering = pagesInProgress(progress);
  rmSync(progress, { force: true });
  if (exit.code === 0 && exit.signal === null) exit = await indexPending(staging, search, log);
  rmSync(search, { force: true });
  const succeeded = exit.code === 0 && exit.signal === null;
  const missing = succeeded ? missingParts(staging) : [];
  if (succeeded && missing.length === 0) {
    publish(staging, outDir, old);
    recordInputs(siteRoot, outDir, inputs);
    console.log(`✓ Сайт собран и опубликован: ${relative(process.cwd(), outDir) || '.'}`);
    return 0;
  }
  rmSync(staging, { recursive: true, force: true });
  rmSync(preparedPagesDir(staging), { recursive: true, force: true });
  const places = { contentDir: contentDirectory(), repoRoot: REPO_ROOT, outDir, hadPrevious };
  // Loaded only now: it needs the schema package, which every build would otherwise wait for.
  const { failureReport } = await import('./failure-report.ts');
  console.error(`\n${failureReport({ ...exit, log, compiling, rendering, missing }, places)}`);
  return exit.code && exit.code > 0 ? exit.code : 1;
}
