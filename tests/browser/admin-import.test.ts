import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter, validateRepository } from '@stazhirovka/schema/validate';
import { describe, expect, it } from 'vitest';
import { snapshotTree } from '../support/admin.ts';
import { fieldInput, useAdminSite } from '../support/admin-page.ts';
import { REPO_ROOT } from '../support/paths.ts';

// «Импорт из Word» (issue 11, item 3): the real admin in Debian Chromium runs the importer on a
// Word file, shows what it found, and creates the entry through the real editing backend over a
// temporary copy of content/.

const FIXTURES = join(REPO_ROOT, 'packages/importer/test/fixtures/docx');
const SHOTS = join(REPO_ROOT, 'test-results/admin-import');
const EXISTING = 'priozersk-rasporyazhenie-364-r';

const editing = useAdminSite();

const form = () => editing.page.locator('form.corrections').first();
const input = (name: string) => form().locator(`[name="${name}"]`);

describe('«Импорт из Word» in the admin', () => {
  it('opens from the editor and shows the requisites, the outline and what needs a human', async () => {
    await editing.page.getByRole('link', { name: 'Импорт из Word' }).click();
    await editing.page.getByRole('heading', { name: 'Импорт из Word' }).waitFor();
    // The file is picked with a Russian button, not Chromium's «Choose File», and its name is shown.
    const pick = editing.page.locator('label.pick');
    await expect(pick.innerText()).resolves.toBe('Выбрать файл…');
    await expect(editing.page.getByLabel('Выбрать файл…').getAttribute('type')).resolves.toBe('file');
    await expect(editing.page.locator('#source-file-name').innerText()).resolves.toBe('Файл не выбран');
    const chooser = editing.page.waitForEvent('filechooser');
    await pick.click();
    await (await chooser).setFiles(join(FIXTURES, 'prikaz-80-od.docx'));
    await expect(editing.page.locator('#source-file-name').innerText()).resolves.toBe('Выбран файл: prikaz-80-od.docx');
    const doc = editing.page.locator('section.document');
    await doc.getByRole('heading', { name: 'Об организации работы стажировочной площадки' }).waitFor();
    const requisites = await doc.locator('dl.requisites').innerText();
    expect(requisites).toContain('ПРИКАЗ');
    expect(requisites).toContain('№ 80-ОД');
    expect(requisites).toContain('1 сентября 2022 г. (в документе: «от 01.09.2022 г.»)');
    expect(requisites).toContain('Средняя общеобразовательная школа № 7');
    expect(requisites).toContain('Директор школы А.В. Смирнова');
    const outline = await doc.locator('.outline').innerText();
    expect(outline).toMatch(/^1 Организовать работу стажировочной площадки/m);
    expect(outline).toMatch(/^3 Контроль за исполнением приказа оставляю за собой\./m);
    // A school's own order needs no region: nothing is left for a human.
    expect(await doc.innerText()).toContain('Ничего: все обязательные поля заполнены.');
    await expect(input('collection').inputValue()).resolves.toBe('regulations');
    await expect(input('slug').inputValue()).resolves.toBe('prikaz-80-od');
    await expect(input('number').inputValue()).resolves.toBe('80-ОД');
    await expect(input('adoptedAt').inputValue()).resolves.toBe('2022-09-01');
    // No JSON dumps: the page is prose and lists.
    expect(await editing.page.locator('main').innerText()).not.toMatch(/[{}]|"kind"|undefined/);
    mkdirSync(SHOTS, { recursive: true });
    await editing.page.setViewportSize({ width: 1400, height: 1000 });
    await editing.page.screenshot({ path: join(SHOTS, 'import-page.png'), fullPage: true });
  });

  it('refuses a name that exists, shows the backend\'s Russian message and keeps the corrections', async () => {
    const before = snapshotTree(editing.repo.dir);
    await input('issuer').fill('МБОУ «Средняя школа № 7» Великого Новгорода');
    await input('slug').fill(EXISTING);
    await form().getByRole('button', { name: 'Создать запись' }).click();
    const alert = form().getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      `Запись не создана. content/regulations/${EXISTING}.mdx: запись с таким именем уже есть; выберите другое имя записи — существующая не перезаписывается`,
    );
    expect(snapshotTree(editing.repo.dir)).toEqual(before);
    await expect(input('issuer').inputValue()).resolves.toBe('МБОУ «Средняя школа № 7» Великого Новгорода');
    await editing.page.screenshot({ path: join(SHOTS, 'import-refused.png'), fullPage: true });
  });

  it('creates the entry with its original, which validate accepts, and opens it in the editor', async () => {
    await input('slug').fill('novgorod-prikaz-80-od');
    await input('title').fill('Об организации работы стажировочной площадки «Наставничество»');
    await form().getByRole('button', { name: 'Создать запись' }).click();
    await editing.page.waitForURL(/#\/collections\/regulations\/entries\/novgorod-prikaz-80-od$/);
    const title = fieldInput(editing.page, 'title');
    await title.waitFor();
    await expect(title.inputValue()).resolves.toBe('Об организации работы стажировочной площадки «Наставничество»');

    const file = join(editing.repo.content, 'regulations/novgorod-prikaz-80-od.mdx');
    const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    expect(data).toMatchObject({
      kind: 'order',
      number: '80-ОД',
      adoptedAt: '2022-09-01',
      issuer: 'МБОУ «Средняя школа № 7» Великого Новгорода',
      level: 'organization',
      original: '/media/novgorod-prikaz-80-od.docx',
      source: 'prikaz-80-od.docx',
    });
    expect(data).not.toHaveProperty('region');
    expect(body).toContain('Контроль за исполнением приказа оставляю за собой.');
    const original = join(editing.repo.media, 'novgorod-prikaz-80-od.docx');
    expect(readFileSync(original).equals(readFileSync(join(FIXTURES, 'prikaz-80-od.docx')))).toBe(true);
    expect(validateRepository(editing.repo.dir, editing.repo.content).report).toContain('ошибок: 0');
    // The existing entry the refused attempt named is untouched.
    expect(existsSync(join(editing.repo.content, `regulations/${EXISTING}.mdx`))).toBe(true);
  });

  it('shows each document of a file that holds several', async () => {
    await editing.page.goto(`${editing.admin.adminUrl}import/`);
    await editing.page.locator('input[type="file"]').setInputFiles(join(FIXTURES, 'rasporyazhenie-142-r.docx'));
    await editing.page.locator('section.document').nth(1).waitFor();
    await expect(editing.page.locator('section.document').count()).resolves.toBe(2);
    const headings = await editing.page.locator('section.document h2').allInnerTexts();
    expect(headings[0]).toMatch(/^Документ 1: /);
    expect(headings[1]).toMatch(/^Документ 2: .*Положение|^Документ 2: /);
    expect(await editing.page.locator('section.document').nth(0).locator('dl.requisites').innerText()).toContain('№ 142-р');
  });
});
