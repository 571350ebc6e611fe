import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES, toSlug } from '@stazhirovka/schema';
import { splitFrontmatter, validateRepository } from '@stazhirovka/schema/validate';
import { describe, expect, it } from 'vitest';
import { fieldInput, nextSave, openEditor, pickRelation, publish, retype, typeBody, useAdminSite } from '../support/admin-page.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { buildSiteCopy } from '../support/site-copy.ts';
import { serveDist } from '../support/static-server.ts';

// The real admin (apps/admin/dist) in Debian Chromium against the real editing backend
// (packages/editing-backend) on the admin's own origin, editing a temporary copy of content/: the
// repository's own content is never written.

const editing = useAdminSite();

const practiceFiles = () => readdirSync(join(editing.repo.content, 'practices')).sort();
const TITLE = 'Взаимообучение молодых педагогов в школе № 5';
const BODY_TEXT = 'Формула {x} <y> и «кавычки» — как в источнике.';
const slug = toSlug(TITLE);

describe('a methodologist creates a practice in the admin', () => {
  it('shows every collection with its Russian name', async () => {
    for (const name of ['Документы', 'Инструкции', 'Площадки', 'Программы', 'Практики']) {
      await expect(editing.page.getByRole('link', { name }).count()).resolves.toBeGreaterThan(0);
    }
  });

  it('refuses to save while required fields are empty, and keeps what was typed', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, '/collections/practices/new');
    await fieldInput(editing.page, 'title').fill(TITLE);
    const before = practiceFiles();
    await editing.page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
    await editing.page.getByText('Опубликовать сейчас').click();
    await editing.page.getByText('Заполните поле «Площадка».').waitFor();
    await editing.page.getByText('Заполните поле «Проблема».').waitFor();
    expect(practiceFiles()).toEqual(before);
    await expect(fieldInput(editing.page, 'title').inputValue()).resolves.toBe(TITLE);
  });

  it('saves a practice linked to a site under a Latin file name with valid frontmatter', async () => {
    await pickRelation(editing.page, 'site', 'ТОИПКРО', 'Федеральная инновационная площадка ТОИПКРО: сеть тренеров по дистрибутивному распространению педагогического опыта');
    await fieldInput(editing.page, 'problem').fill('Молодые педагоги уходят в первый год работы');
    await fieldInput(editing.page, 'technology').fill('Наставничество и взаимное посещение уроков');
    await fieldInput(editing.page, 'targetGroup').fill('молодые педагоги');
    await pickRelation(editing.page, 'evidence', 'Измер', 'Измерены результаты');
    await editing.page.getByRole('button', { name: 'Добавить в список «Шаги»' }).click();
    await fieldInput(editing.page, 'step').fill('Пары «наставник — молодой педагог»');
    await fieldInput(editing.page, 'results').fill('Из 10 молодых педагогов остались 9');
    await editing.page.getByRole('button', { name: 'Добавить в список «Авторы»' }).click();
    await fieldInput(editing.page, 'name').fill('И. И. Иванова');
    await fieldInput(editing.page, 'organization').fill('МБОУ СОШ № 5');
    await typeBody(editing.page, BODY_TEXT);
    await publish(editing.page);

    const file = join(editing.repo.content, 'practices', `${slug}.mdx`);
    expect(practiceFiles()).toContain(`${slug}.mdx`);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const source = readFileSync(file, 'utf8');
    expect(splitFrontmatter(source).data).toEqual({
      title: TITLE,
      example: false,
      site: 'tomsk-fip-toipkro',
      problem: 'Молодые педагоги уходят в первый год работы',
      technology: 'Наставничество и взаимное посещение уроков',
      evidence: 'measured',
      targetGroup: 'молодые педагоги',
      steps: [{ step: 'Пары «наставник — молодой педагог»' }],
      results: 'Из 10 молодых педагогов остались 9',
      authors: [{ name: 'И. И. Иванова' }],
      organization: 'МБОУ СОШ № 5',
    });
    expect(source).toContain('Формула \\{x\\} \\<y\\> и «кавычки»');
    const result = validateRepository(editing.repo.dir, editing.repo.content);
    expect(result.report).toContain('ошибок: 0');
  });

  it('keeps the file name when the title changes later', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, `/collections/practices/entries/${slug}`);
    const files = practiceFiles();
    await retype(editing.page, 'title', `${TITLE} (обновлено)`);
    await publish(editing.page);
    expect(practiceFiles()).toEqual(files);
    expect(readFileSync(join(editing.repo.content, 'practices', `${slug}.mdx`), 'utf8')).toContain(`title: "${TITLE} (обновлено)"`);
  });

  it('a site built from the edited content shows the practice and the typed braces', async () => {
    const { outDir, result: build } = buildSiteCopy(editing.repo.dir, editing.repo.content);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const site = await serveDist(outDir);
    try {
      const reader = await editing.browser.newPage();
      await reader.goto(`${site.url}/practices/${slug}/`);
      const text = await reader.locator('main').innerText();
      expect(text).toContain(`${TITLE} (обновлено)`);
      expect(text).toContain(BODY_TEXT);
      await reader.close();
    } finally {
      await site.close();
    }
  });
});

