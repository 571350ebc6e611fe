import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { contentFiles } from '../support/content-files.ts';
import { CONTENT_DIR } from '../support/paths.ts';
import { buildSiteCopy } from '../support/site-copy.ts';
import { type RunningServer, serveDist } from '../support/static-server.ts';
import { parseXml, textsOf } from '../support/xml.ts';

// One build of a copy of the content with SITE_EXCLUDE_EXAMPLES=1 and a document whose title tries
// to break out of the JSON-LD block: sample entries must be nowhere, and the title must stay text.

const EXAMPLES = contentFiles().filter((f) => f.data.example === true);
const MARK = "document.documentElement.dataset.pwned='1'";
const HOSTILE_SLUG = 'hostile-jsonld-title';
const HOSTILE_TITLE = `Положение </script><script>${MARK}</script><!-- & «кавычки»`;

let work: string;
let dist: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'examples-titles-'));
  const content = join(work, 'content');
  cpSync(CONTENT_DIR, content, { recursive: true });
  const source = readFileSync(join(content, 'regulations/priozersk-rasporyazhenie-364-r.mdx'), 'utf8');
  writeFileSync(join(content, `regulations/${HOSTILE_SLUG}.mdx`), source.replace(/^title: .*$/m, `title: ${JSON.stringify(HOSTILE_TITLE)}`));
  const { outDir, result } = buildSiteCopy(work, content, { SITE_EXCLUDE_EXAMPLES: '1' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  dist = outDir;
  [server, browser] = await Promise.all([serveDist(dist), launchChromium()]);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');

/** Every file of the build except the editor's, with its text (Pagefind's fragments unzipped). */
function everyText(): { path: string; text: string }[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((path) => !path.startsWith('admin') && !path.startsWith('_astro') && /\.(html|xml|txt|pf_fragment|pf_meta|pf_index)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(join(dist, path));
      return { path, text: path.startsWith('pagefind') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8') };
    });
}

describe('SITE_EXCLUDE_EXAMPLES=1', () => {
  it('there is a sample entry to leave out', () => {
    expect(EXAMPLES.length).toBeGreaterThan(0);
  });

  it('leaves every sample out of pages, lists, search, feeds and the sitemap', () => {
    for (const example of EXAMPLES) {
      expect(existsSync(join(dist, example.url, 'index.html')), example.url).toBe(false);
      const found = everyText().filter(({ text }) => text.includes(example.url) || text.includes(String(example.data.title)));
      expect(found.map((f) => f.path), example.url).toEqual([]);
    }
    expect(parse(read('practices/index.html')).querySelector('main')?.text).toContain('Всего: 0.');
    expect(textsOf(parseXml(read('feeds/practices.xml')), 'entry')).toEqual([]);
  });
});

describe('a title that tries to end the JSON-LD block', () => {
  const url = `/regulations/${HOSTILE_SLUG}/`;

  it('stays one data block whose JSON gives the title back exactly', () => {
    const html = read(`regulations/${HOSTILE_SLUG}/index.html`);
    const scripts = parse(html).querySelectorAll('script:not([src])');
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(JSON.parse(scripts[0].text).name).toBe(HOSTILE_TITLE);
    // Elsewhere the title is text or an attribute value: no element is made of it.
    expect(parse(html).querySelectorAll('script').every((s) => s.getAttribute('src') || s.getAttribute('type') === 'application/ld+json')).toBe(true);
    expect(scripts[0].text).not.toMatch(/[<>&]/);
  });

  it('runs nothing in Chromium, and the browser reads the same JSON-LD', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.pwned ?? null)).toBeNull();
    const blocks = await page.evaluate(() => Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? ''));
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0])).toMatchObject({ '@type': 'Legislation', name: HOSTILE_TITLE });
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
    await page.close();
  });
});
