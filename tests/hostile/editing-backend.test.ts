import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { MAX_BODY_BYTES } from '@stazhirovka/editing-backend';
import { SESSION_PATH } from '@stazhirovka/editing-backend/protocol';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EditingSite, makeTempRepo, serveEditingSite, snapshotTree, type TempRepo } from '../support/admin.ts';
import { launchChromium } from '../support/chromium.ts';
import { REPO_ROOT } from '../support/paths.ts';

// Hostile requests to the editing backend (packages/editing-backend), over real HTTP on a free
// loopback port, against a temporary repository that also holds the things an attacker aims at:
// site pages the dev server would run, git hooks, files beside content/. Every refusal is checked
// for its status and Russian reason AND for not one byte changed anywhere in the tree.

let repo: TempRepo;
let site: EditingSite;
let port: number;
let before: Record<string, string>;

const PAGES = 'apps/site/src/pages';
const HOOK = '.git/hooks/pre-commit';
const PRACTICE = 'content/practices/primer-keys-vzaimoobuchenie.mdx';
const DIRECTIVE = 'content/regulations/priozersk-rasporyazhenie-364-r.mdx';
const practice = readFileSync(join(REPO_ROOT, PRACTICE), 'utf8');
const directive = readFileSync(join(REPO_ROOT, DIRECTIVE), 'utf8');

