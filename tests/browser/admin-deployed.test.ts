import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMOTE_BACKENDS, type RemoteBackendName } from '../../apps/admin/src/config/cms-config.ts';
import { launchChromium } from '../support/chromium.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { type RunningServer, serveDist } from '../support/static-server.ts';

// The admin as a deployed site carries it: built for each git host it can edit through
// (CMS_BACKEND, docs/cms.md) and opened from a static host in Chromium. Decap is assembled from
// its parts in apps/admin/src/decap.ts; a host whose backend were left out would show an error
// instead of its login screen.

const ADMIN = join(REPO_ROOT, 'apps/admin');
const SETTINGS: Record<RemoteBackendName, { login: string; env: Record<string, string> }> = {
  github: { login: 'Войти через GitHub', env: { CMS_REPO: 'metod/site', CMS_BASE_URL: 'https://auth.example.org' } },
  gitea: { login: 'Войти через Gitea', env: { CMS_REPO: 'metod/site', CMS_BASE_URL: 'https://git.example.org', CMS_APP_ID: 'app' } },
  forgejo: { login: 'Войти через Forgejo', env: { CMS_REPO: 'metod/site', CMS_BASE_URL: 'https://git.example.org', CMS_APP_ID: 'app' } },
};

let work: string;
let browser: Browser;
const sites = new Map<string, RunningServer>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'admin-deployed-'));
  for (const host of REMOTE_BACKENDS) {
    const root = join(work, host);
    const build = spawnSync(process.execPath, [join(ADMIN, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', join(root, 'admin'), '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ADMIN,
      env: { ...process.env, CMS_BACKEND: host, ...SETTINGS[host].env },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`the admin for ${host} did not build:\n${build.stderr}`);
    sites.set(host, await serveDist(root, { headers: false }));
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([...sites.values()].map((site) => site.close()));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the admin deployed with a git host', () => {
  for (const host of REMOTE_BACKENDS) {
    it(`opens on ${host}'s login screen, in Russian, with no script error`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(`${sites.get(host)?.url}/admin/`);
        await page.getByRole('button', { name: SETTINGS[host].login }).waitFor();
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
