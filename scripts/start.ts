// `pnpm start` (after `turbo run build`): the site with live content reload and the CMS backend,
// together, so a methodologist edits at /admin/, saves, reloads the page and sees the change.
// Ctrl-C stops both; if either stops on its own, the other is stopped too.
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
// The defaults are what a person uses. Tests move everything aside (ports, a copy of the site, a
// copy of the content with CONTENT_DIR) so that they never touch the real content/.
const SITE_PORT = process.env.SITE_PORT ?? '4321';
const DECAP_PORT = process.env.DECAP_PORT ?? '8081';
const SITE_ROOT = process.env.SITE_ROOT ?? join(ROOT, 'apps/site');
const REPO_DIR = process.env.GIT_REPO_DIRECTORY ?? ROOT;

interface Service {
  name: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

const SERVICES: Service[] = [
  {
    // No authentication: loopback only. It writes into this repository's content/ and media folder.
    name: 'decap-server',
    args: [join(ROOT, 'apps/admin/node_modules/decap-server/dist/index.js')],
    cwd: REPO_DIR,
    env: { MODE: 'fs', BIND_HOST: HOST, PORT: DECAP_PORT, GIT_REPO_DIRECTORY: REPO_DIR, LOG_LEVEL: 'warn' },
  },
  {
    // `astro dev`, not the static preview: it picks up saved content without a rebuild.
    name: 'site',
    args: [join(SITE_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', HOST, '--port', SITE_PORT],
    cwd: SITE_ROOT,
  },
];

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(children.map((child) => new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(null)))))
    .then(() => process.exit(code));
}

for (const service of SERVICES) {
  const child = spawn(process.execPath, service.args, {
    cwd: service.cwd,
    env: { ...process.env, ...service.env },
    stdio: 'inherit',
  });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`\n${service.name} stopped (${signal ?? `code ${code}`}); stopping the rest.`);
    stopAll(code || 1);
  });
  children.push(child);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

console.log(
  `\n  Сайт:      http://${HOST}:${SITE_PORT}/\n` +
    `  Редактор:  http://${HOST}:${SITE_PORT}/admin/  (сохранённое сразу видно на сайте после обновления страницы)\n` +
    '  Остановить: Ctrl-C\n',
);
