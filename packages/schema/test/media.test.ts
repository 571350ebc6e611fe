import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, MEDIA_FOLDER } from '../src/index.ts';
import { checkMediaBytes, MAX_MEDIA_BYTES, mediaFolderProblems, mediaNameProblem, sanitizeSvg, sniffFormat } from '../src/media/index.ts';
import { validateRepository } from '../src/validate/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/media');
const bytesOf = (kind: 'valid' | 'invalid', name: string) => new Uint8Array(readFileSync(join(FIXTURES, kind, name)));
// The SVG cleaner loads jsdom on first use (about a second, much more on a busy machine): load it
// once here, so no single test pays for it against its time limit.
beforeAll(() => {
  sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>');
}, 60_000);

const check = (name: string, bytes: Uint8Array) => {
  const result = checkMediaBytes(name, bytes);
  return result.ok ? 'ok' : result.problem;
};

describe('media a methodologist uploads', () => {
  it.each(readdirSync(join(FIXTURES, 'valid')))('accepts %s as it is', (name) => {
    expect(mediaNameProblem(name)).toBeUndefined();
    const result = checkMediaBytes(name, bytesOf('valid', name));
    expect(result).toMatchObject({ ok: true, removed: [] });
  });

  it('recognises each format by its bytes, not by its name', () => {
    const found = Object.fromEntries(readdirSync(join(FIXTURES, 'valid')).map((name) => [name, sniffFormat(bytesOf('valid', name)) ?? 'text']));
    expect(found).toEqual({
      'chart.gif': 'gif', 'instrukciya.docx': 'docx', 'logo.svg': 'svg', 'otchet.odt': 'odt', 'photo.png': 'png', 'plan.xlsx': 'xlsx',
      'polozhenie.pdf': 'pdf', 'slides.pptx': 'pptx', 'spisok.csv': 'text', 'tablica.ods': 'ods', 'zametka.txt': 'text',
    });
    expect(sniffFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpg');
    expect(sniffFormat(new TextEncoder().encode('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('webp');
    const ole = (stream: string) => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from(stream, 'utf16le')]);
    expect([sniffFormat(ole('WordDocument')), sniffFormat(ole('Workbook'))]).toEqual(['doc', 'xls']);
    expect(check('old.doc', ole('WordDocument'))).toBe('ok');
    expect(check('old.doc', ole('WordDocument\0Macros\0_VBA_PROJECT'))).toMatch(/^документ содержит макросы/);
  });
});

describe('media that could run code or is not what it says', () => {
  it('refuses names a browser would run, hidden names and Cyrillic names, with the fix', () => {
    expect(['page.html', 'app.js', 'feed.xml', 'drawing.svgz', 'archive.zip', 'README', '.htaccess', 'Положение 2021.pdf', 'Photo.PNG'].map((name) => mediaNameProblem(name)))
      .toMatchInlineSnapshot(`
        [
          "файлы «.html» загружать нельзя: браузер выполнил бы код из такого файла; допустимы изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV. Сохраните документ в PDF или DOCX",
          "файлы «.js» загружать нельзя: браузер выполнил бы код из такого файла; допустимы изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV. Сохраните документ в PDF или DOCX",
          "файлы «.xml» загружать нельзя: браузер выполнил бы код из такого файла; допустимы изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV. Сохраните документ в PDF или DOCX",
          "файлы «.svgz» загружать нельзя: браузер выполнил бы код из такого файла; допустимы изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV. Сохраните документ в PDF или DOCX",
          "файлы «.zip» загружать нельзя: такой тип файла сайт не публикует; допустимы изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV. Сохраните документ в PDF или DOCX",
          "файлы «.(без расширения)» загружать нельзя: такой тип файла сайт не публикует; допустимы изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV. Сохраните документ в PDF или DOCX",
          "скрытые файлы (имя начинается с точки) не публикуются; переименуйте файл латиницей, например «document.pdf»",
          "имя файла должно быть латиницей в нижнем регистре через дефис; переименуйте в «polozhenie-2021.pdf»",
          "имя файла должно быть латиницей в нижнем регистре через дефис; переименуйте в «photo.png»",
        ]
      `);
  });

  it('refuses content that is not what the extension says, polyglots and macros', () => {
    expect([
      check('page-renamed.png', bytesOf('invalid', 'page-renamed.png')),
      check('polyglot.png', bytesOf('invalid', 'polyglot.png')),
      check('macros.docx', bytesOf('invalid', 'macros.docx')),
      check('scan.pdf', bytesOf('valid', 'photo.png')),
      check('logo.png', bytesOf('valid', 'logo.svg')),
      check('notes.txt', bytesOf('valid', 'photo.png')),
      check('notes.txt', new TextEncoder().encode('  <html><body>hi</body></html>')),
      check('empty.pdf', new Uint8Array()),
    ]).toMatchInlineSnapshot(`
      [
        "это веб-страница (HTML), а не изображение PNG; такие файлы загружать нельзя. Сохраните документ в PDF или DOCX",
        "внутри файла есть разметка веб-страницы или скрипт («<script»): браузер мог бы выполнить её как код; сохраните файл заново из программы, в которой он создан",
        "документ содержит макросы; сохраните его без макросов (DOCX, XLSX) или в PDF",
        "это изображение PNG, а не документ PDF; переименуйте файл в «scan.png»",
        "это рисунок SVG, а не изображение PNG; переименуйте файл в «logo.svg»",
        "это изображение PNG, а не текстовый файл; переименуйте файл в «notes.png»",
        "это веб-страница (HTML), а не текстовый файл; такие файлы загружать нельзя. Сохраните документ в PDF или DOCX",
        "файл пустой; загрузите его заново",
      ]
    `);
  });

  it('refuses a file over the size limit, naming the limit and the size', () => {
    const big = new Uint8Array(MAX_MEDIA_BYTES + 1);
    big.set(bytesOf('valid', 'polozhenie.pdf'));
    expect(check('big.pdf', big)).toBe('файл больше 25 МБ (25,0 МБ); уменьшите его (сожмите изображения, сохраните PDF с меньшим разрешением)');
  });
});

describe('SVG', () => {
  it('is cleaned of script, handlers, foreign content and javascript: links; what remains is a drawing', () => {
    const result = sanitizeSvg(readFileSync(join(FIXTURES, 'invalid/script.svg'), 'utf8'));
    if (!result.ok) throw new Error(result.problem);
    expect(result.removed).toEqual(['onload', '<script>', 'xlink:href', '<foreignObject>']);
    expect(result.clean).not.toMatch(/script|onload|javascript|foreignObject|iframe/i);
    expect(result.clean).toContain('<circle cx="20" cy="20" r="18" fill="red"/>');
    // Cleaning what was cleaned removes nothing: a stored SVG passes `validate`.
    expect(sanitizeSvg(result.clean)).toMatchObject({ ok: true, removed: [] });
  });

  it('drops a stylesheet instruction, refuses entities and what is not an SVG', () => {
    expect(sanitizeSvg(readFileSync(join(FIXTURES, 'invalid/stylesheet.svg'), 'utf8'))).toMatchObject({ ok: true, removed: ['<?xml-stylesheet?>'] });
    expect([
      sanitizeSvg(readFileSync(join(FIXTURES, 'invalid/entity.svg'), 'utf8')),
      sanitizeSvg(readFileSync(join(FIXTURES, 'invalid/broken.svg'), 'utf8')),
      sanitizeSvg('<svg><circle r="3"/></svg>'),
      sanitizeSvg('<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>'),
    ].map((result) => (result.ok ? 'ok' : result.problem))).toMatchInlineSnapshot(`
      [
        "в SVG есть DOCTYPE с определениями (<!ENTITY …>); сохраните SVG заново без DTD или загрузите PNG",
        "SVG не читается как XML (строка 1:60: unexpected close tag.); сохраните его заново из графического редактора или загрузите PNG",
        "это не SVG: корневой элемент должен быть <svg xmlns="http://www.w3.org/2000/svg">; сохраните файл заново из графического редактора или загрузите PNG",
        "это не SVG: корневой элемент должен быть <svg xmlns="http://www.w3.org/2000/svg">; сохраните файл заново из графического редактора или загрузите PNG",
      ]
    `);
  });
});

describe('validate on the media folder', () => {
  it('finds nothing wrong with allowed files', () => {
    expect(mediaFolderProblems(join(FIXTURES, 'valid'), 'apps/site/public/media')).toEqual([]);
  });

  it('names every file that could run code or is not what it says, with the fix', () => {
    const messages = mediaFolderProblems(join(FIXTURES, 'invalid'), 'apps/site/public/media').map(formatProblem);
    expect(messages).toMatchInlineSnapshot(`
      [
        "apps/site/public/media/.hidden.png: скрытые файлы (имя начинается с точки) не публикуются; переименуйте файл латиницей, например «document.pdf»",
        "apps/site/public/media/app.js: файлы «.js» загружать нельзя: браузер выполнил бы код из такого файла; допустимы изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV. Сохраните документ в PDF или DOCX",
        "apps/site/public/media/broken.svg: SVG не читается как XML (строка 1:60: unexpected close tag.); сохраните его заново из графического редактора или загрузите PNG",
        "apps/site/public/media/drawing.svgz: файлы «.svgz» загружать нельзя: браузер выполнил бы код из такого файла; допустимы изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV. Сохраните документ в PDF или DOCX",
        "apps/site/public/media/entity.svg: в SVG есть DOCTYPE с определениями (<!ENTITY …>); сохраните SVG заново без DTD или загрузите PNG",
        "apps/site/public/media/macros.docx: документ содержит макросы; сохраните его без макросов (DOCX, XLSX) или в PDF",
        "apps/site/public/media/page-renamed.png: это веб-страница (HTML), а не изображение PNG; такие файлы загружать нельзя. Сохраните документ в PDF или DOCX",
        "apps/site/public/media/page.html: файлы «.html» загружать нельзя: браузер выполнил бы код из такого файла; допустимы изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV. Сохраните документ в PDF или DOCX",
        "apps/site/public/media/polyglot.png: внутри файла есть разметка веб-страницы или скрипт («<script»): браузер мог бы выполнить её как код; сохраните файл заново из программы, в которой он создан",
        "apps/site/public/media/script.svg: в SVG есть то, что может выполнить код: «onload», «<script>», «xlink:href», «<foreignObject>»; загрузите файл через редактор (раздел «Медиафайлы»): он сохранит очищенную копию",
        "apps/site/public/media/stylesheet.svg: в SVG есть то, что может выполнить код: «<?xml-stylesheet?>»; загрузите файл через редактор (раздел «Медиафайлы»): он сохранит очищенную копию",
        "apps/site/public/media/Положение 2021.pdf: имя файла должно быть латиницей в нижнем регистре через дефис; переименуйте в «polozhenie-2021.pdf»",
      ]
    `);
  });
});

describe('pnpm validate', () => {
  it('fails on a bad file in the repository\'s media folder, naming it', () => {
    const repo = mkdtempSync(join(tmpdir(), 'validate-media-'));
    try {
      mkdirSync(join(repo, 'content'));
      mkdirSync(join(repo, MEDIA_FOLDER), { recursive: true });
      writeFileSync(join(repo, MEDIA_FOLDER, 'page.html'), '<script>alert(1)</script>');
      const result = validateRepository(repo, join(repo, 'content'));
      expect(result.errors.map(formatProblem)).toEqual([expect.stringMatching(/^apps\/site\/public\/media\/page\.html: файлы «\.html» загружать нельзя/)]);
      expect(result.report).toContain('ошибок: 1');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
