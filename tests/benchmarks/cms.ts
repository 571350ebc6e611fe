/**
 * The editor at scale: the real admin (apps/admin/dist) in Chromium against the real editing
 * backend, on N generated documents (corpus.ts). Prints the seconds a methodologist waits for
 * the largest collection's entry list (first and second opening) and for a relation picker to
 * answer what was typed. `node tests/benchmarks/cms.ts [--docs 2500] [--json]`; `pnpm bench`
 * runs it too. It asserts nothing (tests/browser/admin-scale.test.ts checks the behaviour).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MEDIA_FOLDER } from '@stazhirovka/schema';
import { serveEditingSite } from '../support/admin.ts';
import { fieldInput, openAdmin } from '../support/admin-page.ts';
import { launchChromium } from '../support/chromium.ts';
import { CONTENT_DIR } from '../support/paths.ts';
import { writeCorpus } from './corpus.ts';

export interface CmsFigures {
  docs: number;
  /** Entries in the collection listed (instructions, the largest). */
  listed: number;
  firstListMs: number;
  secondListMs: number;
  /** From the first typed key, right after the form opened, to the picker showing the entry. */
  firstPickerMs: number;
  /** The same for a second search in the same form. */
  pickerMs: number;
}

const since = (start: number) => Math.round(performance.now() - start);

/** Generates `docs` documents in a temporary repository and times the admin on them. */
export async function measureCms(docs: number): Promise<CmsFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'cms-bench-'));
  const content = join(dir, 'content');
  const { counts } = writeCorpus(content, docs, CONTENT_DIR);
  mkdirSync(join(dir, MEDIA_FOLDER), { recursive: true });
  const site = await serveEditingSite({ dir, content, media: join(dir, MEDIA_FOLDER), remove: () => undefined });
  const browser = await launchChromium();
  try {
    const page = await openAdmin(browser, site.adminUrl);
    const last = counts.instructions - 1;
    const openList = async () => {
      await page.goto(`${site.adminUrl}#/collections/sites`);
      await page.getByText('bench-sites', { exact: false }).first().waitFor({ state: 'detached' }).catch(() => undefined);
      const start = performance.now();
      await page.goto(`${site.adminUrl}#/collections/instructions`);
      await page.getByText(/\(instructions \d+\)/).first().waitFor({ timeout: 120_000 });
      return since(start);
    };
    const firstListMs = await openList();
    const secondListMs = await openList();
    await page.goto(`${site.adminUrl}#/collections/instructions/new`);
    const input = fieldInput(page, 'reportsTo');
    await input.waitFor({ timeout: 120_000 });
    await input.click();
    const answered = async (text: string) => {
      const start = performance.now();
      await page.keyboard.type(text);
      await page.getByRole('option').filter({ hasText: `(instructions ${last})` }).first().waitFor({ timeout: 120_000 });
      return since(start);
    };
    // Typed at once, as a person who knows the name: the first answer includes reading the collection.
    const firstPickerMs = await answered(`instructions ${last}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const pickerMs = await answered(`${last}`);
    return { docs, listed: counts.instructions, firstListMs, secondListMs, firstPickerMs, pickerMs };
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The table row `pnpm bench` prints. */
export function cmsTable(results: CmsFigures[]): string[] {
  return [
    '| docs | listed entries | first list | list again | first picker answer | next picker answer |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.map((r) => `| ${r.docs} | ${r.listed} | ${s(r.firstListMs)} | ${s(r.secondListMs)} | ${s(r.firstPickerMs)} | ${s(r.pickerMs)} |`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '2500' }, json: { type: 'boolean', default: false } } });
  const results: CmsFigures[] = [];
  for (const docs of values.docs.split(',').map(Number)) results.push(await measureCms(docs));
  process.stdout.write(values.json ? `${JSON.stringify(results, null, 2)}\n` : `${cmsTable(results).join('\n')}\n`);
}
