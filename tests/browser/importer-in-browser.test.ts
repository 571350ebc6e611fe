import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCore } from '../../packages/importer/scripts/bundle-core.ts';
import type * as core from '../../packages/importer/src/index.ts';
import { importSource, readDocx, readText } from '../../packages/importer/src/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { REPO_ROOT } from '../support/paths.ts';

/**
 * Groundwork for «Импорт из Word» in the admin (issue 11, item 3): the importer's core, bundled for
 * the browser the way the admin will bundle it, reads a Word file and a Windows-1251 text in
 * Chromium and finds exactly what it finds in Node.
 */
const FIXTURES = join(REPO_ROOT, 'packages/importer/test/fixtures');
const ORIGIN = 'http://importer.test';

let browser: Browser;
let bundle: { code: string; warnings: string[] };
beforeAll(async () => {
  [browser, bundle] = await Promise.all([launchChromium(), bundleCore()]);
});
afterAll(async () => {
  await browser?.close();
});

/** What an entry is made of, to compare the two runtimes. */
const essence = (docs: { requisites: unknown; frontmatter: unknown; body: string; path: string }[]) =>
  docs.map(({ requisites, frontmatter, body, path }) => ({ requisites, frontmatter, body, path }));

describe('the importer runs in the browser', () => {
  it('bundles without Node built-ins', () => {
    expect(bundle.warnings.filter((w) => /externali[sz]ed|node:|built-?in/i.test(w))).toEqual([]);
    // Statements only: library comments show `import process from 'node:process'` as an example.
    expect(bundle.code).not.toMatch(/^\s*(import|export)[^\n;]*from\s*["']node:/m);
    expect(bundle.code).not.toMatch(/\brequire\(["'](node:)?(fs|path|os|child_process)["']\)/);
  });

  it('imports a .docx and a Windows-1251 .txt in Chromium exactly as in Node', async () => {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/importer.js')
        ? route.fulfill({ contentType: 'text/javascript', body: bundle.code })
        : route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>import</title><script type="module">import * as m from "/importer.js"; window.importer = m;</script>',
          }),
    );
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => 'importer' in window);
    const docx = readFileSync(join(FIXTURES, 'docx/polozhenie-soglasovano-utverzhdayu.docx'));
    const cp1251 = readFileSync(join(FIXTURES, 'cp1251/prikaz-80-od.txt'));
    const inBrowser = await page.evaluate(
      async ({ docx, cp1251 }) => {
        const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        // The module the page loaded, as the admin would load it.
        const importer = (window as unknown as { importer: typeof core }).importer;
        const word = importer.importSource(await importer.readDocx(bytes(docx)), { fileName: 'polozhenie.docx' });
        const text = importer.importSource(importer.readText(new TextDecoder('windows-1251').decode(bytes(cp1251))), { fileName: 'prikaz.txt' });
        return { word, text };
      },
      { docx: docx.toString('base64'), cp1251: cp1251.toString('base64') },
    );
    const word = importSource(await readDocx(docx), { fileName: 'polozhenie.docx' });
    const text = importSource(readText(new TextDecoder('windows-1251').decode(cp1251)), { fileName: 'prikaz.txt' });
    expect(essence(inBrowser.word)).toEqual(essence(word));
    expect(essence(inBrowser.text)).toEqual(essence(text));
    expect(inBrowser.word[0].requisites.approval?.name).toBe('Е.П. Орлова');
    expect(inBrowser.text[0].requisites.number).toBe('80-ОД');
    await page.close();
  });
});
