import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName, regulationStatus, todayIso } from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content-files.ts';
import { readPage } from '../support/html-text.ts';
import { DIST_DIR } from '../support/paths.ts';
import { parseXml, textsOf } from '../support/xml.ts';
import { entryDate, FEED_COLLECTIONS } from '../../apps/site/src/lib/seo/entry-dates.ts';

// Feeds, sitemap, robots.txt, OpenGraph and JSON-LD of the built site (pnpm build first).

const files = contentFiles();
const SITE = new URL(readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8').match(/Sitemap: (\S+)/)?.[1] ?? 'http://invalid/').origin;
const read = (path: string) => readFileSync(join(DIST_DIR, path), 'utf8');

/** Every HTML page a reader can open (not the editor, not the «not found» page), as its address. */
function pageUrls(dir = DIST_DIR, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((item) => {
    const path = join(prefix, item.name);
    if (item.isDirectory()) return path === 'admin' ? [] : pageUrls(dir, path);
    return item.name === 'index.html' ? [`/${prefix ? `${prefix}/` : ''}`] : [];
  });
}

const ATOM = 'http://www.w3.org/2005/Atom';

describe('Atom feeds', () => {
  // Feeds follow each entry's own date (apps/site/src/lib/seo/entry-dates.ts); undated entries are in none.
  const dated = (collection: CollectionName) => files.filter((f) => f.collection === collection && entryDate(f.collection, f.data));

  it('the all-sections feed is Atom with an entry for every dated entry, newest first, each a link to its page', () => {
    const feed = parseXml(read('feeds/all.xml'));
    expect(feed.documentElement.namespaceURI).toBe(ATOM);
    expect(feed.documentElement.localName).toBe('feed');
    const entries = Array.from(feed.getElementsByTagName('entry'));
    const ids = entries.map((entry) => textsOf(entry, 'id')[0]);
    const expected = files.filter((f) => entryDate(f.collection, f.data)).map((f) => new URL(f.url, SITE).href);
    expect(expected.length).toBeGreaterThan(5);
    expect(ids.sort()).toEqual(expected.sort());
    expect(ids.some((id) => id.includes('/instructions/'))).toBe(false);
    const updated = entries.map((entry) => textsOf(entry, 'updated')[0]);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(textsOf(feed.documentElement, 'updated')[0]).toBe(updated[0]);
    const omsk = entries.find((entry) => textsOf(entry, 'id')[0].endsWith('/regulations/omsk-polozhenie-o-msp-2021/'));
    expect(textsOf(omsk as Element, 'title')[0]).toBe(files.find((f) => f.slug === 'omsk-polozhenie-o-msp-2021')?.data.title);
  });

  it('each section feed holds its own entries only', () => {
    for (const collection of FEED_COLLECTIONS) {
      const feed = parseXml(read(`feeds/${collection}.xml`));
      const ids = textsOf(feed, 'id').slice(1);
      expect(ids.sort(), collection).toEqual(dated(collection).map((f) => new URL(f.url, SITE).href).sort());
      expect(textsOf(feed, 'title')[0]).toContain(COLLECTIONS[collection].label);
    }
  });

  it('every page links the feeds in its head, and the footer lists them', () => {
    const home = readPage('/');
    expect(home.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute('href'))).toEqual(['/feeds/all.xml']);
    const document = readPage('/regulations/omsk-polozhenie-o-msp-2021/');
    expect(document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute('href'))).toEqual(['/feeds/all.xml', '/feeds/regulations.xml']);
    const footer = home.querySelectorAll('footer a').map((a) => `${a.text}=${a.getAttribute('href')}`);
    expect(footer).toEqual(expect.arrayContaining(['все разделы=/feeds/all.xml', 'Документы=/feeds/regulations.xml', 'Практики=/feeds/practices.xml']));
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page once, by its absolute address, and nothing else', () => {
    const sitemap = parseXml(read('sitemap.xml'));
    expect(sitemap.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const locs = textsOf(sitemap, 'loc');
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(loc).toMatch(/^https?:\/\/[^/]+\/(.*\/)?$/);
    expect(locs.map((loc) => new URL(loc).pathname).sort()).toEqual(pageUrls().sort());
    expect(locs.some((loc) => loc.includes('/admin/'))).toBe(false);
  });

  it('robots.txt keeps crawlers out of the editor and points to the sitemap', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });
});

