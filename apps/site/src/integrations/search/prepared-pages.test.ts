import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedCopyName, preparedPagesDir, startPreparing } from './prepared-pages.ts';

const root = mkdtempSync(join(tmpdir(), 'prepared-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string, indexed = true) => new TextEncoder().encode(
  `<!doctype html><html lang="ru"><head><title>${title}</title><meta data-pagefind-sort="title[content]" content="${title}"></head>` +
  `<body><main${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Стажировочные площадки региона</p>` +
  '<section class="org-chart" data-pagefind-ignore><h2>Схема</h2></section></main></body></html>',
);

describe('pages prepared for the index beside the render', () => {
  it('writes each indexed page as Pagefind should read it, and keeps the render waiting when pages pile up', async () => {
    const outDir = join(root, 'dist');
    const preparer = startPreparing(outDir);
    let resolved = 0;
    const handed = Array.from({ length: 200 }, (_, i) => preparer.prepare(`regulations/r${i}/index.html`, page(`Положение ${i}`)).then(() => resolved++));
    await preparer.prepare('index.html', page('Главная', false));
    // The worker answers through this thread's event loop: past 64 pages waiting, the render waits.
    expect(resolved).toBeLessThan(200);
    const prepared = await preparer.finish();
    await Promise.all(handed);
    expect(prepared.pages).toHaveLength(200);
    expect(prepared.pages[7]).toEqual({ file: 'regulations/r7/index.html', sortKey: 'Положение 7' });
    expect(prepared.vocabulary).toContain('площадки');
    const copy = readFileSync(join(preparedPagesDir(outDir), preparedCopyName('regulations/r7/index.html')), 'utf8');
    expect(copy).toContain('data-pagefind-meta="forms:');
    expect(copy).not.toContain('org-chart');
    expect(readdirSync(preparedPagesDir(outDir))).toHaveLength(200);
    expect(existsSync(join(preparedPagesDir(outDir), preparedCopyName('index.html')))).toBe(false);
  });
});
