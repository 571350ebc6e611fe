import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../benchmarks/corpus.ts';
import { launchChromium } from '../support/chromium.ts';
import { CONTENT_DIR } from '../support/paths.ts';
import { buildSiteCopy } from '../support/site-copy.ts';
import { type RunningServer, serveDist } from '../support/static-server.ts';

// Two shards of one catalogue (docs/scaling.md), each built on its own as a CI matrix job would:
// shard A from the seed documents, shard B from generated ones. They are published as one site:
// B's pages beside A's, B's index in a folder of its own, merged by the browser with Pagefind's
// mergeIndex. A reader's query must find pages of both.

const dir = mkdtempSync(join(tmpdir(), 'search-shards-'));
const SHARD_B_INDEX = '/pagefind-shards/b/';
const MARK_A = 'Цаплезвон';
const MARK_B = 'Юрловник';
let server: RunningServer;
let browser: Browser;
let page: Page;

function buildShard(name: string, content: string): string {
  const { outDir, result } = buildSiteCopy(join(dir, name), content, { SITE_TODAY: '2026-11-30' });
  if (result.status !== 0) throw new Error(`shard ${name} did not build:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return outDir;
}

/** A's site with B's pages added where A has none, and B's index beside A's. */
function publish(a: string, b: string): string {
  const site = join(dir, 'published');
  cpSync(a, site, { recursive: true });
  for (const collection of ['regulations', 'instructions', 'sites', 'programs', 'practices']) {
    for (const slug of readdirSync(join(b, collection))) {
      const target = join(site, collection, slug);
      if (slug !== 'index.html' && !existsSync(target)) cpSync(join(b, collection, slug), target, { recursive: true });
    }
  }
  cpSync(join(b, 'pagefind'), join(site, SHARD_B_INDEX), { recursive: true });
  return site;
}

beforeAll(async () => {
  const contentA = join(dir, 'content-a');
  cpSync(CONTENT_DIR, contentA, { recursive: true });
  appendFileSync(join(contentA, 'regulations/omsk-polozhenie-o-msp-2021.mdx'), `\n${MARK_A} — слово только этого шарда.\n`);
  const contentB = join(dir, 'content-b');
  writeCorpus(contentB, 20, CONTENT_DIR);
  appendFileSync(join(contentB, 'regulations/bench-regulations-1.mdx'), `\n${MARK_B} — слово только этого шарда.\n`);
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  const site = publish(buildShard('a', contentA), buildShard('b', contentB));
  server = await serveDist(site);
  browser = await launchChromium();
  page = await browser.newPage();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Vitest rewrites `import()` in test code, also inside functions sent to the browser; an
// indirect eval of a string is left alone.
const IMPORT_PAGEFIND = "import('/pagefind/pagefind.js')";

/** URLs Pagefind finds for each query, with shard B's index merged into A's (or not). */
async function search(queries: string[], merge: boolean): Promise<string[][]> {
  await page.goto(`${server.url}/search/`);
  return page.evaluate(
    async ({ list, load, shard, merge }) => {
      const pagefind = await (0, eval)(load);
      if (merge) await pagefind.mergeIndex(shard);
      const out: string[][] = [];
      for (const query of list) {
        const response = await pagefind.search(query);
        out.push(await Promise.all(response.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url)));
      }
      return out;
    },
    { list: queries, load: IMPORT_PAGEFIND, shard: SHARD_B_INDEX, merge },
  );
}

const isB = (url: string) => url.includes('/bench-');

describe('two shards searched through one merged index', () => {
  it('finds a word of each shard only once B is merged', async () => {
    const [aAlone, bAlone] = await search([MARK_A.toLowerCase(), MARK_B.toLowerCase()], false);
    expect(aAlone).toEqual(['/regulations/omsk-polozhenie-o-msp-2021/']);
    expect(bAlone).toEqual([]);
    const [a, b] = await search([MARK_A.toLowerCase(), MARK_B.toLowerCase()], true);
    expect(a).toEqual(['/regulations/omsk-polozhenie-o-msp-2021/']);
    expect(b).toEqual(['/regulations/bench-regulations-1/']);
  });

  it('answers a word in an irregular form with pages of both shards', async () => {
    const [found] = await search(['площадок'], true);
    expect(found.filter(isB).length).toBeGreaterThan(0);
    expect(found.filter((url) => !isB(url)).length).toBeGreaterThan(0);
  });

  it('links each result of shard B to its published page', async () => {
    const [[url]] = await search([MARK_B.toLowerCase()], true);
    const response = await fetch(`${server.url}${url}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(MARK_B);
  });
});
