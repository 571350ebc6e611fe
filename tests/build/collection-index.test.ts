import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTION_NAMES, type CollectionName, facetsOf, REGULATION_KINDS, toSlug } from '@stazhirovka/schema';
import { type HTMLElement, parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../benchmarks/corpus.ts';
import { contentFiles } from '../support/content-files.ts';
import { CONTENT_DIR, DIST_DIR } from '../support/paths.ts';
import { buildSiteCopy } from '../support/site-copy.ts';

/** The pages a reader reaches from a list's first page by «Следующая», in order. */
function walkPages(dist: string, first: string): { url: string; page: HTMLElement }[] {
  const pages: { url: string; page: HTMLElement }[] = [];
  for (let url: string | undefined = first; url; ) {
    const page = read(dist, url);
    pages.push({ url, page });
    url = page.querySelector('.pager a[rel="next"]')?.getAttribute('href');
    if (pages.length > 1000) throw new Error(`${first}: the pager never ends`);
  }
  return pages;
}

const read = (dist: string, url: string) => parse(readFileSync(join(dist, url, 'index.html'), 'utf8'));
const listed = (page: HTMLElement) => page.querySelectorAll('main .entry-list .entry-title a').map((a) => a.getAttribute('href') ?? '');
const text = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim();

/** «Положение (3)» → ['Положение', 3], for every value link of the facet `segment` in the page's filters (or in `scope`). */
function navCounts(page: HTMLElement, collection: string, segment: string, scope = 'nav.facets'): Map<string, { label: string; count: number }> {
  const counts = new Map<string, { label: string; count: number }>();
  for (const a of page.querySelectorAll(`${scope} a[href^="/${collection}/${segment}/"]`)) {
    const match = /^(.*)\s\((\d+)\)$/.exec(text(a) ?? '');
    const slug = a.getAttribute('href')?.split('/')[3];
    if (match && slug) counts.set(slug, { label: match[1], count: Number(match[2]) });
  }
  return counts;
}

describe('collection indexes of the seed content', () => {
  const files = contentFiles();

  it('a document kind lists exactly the documents of that kind, and the filter counts them', () => {
    const regulations = files.filter((f) => f.collection === 'regulations');
    const nav = navCounts(read(DIST_DIR, '/regulations/'), 'regulations', 'kind');
    for (const [key, label] of Object.entries(REGULATION_KINDS)) {
      const expected = regulations.filter((f) => f.data.kind === key).map((f) => f.url).sort();
      const url = `/regulations/kind/${toSlug(label)}/`;
      if (expected.length === 0) {
        expect(existsSync(join(DIST_DIR, url)), url).toBe(false);
        continue;
      }
      const page = read(DIST_DIR, url);
      expect(listed(page).sort(), url).toEqual(expected);
      expect(nav.get(toSlug(label)), url).toEqual({ label, count: expected.length });
      expect(text(page.querySelector('h1'))).toBe(`Документы: ${label}`);
      expect(page.querySelector(`nav.facets a[href="${url}"]`)?.getAttribute('aria-current')).toBe('page');
    }
  });

  it('«Действует» lists the one document in force; a site region lists the sites written with that region', () => {
    expect(listed(read(DIST_DIR, '/regulations/status/deystvuet/'))).toEqual(['/regulations/omsk-polozhenie-o-msp-2021/']);
    const sites = files.filter((f) => f.collection === 'sites');
    for (const region of new Set(sites.map((f) => String(f.data.region)))) {
      const expected = sites.filter((f) => f.data.region === region).map((f) => f.url).sort();
      expect(listed(read(DIST_DIR, `/sites/region/${toSlug(region)}/`)).sort(), region).toEqual(expected);
    }
  });

  it('every facet value page lists as many entries as its filter link and the page of all the facet’s values say', () => {
    for (const collection of COLLECTION_NAMES) {
      const index = read(DIST_DIR, `/${collection}/`);
      for (const facet of facetsOf(collection)) {
        const dir = join(DIST_DIR, collection, facet.segment);
        if (!existsSync(dir)) continue;
        const values = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.html')));
        const nav = navCounts(index, collection, facet.segment);
        const overview = navCounts(read(DIST_DIR, `/${collection}/${facet.segment}/`), collection, facet.segment, '.facet-values');
        expect([...overview.keys()].sort()).toEqual([...values].sort());
        for (const value of values) {
          const count = walkPages(DIST_DIR, `/${collection}/${facet.segment}/${value}/`).flatMap(({ page }) => listed(page)).length;
          expect(nav.get(value)?.count ?? count, `${collection}/${facet.segment}/${value}`).toBe(count);
          expect(overview.get(value)?.count).toBe(count);
        }
      }
    }
  });

  it('a site’s instructions link to the chart on the site’s page; no index page draws a chart', () => {
    expect(read(DIST_DIR, '/instructions/').querySelectorAll('.org-chart')).toHaveLength(0);
    const page = read(DIST_DIR, '/instructions/site/tambov-stazhirovochnaya-ploschadka/');
    expect(page.querySelectorAll('.org-chart')).toHaveLength(0);
    expect(page.querySelector('.listing__hint a')?.getAttribute('href')).toBe('/sites/tambov-stazhirovochnaya-ploschadka/#org-chart-tambov-stazhirovochnaya-ploschadka-heading');
    const instructions = files.filter((f) => f.collection === 'instructions');
    expect(listed(page).sort()).toEqual(instructions.filter((f) => f.data.site === 'tambov-stazhirovochnaya-ploschadka').map((f) => f.url).sort());
  });
});

describe('collection indexes of 400 generated documents', () => {
  let work: string;
  let dist: string;
  let corpus: ReturnType<typeof writeCorpus>;
  const files = new Map<CollectionName, { url: string; region: string | undefined }[]>();

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'facets-'));
    corpus = writeCorpus(join(work, 'content'), 400, CONTENT_DIR);
    for (const collection of COLLECTION_NAMES) {
      const dir = join(corpus.dir, collection);
      // The generated corpus has no offerings (the calendar has its own tests): such a section is empty.
      files.set(collection, (existsSync(dir) ? readdirSync(dir) : []).map((name) => {
        const region = /^region: "(.*)"$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1];
        return { url: `/${collection}/${name.replace(/\.mdx$/, '')}/`, region };
      }));
    }
    const { outDir, result } = buildSiteCopy(work, corpus.dir, { SITE_TODAY: '2026-12-01' });
    if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    dist = outDir;
  }, 600_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('pages every list of 50 and covers every entry exactly once, «Страница k из N» with rel prev/next', () => {
    for (const collection of COLLECTION_NAMES) {
      const pages = walkPages(dist, `/${collection}/`);
      const all = pages.flatMap(({ page }) => listed(page));
      const expected = (files.get(collection) ?? []).map((f) => f.url);
      expect(all.length, collection).toBe(expected.length);
      expect(new Set(all).size, collection).toBe(all.length);
      expect(new Set(all)).toEqual(new Set(expected));
      expect(pages.length).toBe(Math.max(1, Math.ceil(expected.length / 50)));
      pages.forEach(({ url, page }, i) => {
        expect(listed(page).length, url).toBeLessThanOrEqual(50);
        if (pages.length > 1) expect(text(page.querySelector('.pager__status')), url).toBe(`Страница ${i + 1} из ${pages.length}`);
        expect(page.querySelector('.pager a[aria-current="page"]')?.text.replace(/\D/g, ''), url).toBe(pages.length > 1 ? String(i + 1) : undefined);
        expect(page.querySelector('head link[rel="prev"]')?.getAttribute('href'), url).toBe(i > 0 ? pages[i - 1].url : undefined);
        expect(page.querySelector('head link[rel="next"]')?.getAttribute('href'), url).toBe(pages[i + 1]?.url);
      });
    }
  });

  it('a region lists exactly the documents of that region, over its pages, as many as its filter says', () => {
    const regulations = files.get('regulations') ?? [];
    const nav = navCounts(read(dist, '/regulations/'), 'regulations', 'region');
    const regions = new Set(regulations.map((f) => f.region ?? ''));
    expect(nav.size).toBe(regions.size);
    for (const region of regions) {
      const expected = regulations.filter((f) => f.region === region).map((f) => f.url).sort();
      const pages = walkPages(dist, `/regulations/region/${toSlug(region)}/`);
      const all = pages.flatMap(({ page }) => listed(page));
      expect(all.sort(), region).toEqual(expected);
      expect(nav.get(toSlug(region))).toEqual({ label: region, count: expected.length });
      expect(text(pages[0].page.querySelector('.listing__summary'))).toContain(`Регион: ${region} — ${expected.length} из ${regulations.length}.`);
    }
  });

  it('keeps index pages small: no chart on a list of all instructions, a long facet shows its largest values and links to all', () => {
    const lists = [walkPages(dist, '/instructions/'), ...readdirSync(join(dist, 'instructions/site')).filter((n) => n !== 'index.html').map((n) => walkPages(dist, `/instructions/site/${n}/`))];
    for (const { url, page } of lists.flat()) {
      expect(page.querySelectorAll('.org-chart'), url).toHaveLength(0);
      expect(readFileSync(join(dist, url, 'index.html')).length, url).toBeLessThan(120_000);
    }
    const index = read(dist, '/instructions/');
    const sites = navCounts(index, 'instructions', 'site');
    expect(sites.size).toBeLessThanOrEqual(10);
    const more = index.querySelector('nav.facets a[href="/instructions/site/"]');
    const all = navCounts(read(dist, '/instructions/site/'), 'instructions', 'site', '.facet-values');
    expect(text(more)).toBe(`Все значения (${all.size}): Площадка`);
    expect([...all.values()].reduce((n, v) => n + v.count, 0)).toBe(files.get('instructions')?.length);
  });
});
