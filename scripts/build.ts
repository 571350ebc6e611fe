// `pnpm build`: `turbo run build` (arguments passed on), with CONTENT_HASH set when CONTENT_DIR
// names the content folder. Turbo hashes only the files a task declares as inputs: the site's
// build declares `content/`, and a folder elsewhere is invisible to it, so without the hash an
// edit there would replay the cached, stale site (apps/site/turbo.json lists CONTENT_HASH).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { contentHash, FORCE_ENV } from '../apps/site/src/build/up-to-date.ts';

const env = { ...process.env };
if (env.CONTENT_DIR) env.CONTENT_HASH = contentHash(resolve(env.CONTENT_DIR));
// `--force` (after `--` or not): turbo re-runs the tasks instead of replaying its cache, and the
// site's build wrapper rebuilds although its inputs are unchanged (FORCE_ENV, safe-build.ts).
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const force = args.includes('--force');
if (force) env[FORCE_ENV] = '1';
const result = spawnSync('turbo', ['run', 'build', ...args], { stdio: 'inherit', env });
if (result.error) console.error(`Не удалось запустить turbo: ${result.error.message}. Установите зависимости: npx -y pnpm@10.34.9 install.`);
process.exitCode = result.status ?? 1;
