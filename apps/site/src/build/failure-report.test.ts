import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildLog } from './build-log.ts';
import { type BuildOutcome, contentFileOf, failureReport, signalOf } from './failure-report.ts';

let root: string;
let places: Parameters<typeof failureReport>[1];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'failure-report-'));
  mkdirSync(join(root, 'content/regulations'), { recursive: true });
  writeFileSync(join(root, 'content/regulations/omsk-2021.mdx'), '');
  writeFileSync(join(root, 'content/regulations/Tomsk-2020.md'), '');
  places = { contentDir: join(root, 'content'), repoRoot: root, outDir: join(root, 'apps/site/dist'), hadPrevious: true };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function outcome(lines: string, exit: Partial<BuildOutcome> = {}): BuildOutcome {
  const log = new BuildLog();
  log.push(lines);
  return { code: null, signal: null, log, compiling: [], ...exit };
}
const rendering = (route: string) => ` generating static routes \n12:00:00   ├─ ${route}`;

describe('contentFileOf', () => {
  it('finds the document a page is made from, .mdx or .md, whatever the case of its name', () => {
    expect(contentFileOf('/regulations/omsk-2021/index.html', places.contentDir)).toBe(join(root, 'content/regulations/omsk-2021.mdx'));
    expect(contentFileOf('/regulations/tomsk-2020/', places.contentDir)).toBe(join(root, 'content/regulations/Tomsk-2020.md'));
  });

  it('names nothing for pages that are not documents', () => {
    for (const route of ['/index.html', '/search/index.html', '/regulations/index.html', '/regulations/gone/index.html', '/admin/x/index.html']) {
      expect(contentFileOf(route, places.contentDir), route).toBeUndefined();
    }
  });
});

describe('signalOf', () => {
  it('reads a signal given by Node or encoded as 128 + n by a shell', () => {
    expect(signalOf(null, 'SIGSEGV')).toBe('SIGSEGV');
    expect(signalOf(139, null)).toBe('SIGSEGV');
    expect(signalOf(137, null)).toBe('SIGKILL');
    expect(signalOf(1, null)).toBeUndefined();
  });
});

describe('failureReport', () => {
  it('a crash while rendering names the document, its page and what to do', () => {
    expect(failureReport(outcome(rendering('/regulations/omsk-2021/index.html'), { signal: 'SIGSEGV' }), places)).toMatchInlineSnapshot(`
      "✖ Сайт не опубликован: процесс сборки аварийно остановился (SIGSEGV) без сообщения об ошибке.
        Где: content/regulations/omsk-2021.mdx (страница /regulations/omsk-2021/).
        Что делать: так бывает, когда разметка текста слишком глубоко вложена (цитаты «>» внутри цитат, списки внутри списков) или строка слишком длинная: упростите разметку этого файла.
        Опубликованный сайт (apps/site/dist) остался прежним."
    `);
  });

  it('a crash while compiling names the file the compiler had not finished', () => {
    const report = failureReport(
      outcome('12:00:00 [build] Building static entrypoints...\n', { code: 139, compiling: [join(root, 'content/regulations/omsk-2021.mdx')] }),
      { ...places, hadPrevious: false },
    );
    expect(report).toMatchInlineSnapshot(`
      "✖ Сайт не опубликован: процесс сборки аварийно остановился (SIGSEGV) без сообщения об ошибке.
        Где: content/regulations/omsk-2021.mdx.
        Что делать: так бывает, когда разметка текста слишком глубоко вложена (цитаты «>» внутри цитат, списки внутри списков) или строка слишком длинная: упростите разметку этого файла.
        Прежней сборки нет: apps/site/dist не создан."
    `);
  });

  it('with two pages rendering at once, names the one Astro says threw, or both a crash stopped in', () => {
    // Astro's log as two pages render together: a route, and the next one's line stuck to it.
    const interleaved = `${rendering('/regulations/omsk-2021/index.html')}12:00:01   ├─ /search/index.html (+3ms) \n`;
    const thrown = outcome(`${interleaved}12:00:01 [ERROR] [build] Caught error rendering /regulations/tomsk-2020/: Error: boom\n`, { code: 1 });
    expect(failureReport(thrown, places)).toContain('  Где: content/regulations/Tomsk-2020.md (страница /regulations/tomsk-2020/).');
    const crashed = outcome(interleaved, { code: 139, rendering: ['/regulations/omsk-2021/', '/search/'] });
    expect(failureReport(crashed, places)).toContain(
      '  Где: одна из двух страниц, которые собирались в тот момент: content/regulations/omsk-2021.mdx (страница /regulations/omsk-2021/); страница /search/.',
    );
    expect(failureReport(outcome(interleaved, { code: 139, rendering: ['/search/'] }), places)).toContain('  Где: страница /search/.');
  });

  it('running out of memory says how to give the build more', () => {
    const report = failureReport(outcome(`${rendering('/search/index.html')}\nFATAL ERROR: Reached heap limit\n`, { code: 134 }), places);
    expect(report).toMatchInlineSnapshot(`
      "✖ Сайт не опубликован: сборке не хватило памяти (JavaScript heap out of memory).
        Где: страница /search/.
        Что делать: если файл очень большой, разделите его на несколько; если нет — дайте сборке больше памяти: NODE_OPTIONS=--max-old-space-size=8192 npx -y pnpm@10.34.9 build.
        Опубликованный сайт (apps/site/dist) остался прежним."
    `);
  });

  it('invalid content points at the list of problems printed above it', () => {
    const report = failureReport(outcome('12:00:00 [ERROR] Содержимое не прошло проверку, сайт не собран:\n', { code: 1 }), places);
    expect(report).toMatchInlineSnapshot(`
      "✖ Сайт не опубликован: содержимое не прошло проверку.
        Где: до сборки страниц (проверка содержимого и настройка).
        Что делать: исправьте ошибки, перечисленные выше (у каждой — файл, поле и что сделать), и запустите сборку снова.
        Опубликованный сайт (apps/site/dist) остался прежним."
    `);
  });

  it('a build that exits 0 without the search index is not published', () => {
    const log = ' generating static routes \n12:00:00 ✓ Completed in 700ms.\n';
    const report = failureReport(outcome(log, { code: 0, missing: ['pagefind/pagefind.js'] }), places);
    expect(report).toMatchInlineSnapshot(`
      "✖ Сайт не опубликован: сборка закончилась, но в ней нет pagefind/pagefind.js.
        Где: после страниц: поисковый индекс, редактор /admin/ или заголовки безопасности.
        Что делать: запустите сборку снова (npx -y pnpm@10.34.9 build); если повторится — сообщите разработчикам.
        Опубликованный сайт (apps/site/dist) остался прежним."
    `);
  });
});
