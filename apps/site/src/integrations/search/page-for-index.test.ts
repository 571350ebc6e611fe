import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { EXCLUDE_SELECTORS } from '../search-index.ts';
import { pageForIndex, withoutSkippedElements, withoutUnreadParts } from './page-for-index.ts';

afterAll(() => pagefind.close());

/** Every file Pagefind writes for one page, by path. */
async function indexFiles(html: string): Promise<Map<string, string>> {
  const { index } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error('Pagefind did not start');
  await index.addHTMLFile({ url: '/page/', content: html });
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]));
}

/** What Pagefind stores for the page: its text, fields and anchors, as the search page reads them. */
interface Fragment {
  content: string;
  word_count: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

async function indexed(html: string): Promise<Fragment> {
  const { index } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error('Pagefind did not start');
  await index.addHTMLFile({ url: '/page/', content: html });
  const { files } = await index.getFiles();
  await index.deleteIndex();
  const fragment = files.find((file) => file.path.startsWith('fragment/'));
  if (!fragment) throw new Error('Pagefind indexed nothing');
  // A fragment is gzip of the signature `pagefind_dcd` followed by the page's JSON.
  return JSON.parse(gunzipSync(fragment.content).toString('utf8').slice('pagefind_dcd'.length));
}

const PAGE = [
  '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Площадка</title></head><body>',
  '<header><dl><dt>Шапка</dt><dd>сайта</dd></dl></header>',
  '<main data-pagefind-body><h1>Площадка</h1><dl><dt>Тип</dt><dd>Базовая</dd></dl>',
  '<table><tr><th>Срок</th><td>2024</td></tr></table><blockquote>Цитата</blockquote><blockquote>вторая</blockquote></main>',
  '<footer>Подвал</footer></body></html>',
].join('');

describe('a rendered page prepared for the search index', () => {
  it('keeps the words of adjacent definition, header and quote blocks apart', async () => {
    expect((await indexed(PAGE)).content).toContain('ТипБазовая');
    const { content } = await indexed(pageForIndex(PAGE, []));
    expect(content).toContain('Тип Базовая');
    expect(content).toContain('Срок 2024');
    expect(content).toContain('Цитата вторая');
  });

  it('carries the missing word forms as a search field, outside the text a reader sees', async () => {
    const page = pageForIndex(PAGE, ['площадок', 'a"b']);
    expect((await indexed(page)).meta.forms).toBe('площадок a"b');
    expect(page.slice(page.indexOf('</main>'))).toContain('<span hidden data-pagefind-meta="forms:площадок a&quot;b"></span></body>');
  });

  it('leaves a page that is not indexed as it is', () => {
    const listing = PAGE.replace(' data-pagefind-body', '');
    expect(pageForIndex(listing, ['площадок'])).toBe(listing);
  });

  it('leaves out the elements Pagefind reads nothing of: the same words, places and fields', async () => {
    const chart = '<section class="org-chart" data-pagefind-ignore aria-labelledby="c-h"><h2 id="c-h">Схема</h2>' +
      '<section><a href="/x/" id="n1">Руководитель</a></section><ul><li id="n2">Тьютор</li></ul></section>';
    const selfLink = '<a href="#p-1" class="clause-link" data-pagefind-ignore><span aria-hidden="true">¶</span><span>Ссылка на пункт 1.1</span></a>';
    const entryLink = '<a href="/sites/x/" data-pagefind-ignore>Площадка</a>';
    const related = '<section class="related"><h2>Связанные</h2><ul><li><a href="/y/">Положение</a></li></ul></section>';
    const label = '<dt data-pagefind-ignore>Площадка</dt>';
    // Pagefind takes a page's first image for its result even where it is ignored.
    const kept = ['<section class="card" data-pagefind-ignore><span data-pagefind-filter="Тип">Базовая</span></section>',
      '<span data-pagefind-ignore data-pagefind-meta="level">Региональный</span>', '<p data-pagefind-ignore><img src="/a.png" alt=""></p>',
      '<img src="/b.png" alt="" data-pagefind-ignore>'];
    const page = PAGE.replace('</h1>', `</h1>${chart}<p id="p-1">${selfLink}1.1. Текст (${entryLink}) и далее</p>` +
      `<dl>${label}<dd>${entryLink}</dd></dl>${related}${kept.join('')}`);
    const slim = withoutSkippedElements(page);
    expect(slim).toBe([chart, selfLink, entryLink, related, label].reduce((html, part) => html.replaceAll(part, ''), page));
    for (const part of kept) expect(slim).toContain(part);
    const [before, after] = [await indexed(page), await indexed(slim)];
    const withoutText = ({ anchors, ...fragment }: Fragment) => ({ ...fragment, anchors: anchors.map(({ text: _, ...place }) => place) });
    expect(withoutText(after)).toEqual(withoutText(before));
    expect(after.meta.level).toBe('Региональный');
    expect(after.meta.image).toBe('/a.png');
    expect(before.anchors.find((a) => a.id === 'p-1')?.text).toBe('¶Ссылка на пункт 1.11.1. Текст () и далее');
    expect(after.anchors.find((a) => a.id === 'p-1')?.text).toBe('1.1. Текст () и далее');
  });

  it('is cut to what Pagefind reads, and Pagefind writes the same index', async () => {
    const page = [
      '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
      '<title>Положение — Стажировочные площадки</title><link rel="stylesheet" href="/_astro/a.css">',
      '<meta data-pagefind-filter="type[content]" content="Положение"><meta data-pagefind-meta="title[content]" content="Положение">',
      '<meta data-pagefind-sort="title[content]" content="Положение"></head><body><a class="skip-link" href="#main">Перейти</a>',
      '<header><form><label>Размер шрифта<input type="radio"></label></form><nav><a href="/">Главная</a></nav></header>',
      '<main id="main" tabindex="-1" data-pagefind-body><h1>Положение</h1><nav data-pagefind-ignore>Раздел</nav>',
      '<p id="p-1">1.1. Текст положения</p></main><footer><p>Подвал</p></footer></body></html>',
    ].join('');
    const slim = withoutUnreadParts(page);
    expect(slim).toBe([
      '<!DOCTYPE html><html lang="ru"><head><title>Положение — Стажировочные площадки</title>',
      '<meta data-pagefind-filter="type[content]" content="Положение"><meta data-pagefind-meta="title[content]" content="Положение">',
      '<meta data-pagefind-sort="title[content]" content="Положение"></head><body><main id="main" tabindex="-1" data-pagefind-body>',
      '<h1>Положение</h1><nav data-pagefind-ignore>Раздел</nav><p id="p-1">1.1. Текст положения</p></main></body></html>',
    ].join(''));
    expect(await indexFiles(slim)).toEqual(await indexFiles(page));
  });

  it('keeps a page whole when Pagefind may read something outside its indexed body', () => {
    const outside = PAGE.replace('<footer>', '<footer><span data-pagefind-filter="Раздел">Подвал</span>');
    const twice = PAGE.replace('<header>', '<header data-pagefind-body>');
    for (const page of [outside, twice, PAGE.replace(' data-pagefind-body', '')]) expect(withoutUnreadParts(page)).toBe(page);
    expect(withoutUnreadParts(PAGE)).not.toContain('Шапка');
  });

  it('reads attribute values whole: a title with «<», «>» or tags in it cuts nothing else', async () => {
    // Astro escapes only «&» and «"» in attribute values; text has «<» escaped.
    const hostile = 'Положение </script><script>x</script><!-- &amp; «кавычки» </main> <a data-pagefind-ignore> </section>';
    const page = [
      '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Положение &lt;/script&gt; — Площадки</title>',
      `<meta name="description" content="${hostile}"><meta data-pagefind-meta="title[content]" content="${hostile}">`,
      `</head><body><header><nav aria-label="${hostile}"><a href="/">Главная</a></nav></header>`,
      `<main id="main" data-pagefind-body><h1>Положение</h1><nav data-pagefind-ignore aria-label="${hostile}">Раздел</nav>`,
      `<section aria-label="${hostile}"><p id="p-1">1.1. Текст положения</p></section></main><footer title="${hostile}">Подвал</footer></body></html>`,
    ].join('');
    const slim = withoutUnreadParts(page);
    expect(slim).toContain(`<meta data-pagefind-meta="title[content]" content="${hostile}">`);
    expect(slim).not.toContain('Главная');
    expect(slim).not.toContain('Подвал');
    expect(withoutSkippedElements(slim)).toBe(slim.replace(`<nav data-pagefind-ignore aria-label="${hostile}">Раздел</nav>`, ''));
    expect(await indexFiles(slim)).toEqual(await indexFiles(page));
    const { content, meta } = await indexed(pageForIndex(page, []));
    expect(meta.title).toBe(hostile.replace('&amp;', '&'));
    expect(content).toContain('1.1. Текст положения');
  });
});