beforeAll(async () => {
  repo = makeTempRepo();
  mkdirSync(join(repo.dir, PAGES), { recursive: true });
  writeFileSync(join(repo.dir, PAGES, 'index.astro'), '<h1>site</h1>\n');
  mkdirSync(join(repo.dir, '.git/hooks'), { recursive: true });
  writeFileSync(join(repo.dir, HOOK), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  writeFileSync(join(repo.dir, 'README.md'), 'readme\n');
  site = await serveEditingSite(repo);
  port = Number(new URL(site.origin).port);
});

afterAll(async () => {
  await site?.close();
  repo?.remove();
});

beforeEach(() => {
  before = snapshotTree(repo.dir);
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  error?: string;
}

/** A raw HTTP request: the path goes out exactly as written (fetch would normalise `..`). */
function send(options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  const { method = 'POST', path = site.backend.session.proxyUrl, body } = options;
  const headers = { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...options.headers };
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let error: string | undefined;
        try {
          error = JSON.parse(text)?.error;
        } catch {
          error = undefined;
        }
        done({ status: res.statusCode ?? 0, headers: res.headers, body: text, error });
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

const api = (action: string, params: Record<string, unknown>, headers?: Record<string, string>) =>
  send({ body: JSON.stringify({ branch: 'main', action, params }), headers });

const save = (path: string, raw: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) =>
  api('persistEntry', { dataFiles: [{ slug: path.split('/').at(-1)?.replace(/\.mdx$/, ''), path, raw }], assets: [], options: { commitMessage: 'x', useWorkflow: false, status: '' }, ...extra }, headers);

const upload = (path: string, bytes: Buffer | string) =>
  api('persistMedia', { asset: { path, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' }, options: { commitMessage: 'x' } });

/** The refusal a person or an attacker sees, and proof that nothing on disk changed. */
function expectRefused(answer: Answer, status: number, message: RegExp): void {
  expect({ status: answer.status, error: answer.error }).toEqual({ status, error: expect.stringMatching(message) });
  expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  expect(snapshotTree(repo.dir)).toEqual(before);
}

/** The files that differ from the snapshot taken before the test. */
function changedFiles(): string[] {
  const after = snapshotTree(repo.dir);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => before[key] !== after[key]).sort();
}

const withTitle = (title: string) => practice.replace(/^title: .*$/m, `title: "${title}"`);
const withBody = (body: string) => `${practice}\n${body}\n`;

describe('who may talk to the backend', () => {
  it('refuses another host name on this port (DNS rebinding) and gives out no address', async () => {
    const rebound = await send({ method: 'GET', path: SESSION_PATH, headers: { host: `attacker.example:${port}` } });
    expectRefused(rebound, 403, /^запрос пришёл на чужой адрес \(attacker\.example:\d+\)/);
    expect(rebound.body).not.toContain(site.backend.token);
    expectRefused(await save(PRACTICE, withTitle('Взлом'), {}, { host: `attacker.example:${port}` }), 403, /чужой адрес/);
  });

  it('refuses the right host name on another port', async () => {
    expectRefused(await save(PRACTICE, withTitle('Взлом'), {}, { host: '127.0.0.1:4321' }), 403, /чужой адрес \(127\.0\.0\.1:4321\)/);
  });

  it('refuses a foreign Origin, and another localhost origin too', async () => {
    expectRefused(await save(PRACTICE, withTitle('Взлом'), {}, { origin: 'http://evil.example' }), 403, /со страницы другого сайта \(http:\/\/evil\.example\)/);
    expectRefused(await save(PRACTICE, withTitle('Взлом'), {}, { origin: `http://localhost:${port}` }), 403, /со страницы другого сайта/);
    expectRefused(await save(PRACTICE, withTitle('Взлом'), {}, { 'sec-fetch-site': 'cross-site' }), 403, /со страницы другого сайта/);
  });

  it('refuses a request without the token, with a wrong one, or with the token anywhere but the path', async () => {
    const { token } = site.backend;
    const wrong = `${token[0] === 'A' ? 'B' : 'A'}${token.slice(1)}`;
    for (const path of ['/api/editing/v1/', `/api/editing/${wrong}/v1/`, `/api/editing/v1/?token=${token}`, `/api/editing/${token}/v1/../v1/`, `/api/editing/${token}/v1`]) {
      expectRefused(await send({ path, body: JSON.stringify({ action: 'info', params: {} }) }), 404, /^адрес редактора устарел или неверен/);
    }
  });

  it('refuses a cross-site form post (text/plain needs no preflight) and answers no preflight', async () => {
    const body = JSON.stringify({ action: 'persistEntry', params: { dataFiles: [{ path: `${PAGES}/x.astro`, raw: '---\n---' }], assets: [] } });
    expectRefused(await send({ body, headers: { 'content-type': 'text/plain' } }), 403, /только JSON/);
    expectRefused(await send({ body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 403, /только JSON/);
    const preflight = await send({ method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expectRefused(preflight, 403, /другого сайта/);
    expectRefused(await send({ method: 'GET' }), 403, /только POST/);
  });

  it('refuses what is not JSON, an unknown action and an action named after an object property', async () => {
    expectRefused(await send({ body: '{"action":' }), 400, /не в формате JSON/);
    for (const action of ['exec', 'deleteUnpublishedEntry', 'publishUnpublishedEntry', '__proto__', 'constructor', 'toString']) {
      expectRefused(await api(action, { path: HOOK }), 403, new RegExp(`^действие «${action}» редактор не выполняет`));
    }
  });

  it('refuses a body over the limit before reading it all', async () => {
    const huge = Buffer.alloc(MAX_BODY_BYTES + 1024, 'a');
    expectRefused(await send({ body: huge }), 413, /^запрос больше \d+ МБ; файл не должен быть больше 25 МБ/);
  });
});

describe('paths outside content/ and the media folder', () => {
  it('refuses to write a page the dev server would run, a git hook, a root file', async () => {
    for (const path of [`${PAGES}/x.astro`, `${PAGES}/x.mdx`, HOOK, 'README.md', 'package.json', 'content/README.md']) {
      expectRefused(await save(path, '---\ntitle: x\n---\n'), 403, /вне разрешённых папок; можно читать и записывать только записи content\/<раздел>\/<имя>\.mdx/);
    }
  });

  it('refuses ../, encoded dots, absolute paths, backslashes, NUL and empty segments', async () => {
    const paths = [
      'content/practices/../../apps/site/src/pages/x.mdx',
      'content/../README.md',
      'content/practices/%2e%2e/%2e%2e/x.mdx',
      'content/practices/..%2fx.mdx',
      '/etc/x.mdx',
      join(repo.content, 'practices/x.mdx'),
      'content\\practices\\x.mdx',
      'content/practices/x\0.mdx',
      'content//practices/x.mdx',
      './content/practices/x.mdx',
      'apps/site/public/media/../../src/pages/x.png',
    ];
    for (const path of paths) expectRefused(await save(path, practice), 403, /недопустим|вне разрешённых папок/);
  });

  it('refuses a subfolder, a folder that is not a collection, a wrong extension and a non-Latin name', async () => {
    expectRefused(await save('content/practices/sub/x.mdx', practice), 403, /вне разрешённых папок/);
    expectRefused(await save('content/pages/x.mdx', practice), 403, /вне разрешённых папок/);
    expectRefused(await save('content/practices/x.md', practice), 422, /^content\/practices\/x\.md: имя файла записи должно быть латиницей .* \.mdx$/);
    expectRefused(await save('content/practices/x.mdx.astro', practice), 422, /имя файла записи/);
    expectRefused(await save('content/practices/.hidden.mdx', practice), 422, /имя файла записи/);
    expectRefused(await save('content/practices/Практика.mdx', practice), 422, /^content\/practices\/Практика\.mdx: имя файла записи должно быть латиницей/);
  });

  it('refuses to read outside too', async () => {
    expectRefused(await api('getEntry', { path: 'README.md' }), 403, /вне разрешённых папок/);
    expectRefused(await api('entriesByFiles', { files: [{ path: PRACTICE }, { path: HOOK }] }), 403, /вне разрешённых папок/);
    expectRefused(await api('entriesByFolder', { folder: PAGES, extension: 'mdx', depth: 1 }), 403, /не раздел сайта/);
    expectRefused(await api('entriesByFolder', { folder: 'content/..', extension: 'mdx', depth: 1 }), 403, /не раздел сайта/);
    expectRefused(await api('entriesByFolder', { folder: 'content/practices', extension: 'astro', depth: 1 }), 403, /только в файлах \.mdx/);
    expectRefused(await api('getMedia', { mediaFolder: '.git/hooks' }), 403, /медиафайлы хранятся только в apps\/site\/public\/media/);
  });

  it('refuses a collection folder that is a link to the site pages: nothing written there, nothing read', async () => {
    const programs = join(repo.content, 'programs');
    renameSync(programs, `${programs}.real`);
    symlinkSync(join(repo.dir, PAGES), programs);
    try {
      before = snapshotTree(repo.dir);
      expectRefused(await save('content/programs/x.mdx', practice), 403, /content\/programs — символическая ссылка или не папка/);
      expectRefused(await api('getEntry', { path: 'content/programs/index.mdx' }), 403, /символическая ссылка/);
      expectRefused(await api('entriesByFolder', { folder: 'content/programs', extension: 'mdx', depth: 1 }), 403, /символическая ссылка/);
    } finally {
      rmSync(programs);
      renameSync(`${programs}.real`, programs);
    }
  });

  it('refuses an entry file that is a link to a git hook: the hook keeps its bytes', async () => {
    const link = join(repo.content, 'practices/evil.mdx');
    symlinkSync(join(repo.dir, HOOK), link);
    try {
      before = snapshotTree(repo.dir);
      expectRefused(await save('content/practices/evil.mdx', withTitle('Обычная практика')), 403, /символическая ссылка или не обычный файл; запись запрещена/);
      expectRefused(await api('getEntry', { path: 'content/practices/evil.mdx' }), 403, /символическая ссылка; чтение запрещено/);
      const listed = await api('entriesByFolder', { folder: 'content/practices', extension: 'mdx', depth: 1 });
      expect(listed.body).not.toContain('exit 0');
    } finally {
      rmSync(link);
    }
  });

  it('refuses a media folder that is a link', async () => {
    renameSync(repo.media, `${repo.media}.real`);
    symlinkSync(join(repo.dir, PAGES), repo.media);
    try {
      before = snapshotTree(repo.dir);
      expectRefused(await upload('apps/site/public/media/photo.png', readFileSync(join(REPO_ROOT, 'packages/schema/test/fixtures/media/valid/photo.png'))), 403, /символическая ссылка/);
    } finally {
      rmSync(repo.media);
      renameSync(`${repo.media}.real`, repo.media);
    }
  });

  it('refuses to delete an entry, and anything outside the media folder', async () => {
    expectRefused(await api('deleteFiles', { paths: [PRACTICE], options: { commitMessage: 'x' } }), 403, /записи не удаляются из редактора/);
    expectRefused(await api('deleteFiles', { paths: [HOOK], options: { commitMessage: 'x' } }), 403, /вне разрешённых папок/);
    expectRefused(await api('deleteFile', { path: PRACTICE, options: { commitMessage: 'x' } }), 403, /действие «deleteFile» редактор не выполняет/);
  });

  it('refuses a rename, a workflow draft and two entries at once', async () => {
    expectRefused(await api('persistEntry', { dataFiles: [{ slug: 'primer-keys-vzaimoobuchenie', path: PRACTICE, raw: practice, newPath: `${PAGES}/x.mdx` }], assets: [], options: {} }), 403, /переименовать файл записи нельзя/);
    expectRefused(await save(PRACTICE, practice, { options: { useWorkflow: true } }), 403, /черновики/);
    expectRefused(await api('persistEntry', { dataFiles: [{ path: PRACTICE, raw: practice }, { path: 'content/practices/b.mdx', raw: practice }], assets: [] }), 400, /ровно одна запись/);
  });
});

describe('a save that validate would refuse', () => {
  const cases: [string, string, string, RegExp][] = [
    ['an expression', PRACTICE, withBody('Итого: {process.exit(1)}'), /«Описание кейса» \(body\): фигурные скобки \{process\.exit\(1\)\} в MDX выполняются как код/],
    ['an import', PRACTICE, practice.replace(/\n---\n/, '\n---\nimport fs from "node:fs"\n'), /\(body\):.*import/],
    ['a script tag', PRACTICE, withBody('<script>alert(1)</script>'), /\(body\):.*script/i],
    ['a javascript: link', PRACTICE, withBody('[ссылка](javascript:alert(1))'), /ссылка «javascript:alert\(1\)» запускает код/],
    ['an impossible date', DIRECTIVE, directive.replace(/^adoptedAt: .*$/m, 'adoptedAt: "2021-02-31"'), /«Дата принятия» \(adoptedAt\): «2021-02-31» — такой даты нет; укажите ГГГГ-ММ-ДД/],
    ['an unknown reference', PRACTICE, practice.replace('site: "tomsk-fip-toipkro"', 'site: "no-such-site"'), /«Площадка» \(site\): «no-such-site» — такой записи нет в разделе «Площадки» \(content\/sites\/\); укажите slug существующей записи/],
    ['broken frontmatter', PRACTICE, practice.replace(/^title: .*$/m, 'title: "не закрыта'), /^content\/practices\/primer-keys-vzaimoobuchenie\.mdx:\d+: /],
    ['no frontmatter', PRACTICE, 'Просто текст', /нет блока полей между строками «---»/],
    ['an unknown field', PRACTICE, practice.replace('example: true', 'example: true\nlayout: "../../evil.astro"'), /неизвестное поле «layout»/],
  ];

  it.each(cases)('refuses %s with the file, the field and the fix, and writes nothing', async (_name, path, raw, message) => {
    const answer = await save(path, raw);
    expectRefused(answer, 422, message);
    expect(answer.error?.startsWith(`${path}:`)).toBe(true);
  });

  it('writes a valid save, only that file, atomically, leaving no temporary file', async () => {
    const answer = await save(PRACTICE, withTitle('Пример кейса: взаимообучение (правка)'));
    expect(answer.status).toBe(200);
    expect(changedFiles()).toEqual([PRACTICE]);
    expect(readFileSync(join(repo.dir, PRACTICE), 'utf8')).toContain('title: "Пример кейса: взаимообучение (правка)"');
    await save(PRACTICE, practice);
  });
});

describe('media that could run code', () => {
  const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'packages/schema/test/fixtures/media', name));
  const media = (name: string) => `apps/site/public/media/${name}`;

  it('refuses an HTML page renamed .png, a polyglot, .html, .js, .svgz and a Cyrillic name', async () => {
    expectRefused(await upload(media('photo.png'), fixture('invalid/page-renamed.png')), 422, /^apps\/site\/public\/media\/photo\.png: это веб-страница \(HTML\), а не изображение PNG/);
    expectRefused(await upload(media('photo.png'), fixture('invalid/polyglot.png')), 422, /внутри файла есть разметка веб-страницы или скрипт/);
    expectRefused(await upload(media('page.html'), '<script>alert(1)</script>'), 422, /файлы «\.html» загружать нельзя: браузер выполнил бы код/);
    expectRefused(await upload(media('app.js'), 'alert(1)'), 422, /файлы «\.js» загружать нельзя/);
    expectRefused(await upload(media('drawing.svgz'), fixture('invalid/drawing.svgz')), 422, /файлы «\.svgz» загружать нельзя/);
    expectRefused(await upload(media('Положение.pdf'), fixture('valid/polozhenie.pdf')), 422, /переименуйте в «polozhenie\.pdf»/);
    expectRefused(await upload(media('.htaccess'), 'AddType text/html .png'), 422, /скрытые файлы/);
  });

  it('refuses macros, an SVG with entity definitions, a broken SVG, bad base64 and a file over 25 MB', async () => {
    expectRefused(await upload(media('plan.docx'), fixture('invalid/macros.docx')), 422, /документ содержит макросы/);
    expectRefused(await upload(media('bomb.svg'), fixture('invalid/entity.svg')), 422, /DOCTYPE с определениями/);
    expectRefused(await upload(media('broken.svg'), fixture('invalid/broken.svg')), 422, /SVG не читается как XML/);
    expectRefused(await api('persistMedia', { asset: { path: media('a.png'), content: 'iVBOR$$$', encoding: 'base64' }, options: {} }), 400, /не в base64/);
    const big = Buffer.alloc(25 * 1024 * 1024 + 1, 0x20);
    fixture('valid/polozhenie.pdf').copy(big);
    expectRefused(await upload(media('big.pdf'), big), 422, /файл больше 25 МБ/);
  });

  it('refuses an entry save that carries a forbidden file, writing neither', async () => {
    const answer = await save(PRACTICE, withTitle('С вложением'), {
      assets: [{ path: media('page.html'), content: Buffer.from('<script>alert(1)</script>').toString('base64'), encoding: 'base64' }],
    });
    expectRefused(answer, 422, /файлы «\.html» загружать нельзя/);
  });

  it('stores an SVG with script, handlers, foreign content and javascript: links cleaned, and Chromium runs nothing from it', async () => {
    const answer = await upload(media('logo.svg'), fixture('invalid/script.svg'));
    expect(answer.status).toBe(200);
    expect(changedFiles()).toEqual([media('logo.svg')]);
    const stored = readFileSync(join(repo.media, 'logo.svg'), 'utf8');
    expect(stored).not.toMatch(/script|onload|javascript:|foreignObject|iframe/i);
    expect(stored).toContain('<circle cx="20" cy="20" r="18" fill="red"/>');
    expect(Buffer.from(JSON.parse(answer.body).content, 'base64').toString('utf8')).toBe(stored);

    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(`${site.origin}/media/logo.svg`);
      expect(response?.headers()['content-type']).toMatch(/^image\/svg\+xml/);
      await page.waitForTimeout(300);
      expect(dialogs, 'an alert ran on load').toEqual([]);
      await page.locator('circle').click({ force: true });
      await page.waitForTimeout(300);
      expect(dialogs, 'an alert ran on click').toEqual([]);
      expect(page.url()).toBe(`${site.origin}/media/logo.svg`);
    } finally {
      await browser?.close();
      rmSync(join(repo.media, 'logo.svg'));
    }
  });

  it('does not hand out files put in the media folder by hand that it would not accept', async () => {
    for (const name of ['page.html', 'Положение.pdf', '.env']) writeFileSync(join(repo.media, name), '<script>alert(1)</script>');
    writeFileSync(join(repo.media, 'ok.pdf'), fixture('valid/polozhenie.pdf'));
    try {
      before = snapshotTree(repo.dir);
      const listed = await api('getMedia', { mediaFolder: 'apps/site/public/media' });
      expect(listed.status).toBe(200);
      expect(JSON.parse(listed.body).map((file: { name: string }) => file.name)).toEqual(['ok.pdf']);
      expectRefused(await api('getMediaFile', { path: media('page.html') }), 422, /файлы «\.html» загружать нельзя/);
    } finally {
      for (const name of ['page.html', 'Положение.pdf', '.env', 'ok.pdf']) rmSync(join(repo.media, name));
    }
  });

  it('keeps a media file that an entry links to; removes one nobody links to', async () => {
    const pdf = fixture('valid/polozhenie.pdf');
    writeFileSync(join(repo.media, 'linked.pdf'), pdf);
    writeFileSync(join(repo.media, 'unused.pdf'), pdf);
    writeFileSync(join(repo.dir, PRACTICE), withBody('[Положение](/media/linked.pdf)'));
    try {
      before = snapshotTree(repo.dir);
      expectRefused(await api('deleteFiles', { paths: [media('linked.pdf')], options: { commitMessage: 'x' } }), 403,
        /^apps\/site\/public\/media\/linked\.pdf: файл нельзя удалить, на него ссылаются: content\/practices\/primer-keys-vzaimoobuchenie\.mdx/);
      const removed = await api('deleteFiles', { paths: [media('unused.pdf')], options: { commitMessage: 'x' } });
      expect(removed.status).toBe(200);
      expect(changedFiles()).toEqual([media('unused.pdf')]);
    } finally {
      rmSync(join(repo.media, 'linked.pdf'));
      writeFileSync(join(repo.dir, PRACTICE), practice);
    }
  });
});