describe('the form and the preview', () => {
  const DIRECTIVE = '/collections/regulations/entries/priozersk-rasporyazhenie-364-r';
  const DIRECTIVE_TITLE = 'Об организации деятельности стажировочной площадки';

  it('refuses a date the schema refuses, says how to write it, and writes nothing', async () => {
    const file = join(editing.repo.content, 'regulations/priozersk-rasporyazhenie-364-r.mdx');
    const original = readFileSync(file, 'utf8');
    await openEditor(editing.page, editing.admin.adminUrl, DIRECTIVE, DIRECTIVE_TITLE);
    await retype(editing.page, 'adoptedAt', '11.03.2021');
    await editing.page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
    await editing.page.getByText('Опубликовать сейчас').click();
    await editing.page.getByText(/Поле «Дата принятия»: укажите ГГГГ-ММ-ДД/).waitFor();
    expect(readFileSync(file, 'utf8')).toBe(original);
    await expect(fieldInput(editing.page, 'adoptedAt').inputValue()).resolves.toBe('11.03.2021');
    // An unknown part of a date is allowed, as the sources need it: the save goes through.
    await retype(editing.page, 'adoptedAt', '2021-??-11');
    await publish(editing.page);
    await expect(editing.page.getByText(/не соответствует шаблону/).count()).resolves.toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original.replace('adoptedAt: "2021-03-11"', 'adoptedAt: "2021-??-11"'));
  });

  it('a save that validate would refuse is refused by the editing backend: its message shows, nothing is written, the form keeps what was typed', async () => {
    const file = join(editing.repo.content, 'regulations/priozersk-rasporyazhenie-364-r.mdx');
    const original = readFileSync(file, 'utf8');
    await openEditor(editing.page, editing.admin.adminUrl, DIRECTIVE, DIRECTIVE_TITLE);
    // The form's pattern takes any ГГГГ-ММ-ДД; only the schema knows February has no 31st.
    await retype(editing.page, 'adoptedAt', '2021-02-31');
    await retype(editing.page, 'title', `${DIRECTIVE_TITLE} (правка)`);
    const saved = nextSave(editing.page);
    await editing.page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
    await editing.page.getByText('Опубликовать сейчас').click();
    const response = await saved;
    expect(response.status()).toBe(422);
    const message = 'content/regulations/priozersk-rasporyazhenie-364-r.mdx: «Дата принятия» (adoptedAt): «2021-02-31» — такой даты нет; укажите ГГГГ-ММ-ДД';
    const toast = editing.page.getByText(message, { exact: false });
    await toast.waitFor();
    await editing.page.waitForTimeout(1000); // the notification slides in
    await editing.page.screenshot({ path: join(REPO_ROOT, 'test-results/admin-refused-save.png') });
    await toast.screenshot({ path: join(REPO_ROOT, 'test-results/admin-refused-save-message.png') });
    expect(readFileSync(file, 'utf8')).toBe(original);
    await expect(fieldInput(editing.page, 'adoptedAt').inputValue()).resolves.toBe('2021-02-31');
    await expect(fieldInput(editing.page, 'title').inputValue()).resolves.toBe(`${DIRECTIVE_TITLE} (правка)`);
  });

  it('previews a document in the site style: requisites, status, the text as typed', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, DIRECTIVE, DIRECTIVE_TITLE);
    const preview = editing.page.frameLocator('#preview-pane');
    await preview.getByText('Реквизиты').waitFor();
    const card = preview.locator('.requisites');
    await expect(card.innerText()).resolves.toMatch(/Вид документа\s+Распоряжение/);
    await expect(card.innerText()).resolves.toMatch(/Номер\s+№ 364-р/);
    // The project period (2021-01 – 2023-05) is over, so the document is no longer in force.
    await expect(card.locator('.badge').innerText()).resolves.toBe('Срок действия истёк');
    await typeBody(editing.page, '\n\nПримечание: {x} <y>');
    await preview.getByText('Примечание: {x} <y>').waitFor();
    await expect(preview.locator('style').count()).resolves.toBeGreaterThan(0);
  });
});

