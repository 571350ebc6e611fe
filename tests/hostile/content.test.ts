import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { validateRepository } from '@stazhirovka/schema/validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/admin.ts';
import { launchChromium } from '../support/chromium.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { buildSiteCopy, copySite, siteEnv } from '../support/site-copy.ts';

// Broken and hostile content files, the way a tired editor or an attacker would write them. Each
// is dropped into a small valid content tree (the schema's valid fixtures) and must be refused by
// `validate` with file, field and fix; a representative set is also built for real, and the dev
// server is fed code while it runs.

const VALID = join(REPO_ROOT, 'packages/schema/test/fixtures/valid');
const VALIDATE = join(REPO_ROOT, 'packages/schema/src/validate/cli.ts');

type FileSpec = string | Buffer | { symlink: string };
type Tree = Record<string, FileSpec>;

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway repository: `content/` holds the valid fixtures plus `files`. */
function makeRepo(files: Tree): { root: string; content: string } {
  const root = mkdtempSync(join(tmpdir(), 'hostile-content-'));
  temporary.push(root);
  const content = join(root, 'content');
  cpSync(VALID, content, { recursive: true });
  for (const [path, spec] of Object.entries(files)) {
    const target = join(content, path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof spec === 'object' && 'symlink' in spec) symlinkSync(spec.symlink, target);
    else writeFileSync(target, spec);
  }
  return { root, content };
}

/** What `validate` says about the tree: its error lines, paths relative to the repository. */
function errorsFor(files: Tree): string[] {
  const { root, content } = makeRepo(files);
  return validateRepository(root, content).report.split('\n').filter((line) => line.startsWith('✖'));
}

const FRONTMATTER = [
  'kind: "directive"',
  'title: "Об организации стажировочной площадки"',
  'issuer: "Комитет образования"',
  'level: "municipal"',
  'region: "Омская область"',
  'site: "test-site"',
];

/** A regulation with extra frontmatter lines and a body. */
function regulation(extra: string[] = [], body = '1\\. Текст распоряжения.\n'): string {
  return `---\n${[...FRONTMATTER, ...extra].join('\n')}\n---\n${body}`;
}

