import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { CONTENT_DIR, REPO_ROOT } from './paths.ts';

export const ADMIN_DIST = join(REPO_ROOT, 'apps/admin/dist');
const DECAP_SERVER = join(REPO_ROOT, 'apps/admin/node_modules/decap-server/dist/index.js');
/** The address the built admin looks for decap-server at (apps/admin/src/config/cms-config.ts). */
const BUILT_IN_BACKEND = 'http://127.0.0.1:8081/api/v1';

/** A throwaway repository: a copy of content/ and the media folder, never the real ones. */
export function makeTempRepo(): { dir: string; content: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'admin-repo-'));
  cpSync(CONTENT_DIR, join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'apps/site/public/media'), { recursive: true });
  return { dir, content: join(dir, 'content'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export interface RunningBackend {
  url: string;
  stop: () => Promise<void>;
}

/** The real decap-server on a free loopback port, editing `repoDir` (its GIT_REPO_DIRECTORY). */
export async function startDecapServer(repoDir: string): Promise<RunningBackend> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [DECAP_SERVER], {
    cwd: repoDir,
    // MODE is set explicitly: Vitest exports MODE=test, which decap-server would take as its mode.
    env: { ...process.env, MODE: 'fs', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (child.exitCode !== null) throw new Error(`decap-server exited with ${child.exitCode}: ${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Serves the built admin at /admin/ on a free loopback port, as the site does. */
export async function serveAdmin(): Promise<{ url: string; close: () => Promise<void> }> {
  const admin = sirv(ADMIN_DIST, { dev: false, etag: true, single: false });
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith('/admin/')) {
      res.statusCode = 404;
      return res.end('Not found');
    }
    req.url = req.url.slice('/admin'.length);
    admin(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/admin/`, close: () => new Promise((done) => server.close(() => done())) };
}

/**
 * Points the admin's fixed backend address at the test's own decap-server, so tests never touch
 * a decap-server someone runs on 8081 for real editing (and its content/).
 */
export async function routeBackend(page: Page, backendUrl: string): Promise<void> {
  await page.route(`${BUILT_IN_BACKEND}**`, async (route) => {
    const request = route.request();
    const response = await route.fetch({ url: request.url().replace(BUILT_IN_BACKEND, backendUrl) });
    await route.fulfill({ response });
  });
}
