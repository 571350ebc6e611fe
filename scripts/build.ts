// `pnpm build`: `turbo run build` (arguments passed on), with CONTENT_HASH set when CONTENT_DIR
// names the content folder. Turbo hashes only the files a task declares as inputs: the site's
// build declares `content/`, and a folder elsewhere is invisible to it, so without the hash an
// edit there would replay the cached, stale site (apps/site/turbo.json lists CONTENT_HASH).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { contentHash } from '../apps/site/src/build/up-to-date.ts';

const env = { ...process.env };
if (env.CONTENT_DIR) env.CONTENT_HASH = contentHash(resolve(env.CONTENT_DIR));
const result = spawnSync('turbo', ['run', 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (result.error) console.error(`Не удалось запустить turbo: ${result.error.message}. Установите зависимости: npx -y pnpm@10.34.9 install.`);
process.exitCode = result.status ?? 1;
