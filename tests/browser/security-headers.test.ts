import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempRepo, serveEditingSite } from '../support/admin.ts';
import { launchChromium } from '../support/chromium.ts';
import { watchPolicy } from '../support/csp.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { type RunningServer, serveDist } from '../support/static-server.ts';

// The built site served with its _headers applied, as Netlify or Cloudflare Pages would serve it:
// every kind of page works under its Content-Security-Policy without a single violation.

let server: RunningServer;
let browser: Browser;
const SHOTS = join(REPO_ROOT, 'test-results/security-headers');

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDist(), launchChromium()]);
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page with the policy watched; the caller closes it. */
async function open(url: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; reports: string[] }> {
  const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const reports = await watchPolicy(page);
  const response = await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
  expect(response?.headers()['content-security-policy'], url).toContain("default-src 'self'");
  return { page, reports };
}

/** Whether the site's stylesheet applies: the header is laid out by it, not by browser defaults. */
const styled = (page: Page) =>
  page.locator('.site-header > .container').evaluate((el) => {
    const style = getComputedStyle(el);
    return style.maxWidth !== 'none' && getComputedStyle(document.body).margin === '0px';
  });

const PAGES = [
  '/',
  '/regulations/',
  '/regulations/omsk-polozhenie-o-msp-2021/',
  '/instructions/tambov-dokumentoved/',
  '/sites/tomsk-fip-toipkro/',
  '/programs/omsk-programma-msp/',
  '/practices/primer-keys-vzaimoobuchenie/',
  '/search/',
  '/404.html',
];

describe('every kind of page under its policy', () => {
  for (const url of PAGES) {
    it(`${url}: no violation, styled, at 1280 px and 390 px`, async () => {
      for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
        const { page, reports } = await open(url, viewport);
        expect(await styled(page), url).toBe(true);
        const name = `${url.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${viewport.width}.png`;
        await page.screenshot({ path: join(SHOTS, name), fullPage: false });
        expect(reports, url).toEqual([]);
        await page.context().close();
      }
    });
  }
});

describe('the islands still work under the policy', () => {
  it('search: a query typed on /search/ shows results (Pagefind and its WebAssembly load)', async () => {
    const { page, reports } = await open('/search/');
    await page.locator('#search-q').fill('площадок');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => /^Найдено/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('.search-result__title a').count()).toBeGreaterThan(0);
    // The WebAssembly is compiled in Pagefind's worker, under the worker's own policy.
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
    const worker = await fetch(`${server.url}/pagefind/pagefind-worker.js`);
    expect(worker.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    await page.screenshot({ path: join(SHOTS, 'search-results-1280.png') });
    expect(reports).toEqual([]);
    await page.context().close();
  });

  it('«¶» copies the clause address and says so', async () => {
    const { page, reports } = await open('/instructions/tambov-dokumentoved/');
    await page.locator('#p-3-7--2 > a.clause-link').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/instructions/tambov-dokumentoved/#p-3-7--2`);
    await expect.poll(() => page.locator('#clause-link-status').textContent()).toBe('Ссылка на пункт 3.7 (2-й с этим номером) скопирована');
    expect(reports).toEqual([]);
    await page.context().close();
  });

  it('the printed footer is put in through the CSSOM, which the policy allows', async () => {
    const { page, reports } = await open('/regulations/omsk-polozhenie-o-msp-2021/');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const footer = await page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join(''));
    expect(footer).toContain('/regulations/omsk-polozhenie-o-msp-2021/"');
    expect(footer).toContain('Распечатано ');
    expect(reports).toEqual([]);
    await page.context().close();
  });
});

describe('the editor under its own policy', () => {
  it('logs in, lists the collections and opens an entry with its preview without a violation', async () => {
    const repo = makeTempRepo();
    const editing = await serveEditingSite(repo);
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      const reports = await watchPolicy(page);
      // The static host has no editing backend: its requests go to the test's own, as from its origin.
      await page.route(`${server.url}/api/editing/**`, async (route) => {
        const request = route.request();
        const url = request.url().replace(server.url, editing.origin);
        const response = await route.fetch({ url, headers: { ...request.headers(), origin: editing.origin } });
        await route.fulfill({ response });
      });
      const response = await page.goto(`${server.url}/admin/`);
      expect(response?.headers()['content-security-policy']).toContain("'unsafe-eval'");
      await page.getByRole('button', { name: 'Войти' }).click();
      await page.getByText('Коллекции').waitFor();
      await page.goto(`${server.url}/admin/#/collections/regulations/entries/omsk-polozhenie-o-msp-2021`);
      await page.locator('[id^="title-field-"]').first().waitFor();
      await page.frameLocator('iframe').first().getByText('Реквизиты').waitFor();
      await page.screenshot({ path: join(SHOTS, 'admin-1400.png') });
      expect(reports).toEqual([]);
      await context.close();
    } finally {
      await editing.close();
      repo.remove();
    }
  });
});