describe('page metadata', () => {
  it('every page has a canonical address and OpenGraph in Russian, with no image from anywhere', () => {
    for (const url of pageUrls()) {
      const page = readPage(url);
      const meta = (property: string) => page.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), url).toBe(new URL(url, SITE).href);
      expect(meta('og:url'), url).toBe(new URL(url, SITE).href);
      expect(meta('og:locale'), url).toBe('ru_RU');
      expect(meta('og:title'), url).toBe(page.querySelector('title')?.text);
      expect(meta('og:description'), url).toBe(page.querySelector('meta[name="description"]')?.getAttribute('content'));
      expect(meta('og:image'), url).toBeUndefined();
    }
  });

  it('an entry is described by its own data: a practice by its problem, a document by its requisites', () => {
    const practice = files.find((f) => f.collection === 'practices');
    expect(readPage(practice?.url ?? '').querySelector('meta[name="description"]')?.getAttribute('content')).toBe(practice?.data.problem);
    expect(readPage('/regulations/priozersk-rasporyazhenie-364-r/').querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^Распоряжение № 364-р от 11\.03\.2021 · /);
  });
});

/** The JSON-LD blocks of a page, parsed. */
const jsonLdOf = (url: string) =>
  readPage(url).querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text) as Record<string, unknown>);

describe('JSON-LD', () => {
  const today = todayIso(process.env);

  it('a document is schema.org Legislation with its number, date, issuer and legal force from its status', () => {
    for (const file of files.filter((f) => f.collection === 'regulations')) {
      const [ld, ...more] = jsonLdOf(file.url);
      expect(more, file.url).toEqual([]);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Legislation');
      expect(ld.name).toBe(file.data.title);
      expect(ld.url).toBe(new URL(file.url, SITE).href);
      if (file.data.number) expect(ld.legislationIdentifier).toBe(file.data.number);
      expect(ld.legislationPassedBy).toEqual({ '@type': 'Organization', name: file.data.issuer });
      const inForce = regulationStatus(file.data as never, today) === 'active';
      expect(ld.legislationLegalForce, file.url).toBe(`https://schema.org/${inForce ? 'InForce' : 'NotInForce'}`);
    }
    expect(jsonLdOf('/regulations/priozersk-rasporyazhenie-364-r/')[0]).toMatchObject({ legislationIdentifier: '364-р', legislationDate: '2021-03-11' });
    // «« 14 _____ » 2021 года»: the month is unknown, so only the year is a valid ISO date.
    expect(jsonLdOf('/regulations/omsk-polozhenie-o-msp-2021/')[0].legislationDate).toBe('2021');
  });

  it('a site is an EducationalOrganization with its region', () => {
    for (const file of files.filter((f) => f.collection === 'sites')) {
      const [ld] = jsonLdOf(file.url);
      expect(ld).toMatchObject({ '@type': 'EducationalOrganization', name: file.data.title, address: { addressCountry: 'RU', addressRegion: file.data.region } });
    }
  });

  it('an offering is an EducationEvent whose times carry its region\'s offset', () => {
    const [ld] = jsonLdOf('/offerings/primer-seminar-omsk-nastavnichestvo/');
    // 14:00 in Omsk (UTC+6, the site's region) is 08:00 UTC.
    expect(ld).toMatchObject({
      '@type': 'EducationEvent',
      startDate: '2026-12-15T08:00:00.000Z',
      endDate: '2026-12-15T11:00:00.000Z',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'RUB', url: 'https://example.org/zapis/seminar-omsk' },
    });
  });

  it('other pages carry none', () => {
    expect(jsonLdOf('/')).toEqual([]);
    expect(jsonLdOf('/regulations/')).toEqual([]);
  });
});
