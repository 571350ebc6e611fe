import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * What a complete site has: the home page, the search bundle (indexed by the build wrapper once
 * Astro has exited), the editor (copied by the admin integration) and the host headers
 * (security-headers integration). A build that exits 0 without them is not published.
 */
export const REQUIRED_PARTS = ['index.html', 'pagefind/pagefind.js', 'admin/index.html', '_headers'] as const;

/**
 * Folders beside `outDir` on the same file system, so publishing is a rename: `dist` →
 * `.dist-next-<pid>` while building, `.dist-old-<pid>` for the moment of the swap; beside them the
 * build's progress and the search index Astro left pending.
 */
export function stagingPaths(outDir: string, id: string | number = process.pid) {
  const prefix = join(dirname(outDir), `.${basename(outDir)}`);
  return { staging: `${prefix}-next-${id}`, old: `${prefix}-old-${id}`, progress: `${prefix}-next-${id}.progress`, search: `${prefix}-next-${id}.search.json` };
}

/** Leftovers of builds that were killed before they could clean up (`kill -9`, power loss). */
export function removeLeftovers(outDir: string): void {
  const prefix = `.${basename(outDir)}-`;
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const match = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:next|old)-(\\d+)`).exec(name);
    if (match && !isRunning(Number(match[1]))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The required parts a built folder lacks. */
export function missingParts(dir: string): string[] {
  return REQUIRED_PARTS.filter((part) => !existsSync(join(dir, part)));
}

/**
 * Replaces `outDir` with `staging` by two renames; readers of `outDir` see the old site or the
 * new one, never a half-written one (there is a moment with no `outDir` between the renames).
 */
export function publish(staging: string, outDir: string, old: string): void {
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, old);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(old, outDir);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
