import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchManifest } from '../../apps/site/src/lib/search/search-bundle.ts';
import { launchChromium } from '../support/chromium.ts';
import { CONTENT_DIR } from '../support/paths.ts';
import { buildSiteCopy } from '../support/site-copy.ts';
import { type RunningServer, serveDist } from '../support/static-server.ts';

// A large site's index is written in shards (apps/site/src/integrations/search/shards.ts) that the
// search page merges. Here the seed documents are built with 8 pages a shard, and the search page
// of that build must answer a reader as the one-index build (apps/site/dist) does: the same pages
// found, the same filter counts, browsing in title order across the shards.

const dir = mkdtempSync(join(tmpdir(), 'search-sharded-'));
let sharded: { server: RunningServer; manifest: SearchManifest };
let whole: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // Today's date, as apps/site/dist was built: statuses, and so filter counts, depend on it.
  const { outDir, result } = buildSiteCopy(dir, CONTENT_DIR, { SITE_SEARCH_SHARD_PAGES: '8' });
  if (result.status !== 0) throw new Error(`the sharded build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const manifest = JSON.parse(readFileSync(join(outDir, 'pagefind/search.json'), 'utf8')) as SearchManifest;
  sharded = { server: await serveDist(outDir), manifest };
  whole = await serveDist();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await sharded?.server.close();
  await whole?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Shown {
  status: string;
  urls: string[];
  counts: Record<string, string>;
}

/** What the search page shows for a query: its status line, every result's address and the filter counts. */
async function shown(server: RunningServer, params: string): Promise<Shown> {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/search/?${params}`);
    await page.waitForFunction(() => /Найдено|Ничего не найдено/.test(document.getElementById('search-status')?.textContent ?? ''));
    const results = page.locator('.search-result__title a');
    // «Показать ещё» until every result is on the page, so the whole list is compared.
    while (await page.locator('#search-more').isVisible()) {
      const before = await results.count();
      await page.locator('#search-more').evaluate((button: HTMLButtonElement) => button.click());
      await page.waitForFunction((count) => document.querySelectorAll('.search-result__title a').length > count, before);
    }
    return {
      status: (await page.locator('#search-status').textContent()) ?? '',
      urls: await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
      counts: Object.fromEntries(
        await page.locator('[data-filter]').evaluateAll((boxes) =>
          boxes.map((box) => [`${box.getAttribute('data-filter')}=${box.getAttribute('value')}`, box.nextElementSibling?.querySelector('[data-count]')?.textContent ?? '']),
        ),
      ),
    };
  } finally {
    await page.close();
  }
}

describe('a search index written in shards', () => {
  it('is written as several shards, each a Pagefind bundle listed in the search manifest', async () => {
    expect(sharded.manifest.shards).toEqual(['/pagefind/shards/2/', '/pagefind/shards/3/', '/pagefind/shards/4/']);
    for (const shard of sharded.manifest.shards) expect((await fetch(`${sharded.server.url}${shard}pagefind-entry.json`)).status).toBe(200);
    expect(Object.keys(sharded.manifest.alternatives).length).toBeGreaterThan(0);
  });

  it.each(['площадок', 'тьюторов', 'наставничества', 'стажировочной', '364-р', 'ТОИПКРО', 'положение о тренерах', 'учёт'])(
    'finds for «%s» the same pages, with the same counts, as one index',
    async (query) => {
      const expected = await shown(whole, `q=${encodeURIComponent(query)}`);
      const got = await shown(sharded.server, `q=${encodeURIComponent(query)}`);
      expect(expected.urls.length).toBeGreaterThan(0);
      expect(got.status).toBe(expected.status);
      expect([...got.urls].sort()).toEqual([...expected.urls].sort());
      expect(got.counts).toEqual(expected.counts);
    },
  );

  it.each(['type=Инструкция', 'type=Документ', 'type=Площадка&type=Программа'])('browses %s in title order across the shards', async (filter) => {
    const expected = await shown(whole, filter);
    const got = await shown(sharded.server, filter);
    expect(expected.urls.length).toBeGreaterThan(3);
    expect(got).toEqual(expected);
  });
});
