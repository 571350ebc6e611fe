import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEDIA_FOLDER } from '@stazhirovka/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SORTED_CARDS_SHOWN } from '../benchmarks/cms.ts';
import { writeCorpus } from '../benchmarks/corpus.ts';
import { type EditingSite, serveEditingSite } from '../support/admin.ts';
import { bodyEditor, fieldInput, openAdmin, openEditor, publish, retype } from '../support/admin-page.ts';
import { launchChromium } from '../support/chromium.ts';
import { CONTENT_DIR } from '../support/paths.ts';

// The admin on a collection of 1 000 generated instructions (tests/benchmarks/corpus.ts), through
// the real editing backend: the list opens with its first page and loads more on scrolling, sorts
// and searches all thousand, a relation picker finds one entry among them by what was typed, and
// an entry opened from the list (which carries no texts) is edited with its whole text and saved.
// Timings are measured by `node tests/benchmarks/cms.ts`; this checks the behaviour.

let dir: string;
let admin: EditingSite;
let browser: Browser;
let page: Page;
let instructions: number;

const cards = () => page.locator('a[href*="/collections/instructions/entries/"]');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admin-scale-'));
  const content = join(dir, 'content');
  instructions = writeCorpus(content, 2500, CONTENT_DIR).counts.instructions;
  mkdirSync(join(dir, MEDIA_FOLDER), { recursive: true });
  admin = await serveEditingSite({ dir, content, media: join(dir, MEDIA_FOLDER), remove: () => undefined });
  browser = await launchChromium();
  page = await openAdmin(browser, admin.adminUrl);
});

afterAll(async () => {
  await browser?.close();
  await admin?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the admin with a thousand entries in a collection', () => {
  it('opens the list with a first page and loads the next one on scrolling to its end', async () => {
    expect(instructions).toBeGreaterThanOrEqual(1000);
    await page.goto(`${admin.adminUrl}#/collections/instructions`);
    await cards().first().waitFor();
    const first = await cards().count();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(instructions);
    await expect(cards().first().textContent()).resolves.toMatch(/\(instructions \d+\) — /);
    await cards().last().scrollIntoViewIfNeeded();
    for (let i = 0; i < 100 && (await cards().count()) === first; i++) await page.waitForTimeout(100);
    expect(await cards().count()).toBeGreaterThan(first);
  });

  it('keeps every card it has shown when the last page arrives, and reaches the last entry', async () => {
    for (let shown = await cards().count(); shown < instructions; ) {
      await cards().last().scrollIntoViewIfNeeded();
      for (let i = 0; i < 100 && (await cards().count()) <= shown; i++) await page.waitForTimeout(50);
      const now = await cards().count();
      expect(now, `the list went from ${shown} cards to ${now}`).toBeGreaterThan(shown);
      shown = now;
    }
    await expect(cards().count()).resolves.toBe(instructions);
  });

  it('finds one instruction among the thousand in a relation picker, best match first', async () => {
    const last = instructions - 1;
    await page.goto(`${admin.adminUrl}#/collections/instructions/new`);
    await fieldInput(page, 'reportsTo').click();
    await page.keyboard.type(`instructions ${last}`);
    const first = page.getByRole('option').first();
    await first.filter({ hasText: `(instructions ${last})` }).waitFor();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`(instructions ${last})`).count()).resolves.toBeGreaterThan(0);
  });

  it('sorts all the entries by title, not the first page only, and shows them a hundred at a time as the list scrolls', async () => {
    await page.goto(`${admin.adminUrl}#/collections/instructions`);
    await cards().first().waitFor();
    await page.getByRole('button', { name: 'Сортировать по' }).click();
    await page.getByRole('menuitem').filter({ hasText: 'Наименование' }).first().click();
    const titles = async () => (await cards().allTextContents()).map((text) => /^(.*?\(instructions \d+\))/.exec(text)?.[1] ?? text);
    const sorted = (list: string[]) => list.every((title, i) => i === 0 || list[i - 1] <= title);
    for (let i = 0; i < 300 && !((await cards().count()) >= SORTED_CARDS_SHOWN && sorted(await titles())); i++) await page.waitForTimeout(100);
    // Rendering a thousand cards at once took seconds (patches/README.md).
    expect(await cards().count()).toBe(SORTED_CARDS_SHOWN);
    for (let shown = SORTED_CARDS_SHOWN; shown < instructions; shown = await cards().count()) {
      await cards().last().scrollIntoViewIfNeeded();
      for (let i = 0; i < 100 && (await cards().count()) === shown; i++) await page.waitForTimeout(50);
      expect(await cards().count()).toBeGreaterThan(shown);
    }
    const all = await titles();
    expect(all).toHaveLength(instructions);
    // Decap orders by the title's characters (lodash orderBy), in Russian as in any language.
    expect(all).toEqual([...all].sort());
    expect(all[0]).not.toEqual(all.at(-1));
  });

  it('finds an entry by its number with the search in the collection', async () => {
    const last = instructions - 1;
    await page.goto(`${admin.adminUrl}#/collections/instructions/search/${last}`);
    await page.getByText(`(instructions ${last})`).first().waitFor();
    await expect(page.getByText('Найдено по запросу', { exact: false }).first().textContent()).resolves.toContain(String(last));
  });

  it('opens an entry listed without its text with the whole text, and saves it keeping the text', async () => {
    const file = join(dir, 'content', 'instructions', 'bench-instructions-7.mdx');
    const before = readFileSync(file, 'utf8');
    const lastParagraph = before.trimEnd().split('\n').at(-1) as string;
    await page.goto(`${admin.adminUrl}#/collections/instructions`);
    await cards().first().waitFor();
    await openEditor(page, admin.adminUrl, '/collections/instructions/entries/bench-instructions-7', /^title: "(.*)"$/m.exec(before)?.[1]);
    await bodyEditor(page).getByText(lastParagraph.slice(0, 40), { exact: false }).first().waitFor();
    await retype(page, 'title', 'Должностная инструкция методиста (instructions 7)');
    await publish(page);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('title: "Должностная инструкция методиста (instructions 7)"');
    expect(after.slice(after.indexOf('\n---\n'))).toEqual(before.slice(before.indexOf('\n---\n')));
  });
});