describe('validate refuses hostile and broken files with file, field and fix', () => {
  it('a date typed without quotes into a text field (Astro reads a Date, the build failed in English)', () => {
    expect(errorsFor({ 'regulations/x.mdx': regulation(['number: 2021-03-11']) })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:8: «Номер» (number): значение 2021-03-11 без кавычек неоднозначно: Astro может прочесть его не как текст (например, как дату); возьмите значение в двойные кавычки: "2021-03-11"",
      ]
    `);
  });

  it('a number and a yes/no typed in quotes, and a number where text is expected', () => {
    const instruction = '---\ntitle: "Инструкция"\nposition: 7\nunit: "training-site"\nsite: "test-site"\norder: "3"\n---\nТекст.\n';
    expect(errorsFor({ 'regulations/x.mdx': regulation(['draft: "true"']), 'instructions/x.mdx': instruction })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx: «Проект документа» (draft): ожидается да или нет (true / false), а указан текст «true»; уберите кавычки: true.",
        "✖ content/instructions/x.mdx: «Должность» (position): ожидается текст, а указано 7; возьмите значение в двойные кавычки: "7".",
        "✖ content/instructions/x.mdx: «Место в списке» (order): ожидается число, а указан текст «3»; уберите кавычки: 3.",
      ]
    `);
  });

  it('an octal-looking number', () => {
    const instruction = '---\ntitle: "Инструкция"\nposition: "Методист"\nunit: "training-site"\nsite: "test-site"\norder: 010\n---\nТекст.\n';
    expect(errorsFor({ 'instructions/x.mdx': instruction })).toMatchInlineSnapshot(`
      [
        "✖ content/instructions/x.mdx:6: «Место в списке» (order): значение 010 без кавычек неоднозначно: если это число, напишите его цифрами без ведущих нулей, точек и знаков, например 3; если текст — возьмите значение в двойные кавычки: "010"",
      ]
    `);
  });

  it('a YAML tag that js-yaml would turn into something else', () => {
    expect(errorsFor({ 'regulations/x.mdx': regulation(['related: !!set { test-order }']) })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:8: «Связанные документы» (related): тег !!set не допускается: поля — простые данные; удалите тег и возьмите значение в двойные кавычки",
      ]
    `);
  });

  it('a merge key at the top level, which would let Astro see fields validate does not', () => {
    expect(errorsFor({ 'regulations/x.mdx': regulation(['<<: { draft: true }']) })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:8: слияние «<<» не допускается: Astro прочёл бы его иначе, чем проверка; впишите поля явно",
      ]
    `);
  });

  it('a key that is not a word', () => {
    expect(errorsFor({ 'regulations/x.mdx': regulation(['2021-03-11: "дата"']) })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:8: имя поля должно быть словом латиницей, например title, без кавычек и знаков; исправьте строку",
      ]
    `);
  });

  it('a file in Windows-1251', () => {
    const cp1251 = Buffer.concat([Buffer.from(regulation([], '')), Buffer.from([0xd2, 0xe5, 0xea, 0xf1, 0xf2, 0x0a])]);
    expect(errorsFor({ 'regulations/x.mdx': cp1251 })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:9: файл не в кодировке UTF-8 (например, в Windows-1251); откройте его в редакторе и сохраните в UTF-8",
      ]
    `);
  });

  it('a file in UTF-16 (NUL bytes between the letters)', () => {
    expect(errorsFor({ 'regulations/x.mdx': Buffer.from(regulation(), 'utf16le') })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:1: невидимый управляющий символ U+0000; удалите его (если таких много, файл сохранён в UTF-16 или это не текст: сохраните его в UTF-8)",
        "✖ content/regulations/x.mdx:1: нет блока полей между строками «---» в начале файла; добавьте его (см. README, «Как добавить документ»)",
      ]
    `);
  });

  it('a .md file with raw HTML, which the site would not publish (and would publish raw if it did)', () => {
    expect(errorsFor({ 'regulations/x.md': regulation([], '<img src="x" onerror="alert(1)">\n') })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.md: файлы .md не публикуются: в них HTML попадает на страницу как есть; переименуйте в «x.mdx»",
      ]
    `);
  });

  it('an upper-case extension', () => {
    expect(errorsFor({ 'regulations/x.MDX': regulation() })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.MDX: расширение пишется строчными буквами; переименуйте в «x.mdx»",
      ]
    `);
  });

  it('editor backups and hidden files', () => {
    expect(errorsFor({
      'regulations/x.mdx~': regulation(),
      'regulations/.x.mdx.swp': 'swap',
      'regulations/.draft.mdx': regulation(),
      'regulations/.DS_Store': 'finder',
      'regulations/#x.mdx#': regulation(),
    })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/.draft.mdx: скрытый файл (имя с точки) не публикуется; переименуйте в «draft.mdx»",
        "✖ content/regulations/.DS_Store: скрытый файл (имя с точки) не публикуется; удалите его",
        "✖ content/regulations/.x.mdx.swp: резервная или временная копия редактора не публикуется; удалите её",
        "✖ content/regulations/#x.mdx#: резервная или временная копия редактора не публикуется; удалите её",
        "✖ content/regulations/x.mdx~: резервная или временная копия редактора не публикуется; удалите её",
      ]
    `);
  });

  it('a document in a subfolder of a section', () => {
    expect(errorsFor({ 'regulations/2021/x.mdx': regulation() })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/2021/: вложенная папка не публикуется (файлов в ней: 1); перенесите документы на уровень выше, прямо в папку раздела, или удалите папку",
      ]
    `);
  });

  it('a folder that is not a section, with a near-miss name', () => {
    expect(errorsFor({ 'regulation/x.mdx': regulation(), 'news/y.mdx': regulation() })).toMatchInlineSnapshot(`
      [
        "✖ content/news/: папка не раздел сайта, файлов в ней: 1, и они не публикуются; перенесите их в раздел (regulations, instructions, sites, programs, offerings, practices) или удалите папку",
        "✖ content/regulation/: папка не раздел сайта, файлов в ней: 1, и они не публикуются; перенесите их в раздел (regulations, instructions, sites, programs, offerings, practices; возможно, имелось в виду regulations) или удалите папку",
      ]
    `);
  });

  it('a file outside any section; README.md is allowed', () => {
    expect(errorsFor({ 'x.mdx': regulation(), 'README.md': '# Content\n' })).toMatchInlineSnapshot(`
      [
        "✖ content/x.mdx: файл вне раздела не публикуется; перенесите его в папку раздела (regulations, instructions, sites, programs, offerings, practices) или удалите",
      ]
    `);
  });

  it('a symlink to a file outside the content folder', () => {
    expect(errorsFor({ 'regulations/passwd.mdx': { symlink: '/etc/passwd' } })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/passwd.mdx: символическая ссылка не допускается: сайт публикует только сами файлы; замените ссылку файлом или удалите её",
      ]
    `);
  });

  it('a file whose name is not UTF-8 cannot be read, and is named anyway', () => {
    const { root, content } = makeRepo({});
    writeFileSync(Buffer.from(`${content}/regulations/\xff.mdx`, 'latin1'), regulation());
    const errors = validateRepository(root, content).report.split('\n').filter((line) => line.startsWith('✖'));
    expect(errors).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/�.mdx: имя файла должно быть латиницей в нижнем регистре через дефис; переименуйте в «document.mdx»",
        "✖ content/regulations/�.mdx: файл не читается (ENOENT); проверьте, что он существует, его имя в UTF-8, а права позволяют чтение",
      ]
    `);
  });

  it('a body nested 1000 quotes deep (the build died with SIGSEGV)', () => {
    expect(errorsFor({ 'regulations/x.mdx': regulation([], `${'>'.repeat(1000)} Текст.\n`) })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:9: «Текст документа» (body): цитаты («>»), списки и выделение вложены друг в друга глубже 16 уровней; упростите структуру: такую вложенность сборка сайта не выдерживает",
      ]
    `);
  });

  it('emphasis nested 5000 deep across lines, one mark per line', () => {
    const body = `${'_a\n'.repeat(5000)}x${'a_\n'.repeat(5000)}`;
    expect(errorsFor({ 'regulations/x.mdx': regulation([], body) })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:9: «Текст документа» (body): в абзаце больше 100 знаков «*» и «_»: их разбор занимает минуты; поставьте перед лишними обратную косую черту (\\* или \\_) или разбейте абзац пустой строкой",
      ]
    `);
  });

  it('a line of 4 000 emphasis marks (minutes of parsing) is refused at once', () => {
    const started = Date.now();
    expect(errorsFor({ 'regulations/x.mdx': regulation([], `${'*a_ '.repeat(2000)}\n`) })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:9: «Текст документа» (body): в абзаце больше 100 знаков «*» и «_»: их разбор занимает минуты; поставьте перед лишними обратную косую черту (\\* или \\_) или разбейте абзац пустой строкой",
      ]
    `);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a line longer than 10 000 characters', () => {
    expect(errorsFor({ 'regulations/x.mdx': regulation([], `${'[a]'.repeat(4000)}\n`) })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:9: «Текст документа» (body): строка длиной 12000 символов, допускается не больше 10000; разбейте её на абзацы пустой строкой",
      ]
    `);
  });

  it('a file over 256 KB', () => {
    expect(errorsFor({ 'regulations/x.mdx': regulation([], 'Абзац текста документа.\n\n'.repeat(6000)) })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx: файл весит 264 КБ, допускается не больше 256 КБ; разделите документ на части или вынесите приложения в отдельные записи",
      ]
    `);
  });

  it('a site that is its own parent, and a position that reports to itself', () => {
    const site = '---\ntitle: "Площадка"\nkind: "base-site"\nlevel: "municipal"\ntheme: "Тема"\nregion: "Омская область"\nparent: "loop"\n---\nТекст.\n';
    const instruction = '---\ntitle: "Инструкция"\nposition: "Методист"\nunit: "training-site"\nsite: "test-site"\nreportsTo: ["x"]\n---\nТекст.\n';
    expect(errorsFor({ 'sites/loop.mdx': site, 'instructions/x.mdx': instruction })).toMatchInlineSnapshot(`
      [
        "✖ content/instructions/x.mdx: «Подчиняется → № 1» (reportsTo[0]): «x» — это сама запись: запись не может ссылаться на себя; укажите другую запись или удалите ссылку.",
        "✖ content/sites/loop.mdx: «Входит в» (parent): «loop» — это сама запись: запись не может ссылаться на себя; укажите другую запись или удалите ссылку.",
      ]
    `);
  });

  it('code in the body in three disguises', () => {
    expect(errorsFor({
      'regulations/a.mdx': regulation([], '{globalThis.process.exit(1)}\n'),
      'regulations/b.mdx': regulation([], 'export const leak = process.env\n'),
      'regulations/c.mdx': regulation([], '[ссылка](&#106;avascript:alert(1))\n'),
    })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/a.mdx:9: «Текст документа» (body): фигурные скобки {globalThis.process.exit(1)} в MDX выполняются как код; чтобы показать символ как текст, поставьте перед ним обратную косую черту: \\{ или \\<",
        "✖ content/regulations/b.mdx:9: «Текст документа» (body): import и export в тексте запрещены: содержимое не может выполнять код; удалите эту строку",
        "✖ content/regulations/c.mdx:9: «Текст документа» (body): ссылка «javascript:alert(1)» запускает код; укажите адрес, начинающийся с https://",
      ]
    `);
  });

  it('a bare address with a brace, which the MDX compiler reads as code where the guard saw a link', () => {
    expect(errorsFor({ 'regulations/x.mdx': regulation([], 'Сайт `http://school.ru/{ и текст\n') })).toMatchInlineSnapshot(`
      [
        "✖ content/regulations/x.mdx:9: «Текст документа» (body): фигурные скобки в адресе «http://school.ru/{» недопустимы: их можно прочесть как код; замените { на %7B и } на %7D",
      ]
    `);
  });

  it('never prints a stack trace and exits 1, even on a folder it cannot read as content', () => {
    const { root, content } = makeRepo({ 'regulations/x.mdx': regulation([], `${'>'.repeat(1000)}\n`) });
    writeFileSync(Buffer.from(`${content}/regulations/\xfe.mdx`, 'latin1'), regulation());
    const result = spawnSync(process.execPath, [VALIDATE, root, content], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain('content/regulations/x.mdx:');
    expect(result.stdout).toContain('файл не читается');
    const missing = spawnSync(process.execPath, [VALIDATE, root, join(root, 'nowhere')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('nowhere/: папка с содержимым не найдена');
  });
});

describe('the build refuses what validate refuses, with the same message, and publishes nothing', () => {
  it('refuses a set of bad files in one run, without crashing, and writes no site', () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'hostile-marker-')), 'ran');
    temporary.push(dirname(marker));
    const files: Tree = {
      'regulations/date-as-text.mdx': regulation(['number: 2021-03-11']),
      'regulations/raw-html.md': regulation([], '<img src="x" onerror="alert(1)">\n'),
      'regulations/2021/hidden.mdx': regulation(),
      'regulations/deep.mdx': regulation([], `${'>'.repeat(1000)} Текст.\n`),
      'regulations/brace-url.mdx': regulation([], 'Сайт `http://school.ru/{ и текст\n'),
      'regulations/code.mdx': regulation([], `export const ran = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n`),
    };
    const expected = errorsFor(files).map((line) => line.slice(2));
    expect(expected).toHaveLength(6);
    const { root, content } = makeRepo(files);
    const { outDir, result } = buildSiteCopy(root, content);
    const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
    expect(result.signal).toBeNull();
    expect(result.status).not.toBe(0);
    for (const message of expected) expect(output).toContain(message);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });

  it('accepts a BOM and CRLF line ends in both tools and publishes the page without the BOM', () => {
    const file = `\uFEFF${regulation(['number: "7-р"'], 'Текст с переводами строк Windows.\n')}`.replace(/\n/g, '\r\n');
    expect(errorsFor({ 'regulations/windows.mdx': file })).toEqual([]);
    const { root, content } = makeRepo({ 'regulations/windows.mdx': file });
    const { outDir, result } = buildSiteCopy(root, content);
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    const html = readFileSync(join(outDir, 'regulations/windows/index.html'), 'utf8');
    expect(html).toContain('Об организации стажировочной площадки');
    expect(html).toContain('Текст с переводами строк Windows.');
    expect(html).not.toContain('\uFEFF');
  });
});

