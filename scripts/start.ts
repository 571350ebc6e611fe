// `pnpm start` / `pnpm dev` (after the build): the site in `astro dev` with live content, and the
// admin at /admin/ of the same origin, saving through the dev server's own guarded editing
// backend (packages/editing-backend). One process to stop: Ctrl-C.
//
//   pnpm start                 port 4321, or the next free one if it is taken
//   pnpm start --port 4400     another port (or SITE_PORT=4400); two checkouts can run side by side
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
// Tests move the site aside (a copy, with CONTENT_DIR pointing at a copy of the content) so that
// they never touch the real content/.
const SITE_ROOT = process.env.SITE_ROOT ?? join(ROOT, 'apps/site');

/** `--port N`, `--port=N` or SITE_PORT; 4321 by default. */
function chosenPort(argv: string[], env: NodeJS.ProcessEnv): string {
  const at = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const value = at < 0 ? (env.SITE_PORT ?? '4321') : argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`Порт «${value}» не подходит: укажите число от 1 до 65535, например --port 4400.`);
    process.exit(2);
  }
  return String(port);
}

const port = chosenPort(process.argv.slice(2), process.env);
// Astro moves to the next free port if this one is taken and prints where it listens; the
// editing backend prints the editor's address on that port (the admin needs no address: it asks
// its own origin).
const site = spawn(process.execPath, [join(SITE_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', HOST, '--port', port], {
  cwd: SITE_ROOT,
  stdio: 'inherit',
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  // Ctrl-C already reached Astro (same process group); a `kill` sent to this script alone did not.
  site.kill('SIGINT');
  setTimeout(() => site.kill('SIGKILL'), 5000).unref();
}

site.once('exit', (code, signal) => {
  if (stopping) return process.exit(0);
  console.error(`\nastro dev остановился (${signal ?? `код ${code}`}).`);
  process.exit(code || 1);
});
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
