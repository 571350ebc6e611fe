/** Sizes of a built site for `pnpm bench`: what is published and what a reader downloads. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/chromium.ts';
import { serveDist } from '../support/static-server.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());
}

const sum = (dir: string, paths: string[], gzip = false) =>
  paths.reduce((total, path) => total + (gzip ? gzipSync(readFileSync(join(dir, path))).length : statSync(join(dir, path)).size), 0);

export interface Sizes {
  distMb: number;
  searchIndexKb: number;
  /** Bytes the search page fetches from /pagefind/ for its first query, in Chromium. */
  firstQueryKb?: number;
  typicalPageGzipKb: number;
  largestIndexPageKb: number;
}

/** What a reader downloads: the site, the search index, a typical document page with its CSS and JS. */
export async function sizesOf(outDir: string): Promise<Sizes> {
  const all = filesUnder(outDir);
  const index = filesUnder(join(outDir, 'pagefind')).filter((p) => !/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(p));
  const page = all.find((p) => p.startsWith('regulations/') && p.endsWith('index.html') && p !== 'regulations/index.html') ?? 'index.html';
  const html = readFileSync(join(outDir, page), 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
  const indexPages = all.filter((p) => /^[a-z]+\/index\.html$/.test(p));
  return {
    distMb: Math.round(sum(outDir, all) / 1e5) / 10,
    searchIndexKb: Math.round(sum(join(outDir, 'pagefind'), index) / 1024),
    typicalPageGzipKb: Math.round((sum(outDir, [page, ...assets], true) / 1024) * 10) / 10,
    largestIndexPageKb: Math.round(Math.max(...indexPages.map((p) => statSync(join(outDir, p)).size)) / 1024),
    firstQueryKb: await firstQueryKb(outDir),
  };
}

/** A word every generated corpus holds in many forms, so the first query loads real index chunks. */
const FIRST_QUERY = 'площадка';

/** What a reader's browser downloads from the search bundle to answer its first query. */
async function firstQueryKb(outDir: string): Promise<number | undefined> {
  const server = await serveDist(outDir);
  const browser = await launchChromium().catch(() => undefined);
  if (!browser) return (await server.close(), undefined);
  try {
    const page = await browser.newPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) bodies.push(response.body().then((body) => body.length, () => 0));
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(FIRST_QUERY)}`);
    await page.waitForFunction(() => /Найдено|Ничего не найдено/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return Math.round((await Promise.all(bodies)).reduce((total, n) => total + n, 0) / 1024);
  } finally {
    await browser.close();
    await server.close();
  }
}