describe('the dev server never runs content that fails the guard', () => {
  let server: ChildProcess;
  let site: string;
  let content: string;
  let markers: string;
  let siteRoot: string;
  let browser: Browser;
  let output = '';

  /**
   * The error a person sees on the page: Astro's dev overlay, filled in by its client script.
   * Astro sends each failed request's error to every open page 200 ms after answering it, so the
   * overlay may first show the error of a page asked for just before; the page's own, naming
   * `file`, follows.
   */
  async function overlayText(path: string, file: string): Promise<string> {
    const reader = await browser.newPage();
    const shown = () => reader.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
    try {
      await reader.goto(`${site}${path}`);
      await reader.locator('vite-error-overlay').waitFor({ state: 'attached', timeout: 30_000 });
      await reader.waitForFunction((name) => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.includes(name), file, { timeout: 5_000 }).catch(() => undefined);
      return await shown();
    } finally {
      await reader.close();
    }
  }

  /** A page open in the browser and connected to the dev server, so a save's reload reaches it. */
  async function openConnected(path: string) {
    const reader = await browser.newPage();
    const connected = reader.waitForEvent('console', { predicate: (message) => message.text() === '[vite] connected.', timeout: 30_000 });
    await reader.goto(`${site}${path}`);
    await connected;
    return reader;
  }

  /** Status and text of a page; the dev server may need a moment to notice a new file. */
  async function page(path: string, until: (status: number) => boolean): Promise<{ status: number; text: string }> {
    let last = { status: 0, text: '' };
    for (let i = 0; i < 300; i++) {
      last = await fetch(`${site}${path}`).then(async (r) => ({ status: r.status, text: await r.text() })).catch(() => last);
      if (until(last.status)) return last;
      if (server.exitCode !== null) throw new Error(`astro dev exited: ${output}`);
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`${path}: ${last.status}\n${output}`);
  }

  /** `astro dev` on the test's content, from the site copy; ready when test-order's page answers. */
  async function startServer(): Promise<void> {
    const port = await freePort();
    site = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(siteRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: siteRoot,
      env: siteEnv({ CONTENT_DIR: content }),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the whole tree (the node shim's child) stops with it.
      detached: true,
    });
    // Astro colours its log where it sees CI; the assertions read the text a person reads.
    server.stdout?.on('data', (chunk) => (output += stripVTControlCharacters(String(chunk))));
    server.stderr?.on('data', (chunk) => (output += stripVTControlCharacters(String(chunk))));
    await page('/regulations/test-order/', (status) => status === 200);
  }

  async function stopServer(): Promise<void> {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    }
  }

  beforeAll(async () => {
    const repo = makeRepo({});
    content = repo.content;
    markers = join(repo.root, 'markers');
    mkdirSync(markers);
    siteRoot = copySite(repo.root);
    await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer();
  });

  it('refuses a file with code that appears while it runs: the code never runs, the page names the file', async () => {
    const expression = join(markers, 'expression');
    const esm = join(markers, 'esm');
    writeFileSync(join(content, 'regulations/evil.mdx'), regulation([], `{process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(expression)}, 'ran')}\n`));
    writeFileSync(join(content, 'regulations/evil-esm.mdx'), regulation([], `export const ran = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(esm)}, 'ran')\n`));
    const evil = await page('/regulations/evil/', (status) => status !== 404);
    const evilEsm = await page('/regulations/evil-esm/', (status) => status !== 404);
    expect(existsSync(expression)).toBe(false);
    expect(existsSync(esm)).toBe(false);
    expect(evil.status).toBe(500);
    expect(evilEsm.status).toBe(500);
    const shown = await overlayText('/regulations/evil/', 'evil.mdx');
    expect(existsSync(expression)).toBe(false);
    expect(shown).toContain('Файл не прошёл проверку и не показан');
    expect(shown).toMatch(/regulations\/evil\.mdx:9: «Текст документа» \(body\): фигурные скобки \{process/);
    expect(await overlayText('/regulations/evil-esm/', 'evil-esm.mdx')).toMatch(/regulations\/evil-esm\.mdx:9: .*import и export в тексте запрещены/);
    expect(existsSync(esm)).toBe(false);
    // The terminal says it as soon as the file is saved, before anyone opens the page.
    expect(output).toMatch(/\[stazhirovka:content-guard\] .*regulations\/evil\.mdx:9: «Текст документа» \(body\): фигурные скобки/);
  });

  it('names a file saved where the site will not publish it', async () => {
    writeFileSync(join(content, 'regulations/draft.md'), regulation());
    for (let i = 0; i < 100 && !output.includes('draft.md: файлы .md не публикуются'); i++) await new Promise((done) => setTimeout(done, 200));
    expect(output).toMatch(/regulations\/draft\.md: файлы \.md не публикуются: в них HTML попадает на страницу как есть; переименуйте в «draft\.mdx»/);
  });

  it('refuses a page whose file stops passing the schema, instead of showing stale data', async () => {
    const file = join(content, 'regulations/test-order.mdx');
    // Another page open in the browser: the refusal shows in the terminal and on the file's own
    // page, not over this one (Astro shows any failed request's error over every open page).
    const other = await openConnected('/');
    const before = output.length;
    writeFileSync(file, readFileSync(file, 'utf8').replace('adoptedAt: "2021-03-11"', 'adoptedAt: "2021-02-31"'));
    for (let i = 0; i < 100 && !output.slice(before).includes('/regulations/test-order/ indexed for dev search'); i++) await new Promise((done) => setTimeout(done, 100));
    await new Promise((done) => setTimeout(done, 1_000));
    expect(await other.locator('vite-error-overlay').count()).toBe(0);
    await other.close();
    const broken = await page('/regulations/test-order/', (status) => status !== 200);
    expect(broken.status).toBe(500);
    const refusal = 'regulations/test-order.mdx: «Дата принятия» (adoptedAt): «2021-02-31» — такой даты нет';
    // Opened again until it names the refusal, as an author would reload.
    let shown = await overlayText('/regulations/test-order/', refusal);
    for (let i = 0; i < 20 && !shown.includes(refusal); i++) {
      await new Promise((done) => setTimeout(done, 500));
      shown = await overlayText('/regulations/test-order/', refusal);
    }
    expect(shown).toContain(refusal);
    expect(output).toContain(refusal);
  });

  it('shows a fixed file on its open page, still after a restart, and drops a deleted one', async () => {
    const file = join(content, 'regulations/test-order.mdx');
    // A save reloads the pages connected to the dev server: the page must be connected before it.
    const reader = await openConnected('/regulations/test-order/');
    try {
      // The file was left refused by the test before: fixed, with a new word, the open page reloads by itself.
      writeFileSync(file, readFileSync(file, 'utf8').replace('adoptedAt: "2021-02-31"', 'adoptedAt: "2021-03-11"').concat('\nИсправленоавтором\n'));
      await reader.getByText('Исправленоавтором').waitFor({ timeout: 30_000 });
    } finally {
      await reader.close();
    }
    // Saves reach the pages without Astro's store (integrations/saved-entries.ts): the next start must not show the store's old text.
    // The files refused above would stop it from starting (as they stop a build).
    for (const name of ['evil.mdx', 'evil-esm.mdx', 'draft.md']) rmSync(join(content, 'regulations', name));
    await stopServer();
    await startServer();
    expect((await page('/regulations/test-order/', (status) => status === 200)).text).toContain('Исправленоавтором');
    rmSync(file);
    expect((await page('/regulations/test-order/', (status) => status !== 200)).status).toBe(404);
  });
});
