import { describe, expect, it } from 'vitest';
import { fieldInput, openEditor, useAdminSite } from '../support/admin-page.ts';

// What the admin says, read off the real admin (apps/admin/dist) in Chromium: Decap's Russian
// with its mistakes corrected, counts that agree, the site's own entry screen, entry lists that
// tell documents apart, and a site picker that puts the best match first.

const editing = useAdminSite();

/** The text as it is written in the page (before CSS capitals), spaces collapsed. */
const pageText = async () => (await editing.page.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');

/** Decap 3.16's Russian that reads wrong: each was on screen before the override. */
const OLD_WORDING = [
  '(необязательный)', 'Изменения сохранены', 'Несохраненные изменения', '＋', 'Проверить предварительный просмотр',
  'По убывания', 'Cтатус', 'Запись в коллекцию', 'Необходимо указать значение поля', 'Полужиный',
];

describe('the admin speaks Russian', () => {
  it('shows the site name and mark on the entry screen, not Decap’s logo', async () => {
    const entry = await editing.browser.newPage({ locale: 'ru-RU' });
    await entry.goto(editing.admin.adminUrl);
    const logo = entry.locator('img[src$="logo.svg"]');
    await logo.waitFor();
    await expect(logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBeGreaterThan(0);
    const svg = await (await fetch(new URL('logo.svg', editing.admin.adminUrl))).text();
    expect(svg).toContain('Стажировочные площадки');
    await entry.close();
  });

  it('says «необязательно», counts in agreement and no «Изменения сохранены» on a new empty entry', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, '/collections/practices/new');
    const text = await pageText();
    for (const old of OLD_WORDING) expect(text, `old wording «${old}»`).not.toContain(old);
    expect(text).not.toMatch(/\b0 (шаги|авторы|материалы)\b/);
    expect(text).toContain('Год (необязательно)');
    expect(text).toContain('0 шагов');
    expect(text).toContain('0 авторов');
    expect(text).toContain('Несохранённых изменений нет');
    expect(text).toContain('Добавить в список «Шаги»');
  });

  it('says «1 приложение» for a document with one appendix, and counts up as items are added', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, '/collections/regulations/entries/priozersk-rasporyazhenie-364-r', 'Об организации деятельности стажировочной площадки');
    let text = await pageText();
    expect(text).toContain('1 приложение');
    expect(text).not.toContain('1 приложения');
    await openEditor(editing.page, editing.admin.adminUrl, '/collections/practices/new');
    for (let i = 0; i < 2; i++) await editing.page.getByRole('button', { name: 'Добавить в список «Шаги»' }).click();
    text = await pageText();
    expect(text).toContain('2 шага');
  });

  it('lists documents with kind, number, date, place and status', async () => {
    await editing.page.goto(`${editing.admin.adminUrl}#/collections/regulations`);
    const card = editing.page.getByText(/^Об организации деятельности стажировочной площадки — /);
    await card.waitFor();
    await expect(card.textContent()).resolves.toBe(
      'Об организации деятельности стажировочной площадки — Распоряжение, №\u00a0364-р, от 11.03.2021, Приозерский муниципальный район, Ленинградская область, Срок действия истёк',
    );
    const text = await pageText();
    for (const old of OLD_WORDING) expect(text, `old wording «${old}»`).not.toContain(old);
    expect(text).toContain('Создать: Документ');
  });

  it('puts the Priozersk site first for «Приозер», with its district, not cut short', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, '/collections/practices/new');
    await fieldInput(editing.page, 'site').click();
    await editing.page.keyboard.type('Приозер');
    const first = editing.page.getByRole('option').first();
    await first.filter({ hasText: 'Приозерский муниципальный район' }).waitFor();
    await expect(first.textContent()).resolves.toBe(
      'Муниципальная стажировочная площадка по повышению качества образования в школах с низкими образовательными результатами — Стажировочная площадка, Приозерский муниципальный район, Ленинградская область, Работа завершена',
    );
    // The whole label is on screen: the option wraps instead of cutting it with an ellipsis.
    await expect(first.evaluate((option) => option.scrollWidth <= option.clientWidth && getComputedStyle(option).whiteSpace !== 'nowrap')).resolves.toBe(true);
  });
});
