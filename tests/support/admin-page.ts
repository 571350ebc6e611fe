import { API_PREFIX } from '@stazhirovka/editing-backend/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type EditingSite, makeTempRepo, serveEditingSite, type TempRepo } from './admin.ts';
import { launchChromium } from './chromium.ts';

/**
 * Opens the admin logged in to the local editing backend (no account: «Войти» is one click). The
 * admin finds the backend on its own origin, so each test's backend is the one it talks to.
 */
export async function openAdmin(browser: Browser, adminUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'ru-RU' });
  // Decap rejects a save refused by validation with `undefined`, and one refused by the editing
  // backend with its APIError (reported as «Object»); both are expected and silent.
  page.on('pageerror', (error) => {
    if (error.stack || !['undefined', 'Object'].includes(error.message)) console.error('admin page error:', error.stack || error.message);
  });
  // «Leave with unsaved changes?» — yes: each test says what it saves.
  page.on('dialog', (dialog) => dialog.accept().catch(() => undefined));
  await page.goto(adminUrl);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByText('Коллекции').waitFor();
  return page;
}

export interface AdminSite {
  repo: TempRepo;
  admin: EditingSite;
  browser: Browser;
  /** The admin, logged in (`openAdmin`). */
  page: Page;
}

/**
 * A temporary repository, the editing site on it and Chromium with the admin open, once for the
 * calling test file, all closed and removed after it. The fields are filled in `beforeAll`: read
 * them inside hooks and tests, not at import time.
 */
export function useAdminSite(): AdminSite {
  const site = {} as AdminSite;
  beforeAll(async () => {
    site.repo = makeTempRepo();
    site.admin = await serveEditingSite(site.repo);
    site.browser = await launchChromium();
    site.page = await openAdmin(site.browser, site.admin.adminUrl);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.admin?.close();
    site.repo?.remove();
  });
  return site;
}

/**
 * Navigates inside the admin (hash routes) and waits for the editor form; with `title`, waits
 * until the form shows that entry (the previous entry's form can linger for a moment).
 */
export async function openEditor(page: Page, adminUrl: string, route: string, title?: string): Promise<void> {
  // Decap's editor does not reload when only the entry in the address changes; leaving it first does.
  await page.goto(`${adminUrl}#/collections/${route.split('/')[2]}`);
  await page.getByText('Коллекции').waitFor();
  await page.goto(`${adminUrl}#${route}`);
  const input = fieldInput(page, 'title');
  await input.waitFor();
  if (title === undefined) return;
  for (let i = 0; i < 100 && (await input.inputValue()) !== title; i++) await page.waitForTimeout(100);
}

/** The input of a top-level field, found by its schema key (Decap ids are `<name>-field-<n>`). */
export const fieldInput = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`).first();

/**
 * Replaces a text field's value the way a person does (select all, type over it). Playwright's
 * `fill` right after a save can land in Decap's re-rendering input and append instead.
 */
export async function retype(page: Page, name: string, value: string): Promise<void> {
  const input = fieldInput(page, name);
  await input.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(value);
  const shown = await input.inputValue();
  if (shown !== value) throw new Error(`field ${name} shows «${shown}» after typing «${value}»`);
}

/**
 * Picks an entry in a relation field by typing part of its title, as a person would; `option`
 * is the entry's title (the picker shows it followed by the entry's facts).
 */
export async function pickRelation(page: Page, name: string, search: string, option: string): Promise<void> {
  const input = fieldInput(page, name);
  await input.click();
  await page.keyboard.type(search);
  await page.getByRole('option').filter({ hasText: option }).first().click();
}

/** The visual body editor (apps/admin/src/editor/BodyEditor.tsx). */
export const bodyEditor = (page: Page) => page.locator('.body-editor');

/** The editable piece of the body whose text contains `text`. */
export const bodyPiece = (page: Page, text: string) => bodyEditor(page).getByRole('textbox').filter({ hasText: text }).first();

/** Types at the end of the body, as a person does: a blank line in `text` is Enter (a new paragraph). */
export async function typeBody(page: Page, text: string): Promise<void> {
  await bodyEditor(page).getByRole('textbox').last().click();
  await page.keyboard.press('Control+End');
  const paragraphs = text.split('\n\n');
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(paragraph);
  }
}

/** The editing backend's answer to the next save. */
export const nextSave = (page: Page) => page.waitForResponse((response) => response.url().includes(API_PREFIX) &&
  (response.request().postData() ?? '').includes('"persistEntry"'));

/** «Опубликовать» → «Опубликовать сейчас», and waits for the editing backend to confirm the write. */
export async function publish(page: Page): Promise<void> {
  const saved = nextSave(page);
  await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
  await page.getByText('Опубликовать сейчас').click();
  const response = await saved;
  if (!response.ok()) throw new Error(`the editing backend refused the save: ${response.status()} ${await response.text()}`);
  await page.getByText('Несохранённых изменений нет').waitFor();
}
