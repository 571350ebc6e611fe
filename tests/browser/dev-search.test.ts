import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeTempRepo } from '../support/admin.ts';
import { launchChromium } from '../support/chromium.ts';
import { buildCopy, copySite, siteEnv } from '../support/site-copy.ts';

// The methodologists' flow (`pnpm start` runs `astro dev`): a saved document is found by the
// site's search page without a rebuild, beside the last built index or with none at all.
// Here on a copy of the site and of content/, on a free port.

const PAGE = '/practices/primer-keys-vzaimoobuchenie/';
const FILE = 'practices/primer-keys-vzaimoobuchenie.mdx';
const NEW_PAGE = '/practices/primer-keys-novyj/';
const SAVED_BEFORE_START = { file: 'programs/priozersk-setevoe-nastavnichestvo.mdx', url: '/programs/priozersk-setevoe-nastavnichestvo/' };

let repo: ReturnType<typeof makeTempRepo>;
let siteRoot: string;
let browser: Browser;

interface DevServer {
  origin: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function startDev(): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(siteRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: siteRoot,
    env: siteEnv({ ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: repo.content }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const status = await fetch(`${origin}${PAGE}`).then((r) => r.status).catch(() => 0);
    if (status === 200) break;
    if (child.exitCode !== null || i > 1200) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    origin,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-(child.pid as number), 'SIGTERM');
      await exited;
    },
  };
}

interface Answer {
  status: string;
  /** The results' addresses, best first. */
  urls: string[];
  /** The text of the first result: title, excerpt, clauses. */
  first: string;
}

/** The search page's answer to `query`: its status line and the results shown. */
async function searchFor(page: Page, origin: string, query: string): Promise<Answer> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  return shownAnswer(page);
}

