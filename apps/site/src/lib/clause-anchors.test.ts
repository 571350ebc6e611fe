import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { anchorBase, createAnchorAllocator, outlineOfMarkdown } from '@stazhirovka/schema';
import { parse } from 'node-html-parser';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { clauseAnchors } from './clause-anchors.ts';

/**
 * The numbered text of the seed documents (headings, clauses and tables, as in content/), kept as
 * fixtures in folders named like the collections, so that editing content/ cannot change these tests.
 */
const FIXTURES = join(import.meta.dirname, '../../test/fixtures/clause-anchors');

/** The frontmatter the plugin reads: the appendices a document names. */
const FRONTMATTER: Record<string, Record<string, unknown>> = {
  'regulations/tomsk-polozhenie-o-trenerakh-2020.md': {
    appendices: [{ label: 'Приложение', title: 'Анкета кандидата в тренеры ФИП ТОИПКРО', included: true }],
  },
};

/** Renders a document body with the real Markdown engine and this plugin, as the build does. */
async function rendered(path: string) {
  const file = join(FIXTURES, path);
  const body = readFileSync(file, 'utf8');
  const { html } = await markdownToHtml(body, {
    hastPlugins: [clauseAnchors],
    fileURL: pathToFileURL(file),
    // What Astro's MDX pipeline puts in the data bag; the plugin reads the appendices from it.
    data: { astro: { frontmatter: FRONTMATTER[path] ?? {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return { html: parse(html), body };
}

/** The ids `validate`'s outline implies for a body: both sides must agree. */
function expectedIds(body: string): string[] {
  const take = createAnchorAllocator();
  return outlineOfMarkdown(body).flatMap((item) => (item.number ? [take(anchorBase(item.kind === 'clause' ? 'clause' : 'section', item.number))] : []));
}

describe('clause anchors on the rendered text', () => {
  it.each([
    'regulations/omsk-polozhenie-o-msp-2021.md',
    'regulations/tomsk-polozhenie-o-trenerakh-2020.md',
    'regulations/priozersk-polozhenie-o-msp-2021.md',
    'regulations/priozersk-rasporyazhenie-364-r.md',
    'instructions/tambov-dokumentoved.md',
    'instructions/tambov-spetsialist-luchshie-praktiki.md',
  ])('%s: every numbered clause and section has the id its number gives, in order', async (path) => {
    const { html, body } = await rendered(path);
    const ids = html.querySelectorAll('[id^="p-"], [id^="s-"]').map((e) => e.id).filter((id) => /^[ps]-[0-9ivxlc-]+$/.test(id));
    expect(ids).toEqual(expectedIds(body));
    expect(ids.length).toBeGreaterThan(4);
  });

  it('keeps a repeated number and tells the two apart with a suffix (Tambov 3.7)', async () => {
    const { html } = await rendered('instructions/tambov-dokumentoved.md');
    const first = html.getElementById('p-3-7');
    const second = html.getElementById('p-3-7--2');
    expect(first?.text).toContain('3.7. принимает бумажную и электронную корреспонденцию');
    expect(second?.text).toContain('3.7. после рассмотрения поступившей корреспонденции');
  });

  it('gives each clause a plain «¶» link to itself, its text naming it for screen readers and as a tooltip', async () => {
    const { html } = await rendered('regulations/omsk-polozhenie-o-msp-2021.md');
    const link = html.querySelector('#p-2-1-7 > a.clause-link');
    expect(link?.getAttribute('href')).toBe('#p-2-1-7');
    // No aria-label: the accessible name is the link's own text, so it contains what is seen.
    expect(link?.getAttribute('aria-label')).toBeUndefined();
    expect(link?.querySelector('[aria-hidden="true"]')?.text).toBe('¶');
    expect(link?.querySelector('.clause-link__label')?.text).toBe('Ссылка на пункт 2.1.7');
    expect(html.querySelector('#p-2-1-7')?.text).toContain('2.1.7. Решение о прекращении деятельности');
  });

  it('links a section heading without changing its text, and Roman sections keep their numeral', async () => {
    const { html } = await rendered('regulations/priozersk-polozhenie-o-msp-2021.md');
    expect(html.getElementById('s-ii')?.text).toBe('II. Цель и задачи деятельности муниципальной стажировочной площадки');
    expect(html.querySelector('.anchored-heading a.clause-link[href="#s-ii"]')).not.toBeNull();
    expect(html.getElementById('p-5-1')).not.toBeNull();
  });

  it('marks the Tomsk questionnaire as an appendix form: no empty header row, questions as row headers, blanks as fields', async () => {
    const { html } = await rendered('regulations/tomsk-polozhenie-o-trenerakh-2020.md');
    expect(html.getElementById('prilozhenie')?.text).toBe('АНКЕТА кандидата в тренеры ФИП ТОИПКРО');
    const form = html.querySelector('table.form-table');
    expect(form?.getAttribute('aria-label')).toBe('АНКЕТА кандидата в тренеры ФИП ТОИПКРО');
    expect(form?.querySelector('thead')).toBeNull();
    const questions = form?.querySelectorAll('th[scope="row"].form-question').map((th) => th.text) ?? [];
    expect(questions).toHaveLength(15);
    // No data cell but the blank: the number heads the row with its question (axe td-has-header).
    expect(form?.querySelectorAll('td').length).toBe(15);
    expect(questions[0]).toBe('Фамилия Имя Отчество:');
    expect(form?.querySelectorAll('td.form-field')).toHaveLength(15);
  });

  it('names a table by the clause before it and leaves a data table as it is (Omsk indicators)', async () => {
    const { html } = await rendered('regulations/omsk-polozhenie-o-msp-2021.md');
    const table = html.querySelector('table');
    expect(table?.getAttribute('aria-label')).toMatch(/^3\.3\. Перечень основных индикаторов/);
    expect(table?.classList.contains('form-table')).toBe(false);
    expect(table?.querySelectorAll('thead th').map((th) => th.text)).toEqual(['№', 'Показатель', 'Значение']);
  });

  it('leaves other collections alone', () => {
    expect(clauseAnchors({ fileURL: pathToFileURL(join(FIXTURES, 'sites/x.md')), sourceFormat: 'mdx', source: '', data: {} })).toBeNull();
  });
});
