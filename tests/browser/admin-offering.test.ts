import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSlug } from '@stazhirovka/schema';
import { splitFrontmatter, validateRepository } from '@stazhirovka/schema/validate';
import { describe, expect, it } from 'vitest';
import { fieldInput, openEditor, pickRelation, publish, typeBody, useAdminSite } from '../support/admin-page.ts';

// A methodologist announces an offering in the real admin, on a temporary copy of content/.

const editing = useAdminSite();

const TITLE = 'Семинар «Проектные задачи на уроках математики»';
const slug = toSlug(TITLE);
const offeringFiles = () => readdirSync(join(editing.repo.content, 'offerings')).sort();

/** Picks an option of a select field (Decap's react-select) by its Russian label. */
async function choose(name: string, option: string) {
  await fieldInput(editing.page, name).click();
  await editing.page.getByText(option, { exact: true }).click();
}

describe('a methodologist creates an offering in the admin', () => {
  it('refuses a session time written the wrong way and says how to write it', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, '/collections/offerings/new');
    await fieldInput(editing.page, 'title').fill(TITLE);
    await editing.page.getByRole('button', { name: 'Добавить в список «Даты и время»' }).click();
    await fieldInput(editing.page, 'start').fill('15.12.2026 10:00');
    await editing.page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
    await editing.page.getByText('Опубликовать сейчас').click();
    await editing.page.getByText(/укажите дату и местное время в виде ГГГГ-ММ-ДД ЧЧ:ММ/).first().waitFor();
    expect(offeringFiles()).not.toContain(`${slug}.mdx`);
  });

  it('saves the offering with its kind, site, session, format and sign-up as valid frontmatter', async () => {
    // After a refused save Decap re-renders the input: type over it as a person would.
    await fieldInput(editing.page, 'start').click();
    await editing.page.keyboard.press('Control+A');
    await editing.page.keyboard.insertText('2026-12-15 10:00');
    await fieldInput(editing.page, 'end').fill('2026-12-15 13:00');
    await choose('kind', 'Семинар');
    await pickRelation(editing.page, 'site', 'Омск', 'Муниципальная стажировочная площадка «По профессиональному развитию педагогических работников»');
    await choose('format', 'Очный');
    await fieldInput(editing.page, 'email').fill('zapis@example.org');
    await fieldInput(editing.page, 'deadline').fill('2026-12-10');
    await typeBody(editing.page, 'Описание семинара.');
    await publish(editing.page);

    expect(offeringFiles()).toContain(`${slug}.mdx`);
    const data = splitFrontmatter(readFileSync(join(editing.repo.content, 'offerings', `${slug}.mdx`), 'utf8')).data;
    expect(data).toMatchObject({
      title: TITLE,
      kind: 'seminar',
      site: 'omsk-msp-professionalnoe-razvitie',
      sessions: [{ start: '2026-12-15 10:00', end: '2026-12-15 13:00' }],
      format: 'in-person',
      signup: { email: 'zapis@example.org', deadline: '2026-12-10' },
    });
    expect(validateRepository(editing.repo.dir, editing.repo.content).report).toContain('ошибок: 0');
  });

  it('previews the offering with its dates and sign-up the way the site shows them', async () => {
    const preview = editing.page.frameLocator('#preview-pane');
    const card = preview.locator('.requisites');
    await card.waitFor();
    await expect(card.innerText()).resolves.toMatch(/Даты и время\s+15 декабря 2026 г\., 10:00–13:00/);
    await expect(card.innerText()).resolves.toMatch(/Как записаться\s+zapis@example\.org; запись до 10 декабря 2026 г\./);
  });
});