/** What the open search page shows once it has answered. */
async function shownAnswer(page: Page): Promise<Answer> {
  const status = page.locator('#search-status');
  await status.filter({ hasText: /Найдено|Ничего не найдено|не собран|недоступен/ }).waitFor({ timeout: 20_000 });
  const urls = await page.locator('#search-results .search-result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const first = urls.length > 0 ? await page.locator('#search-results .search-result').first().innerText() : '';
  return { status: await status.innerText(), urls, first };
}

/**
 * `url` is the best result and shows `word`. Pagefind answers a word it does not know with pages
 * of similar words, so that a page is found at all proves nothing.
 */
const foundFirst = (answer: Answer, url: string, word: string) => answer.urls[0] === url && answer.first.includes(word);

/**
 * Searches for `word` again until `url` is found first (the dev index follows a save within
 * seconds), or gives up after 15 s. The dev server reloads open pages when content changes, so a
 * read cut short by a reload is tried again.
 */
async function searchUntil(page: Page, origin: string, word: string, url: string): Promise<Answer> {
  const deadline = Date.now() + 15_000;
  const attempt = () => searchFor(page, origin, word).catch((): Answer => ({ status: '', urls: [], first: '' }));
  let answer = await attempt();
  while (!foundFirst(answer, url, word) && Date.now() < deadline) {
    await page.waitForTimeout(300);
    answer = await attempt();
  }
  return answer;
}

function addPractice(slug: string, word: string) {
  const source = readFileSync(join(repo.content, FILE), 'utf8').replace(/^title: ".*"$/m, `title: "Новый кейс: ${word}"`);
  writeFileSync(join(repo.content, 'practices', `${slug}.mdx`), source);
}

beforeAll(async () => {
  repo = makeTempRepo();
  siteRoot = copySite(repo.dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  repo?.remove();
});

describe('astro dev: a saved document is found by search without a rebuild', () => {
  it('with no built index, says so in Russian and still finds the pages saved since the start', async () => {
    const dev = await startDev();
    try {
      const page = await browser.newPage();
      const before = await searchFor(page, dev.origin, 'взаимообучение');
      expect(before.status).toContain('Индекс поиска ещё не собран: выполните «pnpm build» и перезапустите «pnpm start».');

      appendFileSync(join(repo.content, FILE), '\nВ школе применяют метод Разносторонкавидения.\n');
      const after = await searchUntil(page, dev.origin, 'Разносторонкавидения', PAGE);
      expect(foundFirst(after, PAGE, 'Разносторонкавидения'), dev.output()).toBe(true);
      expect(after.status).toContain('ищутся только страницы, сохранённые после запуска');
    } finally {
      await dev.stop();
    }
  }, 300_000);

  it('beside the built index: a page saved before the start or while running by its new word, once, and a new page', async () => {
    const built = buildCopy(siteRoot, join(siteRoot, 'dist'), repo.content, { SITE_TODAY: '2026-11-30' });
    expect(built.status, built.stderr + built.stdout).toBe(0);
    // Saved after the build, before `pnpm start`: the built index does not know it.
    appendFileSync(join(repo.content, SAVED_BEFORE_START.file), '\nПрограмма дополнена темой Довсходовоеслово.\n');
    const dev = await startDev();
    try {
      const page = await browser.newPage();
      expect((await searchFor(page, dev.origin, 'взаимообучение')).urls).toContain(PAGE);
      const before = await searchUntil(page, dev.origin, 'Довсходовоеслово', SAVED_BEFORE_START.url);
      expect(foundFirst(before, SAVED_BEFORE_START.url, 'Довсходовоеслово'), dev.output()).toBe(true);

      const saved = Date.now();
      appendFileSync(join(repo.content, FILE), '\nПедагоги освоили Многоступенчатоеэхо.\n');
      const edited = await searchUntil(page, dev.origin, 'Многоступенчатоеэхо', PAGE);
      expect(foundFirst(edited, PAGE, 'Многоступенчатоеэхо'), dev.output()).toBe(true);
      expect(Date.now() - saved).toBeLessThan(15_000);
      // The built index still holds the page's old text: it is shown once, from the new one.
      const both = await searchFor(page, dev.origin, 'взаимообучение');
      expect(both.urls.filter((url) => url === PAGE)).toHaveLength(1);

      // A search page left open answers again by itself when the index changes: no reload.
      expect(foundFirst(await searchFor(page, dev.origin, 'Сверхновоеслово'), NEW_PAGE, 'Сверхновоеслово')).toBe(false);
      addPractice('primer-keys-novyj', 'Сверхновоеслово');
      const shown = () => shownAnswer(page).catch((): Answer => ({ status: '', urls: [], first: '' }));
      await expect.poll(async () => foundFirst(await shown(), NEW_PAGE, 'Сверхновоеслово'), { timeout: 15_000, interval: 200 }).toBe(true);
    } finally {
      await dev.stop();
    }
  }, 400_000);

  it('a search page opened while the index could not be read answers by itself once it can', async () => {
    // As when a save makes Astro rewrite its store and reload pages while the page opens its index.
    const entry = join(siteRoot, 'dist/pagefind/pagefind-entry.json');
    const dev = await startDev();
    try {
      const page = await browser.newPage();
      renameSync(entry, `${entry}.away`);
      const broken = await searchFor(page, dev.origin, 'взаимообучение');
      expect(broken.urls).toEqual([]);
      renameSync(`${entry}.away`, entry);
      const shown = () => shownAnswer(page).catch((): Answer => ({ status: '', urls: [], first: '' }));
      await expect.poll(async () => (await shown()).urls, { timeout: 15_000, interval: 200 }).toContain(PAGE);
    } finally {
      if (existsSync(`${entry}.away`)) renameSync(`${entry}.away`, entry);
      await dev.stop();
    }
  }, 300_000);

  it('leaves nothing of the dev search in the built site', () => {
    const dist = join(siteRoot, 'dist');
    expect(existsSync(join(dist, 'search/index.html'))).toBe(true);
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.includes('pagefind-dev') || file.includes('dev-index'))).toEqual([]);
    const scripts = files.filter((file) => file.startsWith('_astro') && file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) expect(readFileSync(join(dist, file), 'utf8')).not.toContain('pagefind-dev');
  });
});
