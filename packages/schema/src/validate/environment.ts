import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// What a command reads from where it runs, apart from the schemas and the checks: the build
// wrapper needs only this, and the whole package takes ~0.4 s to load before every build.
export { todayIso } from '../status.ts';

/** The repository root, found from this file so the CLI works from any directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Where content lives: `content/` at the repository root, or `CONTENT_DIR` (tests build and
 * validate temporary copies this way, never touching the real content).
 */
export function contentDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR ? resolve(env.CONTENT_DIR) : join(REPO_ROOT, 'content');
}
