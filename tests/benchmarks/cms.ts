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

/** One wait: wall time, and the CPU the browser's page and the editing backend spent in it. */
export interface Timed {
  ms: number;
  /** Renderer main-thread task time plus this process's CPU (the backend runs in it): steadier than wall time on a busy machine. */
  cpuMs: number;
}

export interface CmsFigures {
  docs: number;
  /** Entries in the collection listed (instructions, the largest). */
  listed: number;
  /** The list opened from another collection, the backend's cache cold. */
  firstList: Timed;
  secondList: Timed;
  /** The admin loaded anew at the list's address (the bundle from the browser cache), as from a bookmark. */
  listByAddress: Timed;
  /** «Сортировать по» → «Наименование»: every entry read and sorted, the first hundred shown. */
  sortByTitle: Timed;
  /** A search in the collection («Искать в разделе») for one entry's number. */
  searchInList: Timed;
  /** From the first typed key, right after the form opened, to the picker showing the entry. */
  firstPicker: Timed;
  /** The same for a second search in the same form. */
  picker: Timed;
}

/** Cards the admin shows at once in a sorted list (CARDS_AT_ONCE in patches/decap-cms-core@3.19.1.patch). */
export const SORTED_CARDS_SHOWN = 100;

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
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return 1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0);
    };
    const timed = async (act: () => Promise<void>): Promise<Timed> => {
      const [task, cpu, start] = [await taskMs(), process.cpuUsage(), performance.now()];
      await act();
      const ms = Math.round(performance.now() - start);
      const used = process.cpuUsage(cpu);
      return { ms, cpuMs: Math.round((await taskMs()) - task + (used.user + used.system) / 1000) };
    };
    const last = counts.instructions - 1;
    const listShown = () => page.getByText(/\(instructions \d+\)/).first().waitFor({ timeout: 120_000 });
    const openList = async () => {
      await page.goto(`${site.adminUrl}#/collections/sites`);
      await page.getByText('(sites ', { exact: false }).first().waitFor({ timeout: 120_000 });
      return timed(async () => {
        await page.goto(`${site.adminUrl}#/collections/instructions`);
        await listShown();
      });
    };
    const firstList = await openList();
    const secondList = await openList();
    const listByAddress = await timed(async () => {
      await page.reload();
      await listShown();
    });
    await page.getByRole('button', { name: 'Сортировать по' }).click();
    // Decap sorts the whole collection; the list then shows its first hundred cards, in order.
    const sortByTitle = await timed(async () => {
      await page.getByRole('menuitem').filter({ hasText: 'Наименование' }).first().click();
      await page.waitForFunction(
        (count) => {
          const titles = [...document.querySelectorAll('a[href*="/collections/instructions/entries/"]')].map((card) => /^(.*?\(instructions \d+\))/.exec(card.textContent ?? '')?.[1] ?? '');
          return titles.length >= count && titles.every((title, i) => i === 0 || titles[i - 1] <= title);
        },
        Math.min(SORTED_CARDS_SHOWN, counts.instructions),
        { timeout: 120_000, polling: 20 },
      );
    });
    const searchInList = await timed(async () => {
      await page.goto(`${site.adminUrl}#/collections/instructions/search/${last}`);
      await page.getByText(`(instructions ${last})`).first().waitFor({ timeout: 120_000 });
    });
    await page.goto(`${site.adminUrl}#/collections/instructions/new`);
    const input = fieldInput(page, 'reportsTo');
    await input.waitFor({ timeout: 120_000 });
    await input.click();
    const answered = (text: string) => timed(async () => {
      await page.keyboard.type(text);
      await page.getByRole('option').filter({ hasText: `(instructions ${last})` }).first().waitFor({ timeout: 120_000 });
    });
    // Typed at once, as a person who knows the name: the first answer includes reading the collection.
    const firstPicker = await answered(`instructions ${last}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const picker = await answered(`${last}`);
    return { docs, listed: counts.instructions, firstList, secondList, listByAddress, sortByTitle, searchInList, firstPicker, picker };
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const s = ({ ms, cpuMs }: Timed) => `${(ms / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)})`;

/** The table `pnpm bench` prints: wall time, and CPU time in brackets. */
export function cmsTable(results: CmsFigures[]): string[] {
  return [
    '| docs | listed entries | first list | list again | list by address | sort by title | search in list | first picker answer | next picker answer |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map((r) => `| ${r.docs} | ${r.listed} | ${[r.firstList, r.secondList, r.listByAddress, r.sortByTitle, r.searchInList, r.firstPicker, r.picker].map(s).join(' | ')} |`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '2500' }, json: { type: 'boolean', default: false } } });
  const results: CmsFigures[] = [];
  for (const docs of values.docs.split(',').map(Number)) results.push(await measureCms(docs));
  process.stdout.write(values.json ? `${JSON.stringify(results, null, 2)}\n` : `${cmsTable(results).join('\n')}\n`);
}