describe('markup typed into the text', () => {
  it('is saved as the text it is: a link to javascript: cannot be made by typing', async () => {
    const file = join(editing.repo.content, 'sites/tomsk-fip-toipkro.mdx');
    const original = readFileSync(file, 'utf8');
    const title = String((splitFrontmatter(original).data as { title: string }).title);
    await openEditor(editing.page, editing.admin.adminUrl, '/collections/sites/entries/tomsk-fip-toipkro', title);
    await typeBody(editing.page, '\n\n[ссылка](javascript:alert(1))');
    await publish(editing.page);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toBe(`${original}\n\\[ссылка](javascript:alert(1))\n`);
    expect(validateRepository(editing.repo.dir, editing.repo.content).report).toContain('ошибок: 0');
  });
});

describe('editing an existing document changes only what was edited', () => {
  const seeds = COLLECTION_NAMES.flatMap((collection) =>
    readdirSync(join(REPO_ROOT, 'content', collection))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({ collection, slug: name.replace(/\.mdx$/, ''), name })),
  );

  // Decap itself refuses to save a change that was undone before saving (the form is «saved»), so
  // the round trip goes through two real saves: an edit, then, reopened, the edit undone.
  it.each(seeds)('$collection/$slug: edit the title, save; restore it, save — byte for byte the original', async ({ collection, slug: entry, name }) => {
    const file = join(editing.repo.content, collection, name);
    const original = readFileSync(file, 'utf8');
    const value = String((splitFrontmatter(original).data as { title: string }).title);
    await openEditor(editing.page, editing.admin.adminUrl, `/collections/${collection}/entries/${entry}`, value);
    const title = fieldInput(editing.page, 'title');
    expect(await title.inputValue()).toBe(value);
    await retype(editing.page, 'title', `${value} — правка`);
    await publish(editing.page);
    const edited = readFileSync(file, 'utf8');
    const changed = edited.split('\n').filter((line, i) => line !== original.split('\n')[i]);
    expect(changed, 'only the title line differs').toEqual([expect.stringContaining('— правка')]);
    // Reopened from disk, as a person would the next day.
    await openEditor(editing.page, editing.admin.adminUrl, `/collections/${collection}/entries/${entry}`, `${value} — правка`);
    await retype(editing.page, 'title', value);
    await publish(editing.page);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('the admin where no dev server runs (a static host)', () => {
  it('says that local editing runs with pnpm start and where the production backends are described', async () => {
    const site = await serveDist();
    const reader = await editing.browser.newPage();
    try {
      await reader.goto(`${site.url}/admin/`);
      await reader.getByRole('heading', { name: 'Редактор здесь не подключён к хранилищу' }).waitFor();
      const text = await reader.locator('main').innerText();
      expect(text).toContain('npx -y pnpm@10.34.9 start');
      expect(text).toContain('docs/cms.md');
    } finally {
      await reader.close();
      await site.close();
    }
  });
});
