import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_PATH } from '@stazhirovka/editing-backend/protocol';
import { freePort, makeTempRepo } from '../support/admin.ts';
import { openAdmin, openEditor, publish, retype } from '../support/admin-page.ts';
import { launchChromium } from '../support/chromium.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { copySite, siteEnv } from '../support/site-copy.ts';

// What `pnpm start` gives a newcomer, after the build: scripts/start.ts runs `astro dev`, which
// serves the admin and its editing backend on the same origin. Here on a free port, a copy of
// the site and a copy of content/.

let repo: ReturnType<typeof makeTempRepo>;
let start: ChildProcess;
let browser: Browser;
let site: string;
let sitePort: number;
let output = '';

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const status = await fetch(url).then((r) => r.status).catch(() => 0);
    if (status === 200) return;
    if (status >= 500) throw new Error(`${url}: ${status} ${await fetch(url).then((r) => r.text())}\n${output}`);
    if (start.exitCode !== null) throw new Error(`scripts/start.ts exited: ${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not answer: ${output}`);
}

beforeAll(async () => {
  repo = makeTempRepo();
  sitePort = await freePort();
  site = `http://127.0.0.1:${sitePort}`;
  start = spawn(process.execPath, [join(REPO_ROOT, 'scripts/start.ts'), '--port', String(sitePort)], {
    env: siteEnv({ SITE_ROOT: copySite(repo.dir), CONTENT_DIR: repo.content }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  start.stdout?.on('data', (chunk) => (output += chunk));
  start.stderr?.on('data', (chunk) => (output += chunk));
  await waitFor(`${site}/admin/`);
  // The first page request compiles the site; let it happen before a browser waits on it.
  await waitFor(`${site}/practices/primer-keys-vzaimoobuchenie/`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (start?.exitCode === null) {
    const exited = new Promise((done) => start.once('exit', done));
    start.kill('SIGINT');
    await exited;
  }
  repo?.remove();
});

/**
 * The page's main heading. Vite may reload a dev page once while it optimises dependencies, so a
 * read that lands in the reload is retried.
 */
async function headingOf(reader: Page): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await reader.locator('h1').innerText({ timeout: 5000 });
    } catch (error) {
      if (attempt >= 10) throw error;
      await reader.waitForTimeout(300);
    }
  }
}

describe('pnpm start: edit in the admin, reload the site, see the change', () => {
  it('serves the admin at /admin/ of the running site, kept out of search engines', async () => {
    const html = await (await fetch(`${site}/admin/`)).text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain('<html lang="ru">');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('a saved change shows on the site page after a reload, without a rebuild', async () => {
    const reader = await browser.newPage();
    await reader.goto(`${site}/practices/primer-keys-vzaimoobuchenie/`);
    expect(await headingOf(reader)).toBe('Пример кейса: взаимообучение педагогов внутри школы');

    const page = await openAdmin(browser, `${site}/admin/`);
    const route = '/collections/practices/entries/primer-keys-vzaimoobuchenie';
    await openEditor(page, `${site}/admin/`, route, 'Пример кейса: взаимообучение педагогов внутри школы');
    await retype(page, 'title', 'Пример кейса: взаимообучение педагогов в школе');
    await publish(page);

    let heading = '';
    for (let i = 0; i < 40 && heading !== 'Пример кейса: взаимообучение педагогов в школе'; i++) {
      await reader.waitForTimeout(250);
      // A reload can collide with Vite's own reload while it re-optimises dependencies: try again.
      await reader.reload().catch(() => undefined);
      heading = await headingOf(reader);
    }
    expect(heading).toBe('Пример кейса: взаимообучение педагогов в школе');
  });
});

/** A request to the dev server with headers of our choosing (Host, as a DNS-rebinding page sends it). */
function getWithHost(path: string, host: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; cors?: string | string[] }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port: sitePort, path, method, headers: { host, ...headers } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, cors: res.headers['access-control-allow-origin'] }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the editing backend inside astro dev', () => {
  it('prints the editor address on the port it listens on', () => {
    expect(output).toContain(`Редактор: http://127.0.0.1:${sitePort}/admin/`);
  });

  it('gives the admin its per-run address only on its own origin', async () => {
    const own = await getWithHost(SESSION_PATH, `127.0.0.1:${sitePort}`);
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body).proxyUrl).toMatch(/^\/api\/editing\/[\w-]{40,}\/v1\/$/);
    const rebound = await getWithHost(SESSION_PATH, `attacker.example:${sitePort}`);
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('proxyUrl');
    // Another localhost origin (any other dev server on this machine) gets no CORS, not even a preflight.
    const preflight = await getWithHost(SESSION_PATH, `127.0.0.1:${sitePort}`, 'OPTIONS', { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' });
    expect({ status: preflight.status, cors: preflight.cors }).toEqual({ status: 403, cors: undefined });
    const page = await getWithHost('/', `127.0.0.1:${sitePort}`, 'GET', { origin: 'http://localhost:5173' });
    expect(page.cors).toBeUndefined();
  });

  it('Ctrl-C stops the site and exits cleanly', async () => {
    const exited = new Promise<number | null>((done) => start.once('exit', (code) => done(code)));
    start.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/ELIFECYCLE|Error|остановился/);
  });
});
