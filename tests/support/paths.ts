import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CONTENT_DIR = join(REPO_ROOT, 'content');
/** The original documents the published text is checked against (see sources/README.md). */
export const SEEDS_DIR = join(REPO_ROOT, 'sources');
/** The built site; `pnpm test` builds it before running the tests. */
export const DIST_DIR = join(REPO_ROOT, 'apps/site/dist');
