import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES } from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content-files.ts';
import { pageText, readPage, visibleText } from '../support/html-text.ts';
import { DIST_DIR } from '../support/paths.ts';

const files = contentFiles();

function htmlPages(dir = DIST_DIR, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((item) => {
    const path = join(prefix, item.name);
    if (item.isDirectory()) return path === 'admin' ? [] : htmlPages(dir, path);
    return item.name.endsWith('.html') ? [`/${path}`] : [];
  });
}

describe('the built site', () => {
  it('has a page for every content entry, titled with the entry title', () => {
    for (const file of files) {
      expect(existsSync(join(DIST_DIR, file.url, 'index.html')), file.url).toBe(true);
      expect(readPage(file.url).querySelector('h1')?.text.trim()).toBe(file.data.title);
    }
  });

  it('lists every entry on its collection index', () => {
    for (const name of COLLECTION_NAMES) {
      const index = readPage(`/${name}/`);
      const links = index.querySelectorAll('main .entry-list a').map((a) => a.getAttribute('href'));
      const expected = files.filter((f) => f.collection === name).map((f) => f.url);
      expect(links.sort(), name).toEqual(expected.sort());
      expect(index.querySelector('h1')?.text).toBe(COLLECTIONS[name].label);
    }
  });

  it('speaks Russian on every page and names the five sections in the header', () => {
    for (const page of htmlPages().map((p) => p.replace(/index\.html$/, ''))) {
      const root = readPage(page);
      expect(root.querySelector('html')?.getAttribute('lang'), page).toBe('ru');
      const nav = root.querySelectorAll('header nav a').map((a) => a.text.trim());
      expect(nav, page).toEqual(expect.arrayContaining(COLLECTION_NAMES.map((n) => COLLECTIONS[n].label)));
    }
  });

  it('gives every page a skip link to the main landmark', () => {
    for (const page of htmlPages().map((p) => p.replace(/index\.html$/, ''))) {
      const root = readPage(page);
      const skip = root.querySelector('a.skip-link');
      expect(skip?.getAttribute('href'), page).toBe('#main');
      expect(root.querySelector('main#main'), page).not.toBeNull();
    }
  });

  it('makes no request outside the site: no external scripts, styles, fonts or images', () => {
    for (const page of htmlPages().map((p) => p.replace(/index\.html$/, ''))) {
      const root = readPage(page);
      const assets = [
        ...root.querySelectorAll('script[src], img[src], iframe[src], source[src]').map((e) => e.getAttribute('src') ?? ''),
        // A canonical link is an address, absolute by definition, not something the browser loads.
        ...root.querySelectorAll('link[href]:not([rel="canonical"])').map((e) => e.getAttribute('href') ?? ''),
      ];
      expect(assets.filter((url) => /^(https?:)?\/\//.test(url)), page).toEqual([]);
    }
  });

  it('ships only the small reading-settings scripts, plus the clause-link island on legal texts', () => {
    for (const file of files) {
      // JSON-LD blocks are data, not scripts (tests/build/feeds-and-metadata.test.ts).
      const scripts = readPage(file.url).querySelectorAll('script:not([type="application/ld+json"])').map((s) => s.getAttribute('src') ?? '(inline)');
      // «Версия для слабовидящих»: a classic script in <head> applies the stored choice before the
      // first paint, a module runs the panel. Files of their own: the Content-Security-Policy allows
      // no inline script (docs/security.md).
      expect(scripts[0], file.url).toBe('/reading-settings.js');
      expect(statSync(join(DIST_DIR, scripts[0])).size).toBeLessThan(1_500);
      const modules = scripts.slice(1);
      // «¶» links copy the clause address, print adds the date and «Распечатать» prints.
      expect(modules, file.url).toHaveLength(file.collection === 'regulations' || file.collection === 'instructions' ? 2 : 1);
      for (const src of modules) {
        expect(src, file.url).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        expect(statSync(join(DIST_DIR, src)).size, file.url).toBeLessThan(4_000);
      }
    }
  });

  it('home page explains what a training site is and routes the three audiences', () => {
    const home = pageText('/');
    expect(home).toContain('Стажировочная площадка —');
    for (const audience of ['Педагогу', 'Тем, кто ищет документ', 'Методисту']) expect(home).toContain(audience);
  });

  it('marks every sample entry «Пример» on its page, in its list and in its search result', () => {
    const examples = files.filter((f) => f.data.example === true);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const page = readPage(example.url);
      expect(page.querySelector('main .notice strong')?.text, example.url).toBe('Пример.');
      expect(page.querySelector('.requisites h2 .badge--example')?.text, example.url).toBe('Пример');
      expect(page.querySelector('meta[data-pagefind-meta="note[content]"]')?.getAttribute('content'), example.url).toBe('Пример');
      const item = readPage(`/${example.collection}/`).querySelectorAll('.entry-list li').find((li) => li.querySelector(`a[href="${example.url}"]`));
      expect(item?.querySelector('.badge--example')?.text, example.url).toBe('Пример');
    }
    const real = files.find((f) => f.collection === 'regulations');
    // A real document is not marked, though it may list a sample that cites it.
    const realPage = readPage(real?.url ?? '');
    expect(realPage.querySelector('.requisites h2 .badge--example')?.text).toBeUndefined();
    expect(realPage.querySelector('main .notice strong')?.text).not.toBe('Пример.');
  });

  it('reads a practice as a replication kit: sections in order, steps with durations, results as a table, whom to ask', () => {
    const practice = files.find((f) => f.collection === 'practices');
    const page = readPage(practice?.url ?? '');
    expect(page.querySelectorAll('main .entry-section h2').map((h) => h.text)).toEqual([
      'Проблема', 'Технология, методика', 'Условия и ресурсы', 'Шаги', 'Результаты', 'Измеренные результаты', 'Риски и ограничения', 'Хочу внедрить',
    ]);
    const steps = page.querySelectorAll('.entry-section--steps ol > li').map((li) => li.text);
    expect(steps).toHaveLength((practice?.data.steps as unknown[]).length);
    expect(steps[0]).toMatch(/ — Длительность: /);
    expect(page.querySelectorAll('.entry-section--measurements table thead th').map((th) => th.text)).toEqual(['Показатель', 'До', 'После', 'Как измеряли']);
    expect(page.querySelector('.entry-section--contact a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:avtor@example.org');
    const evidence = page.querySelectorAll('.requisites dt').find((dt) => dt.text === 'Уровень доказательности');
    expect(evidence?.nextElementSibling?.text).toBe('Описана');
  });

  it('shows an unknown month as unknown, not invented (Omsk «14 _____ 2021»)', () => {
    const card = pageText('/regulations/omsk-polozhenie-o-msp-2021/', '.requisites');
    expect(card).toContain('14 … 2021 г., месяц не указан');
  });
});

describe('one vocabulary on every page', () => {
  const pages = htmlPages().map((p) => p.replace(/index\.html$/, ''));

  it('never shows an unknown date part as ??', () => {
    for (const page of pages) {
      const root = readPage(page);
      for (const hidden of root.querySelectorAll('script, style')) hidden.remove();
      expect(visibleText(root), page).not.toContain('??');
    }
  });

  it('lists a document once among the sections of related entries', () => {
    for (const page of pages) {
      const hrefs = readPage(page)
        .querySelectorAll('main section.related a[href^="/"]')
        .map((a) => (a.getAttribute('href') ?? '').split('#')[0]);
      const twice = hrefs.filter((href, i) => hrefs.indexOf(href) !== i);
      expect(twice, page).toEqual([]);
    }
  });
});
