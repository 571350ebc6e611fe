import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateRepository } from '@stazhirovka/schema/validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyEditor, bodyPiece, openEditor, publish, retype, useAdminSite } from '../support/admin-page.ts';
import { buildSiteCopy } from '../support/site-copy.ts';
import { serveDist } from '../support/static-server.ts';

// The visual body editor (apps/admin/src/editor) in the real admin, in Debian Chromium, saving
// through the real editing backend into a temporary copy of content/.

const SLUG = 'omsk-polozhenie-o-msp-2021';
const ROUTE = `/collections/regulations/entries/${SLUG}`;
const TITLE = 'Положение о муниципальной стажировочной площадке «По профессиональному развитию педагогических работников»';
const CLAUSE = '1.2. Настоящее Положение определяет';
const TYPED = 'Проверка {x} <b> 1. * # конец';
const NEW_CLAUSE = '1. Пункт, набранный с номером';

const editing = useAdminSite();
let file: string;
let original: string;

beforeAll(async () => {
  file = join(editing.repo.content, 'regulations', `${SLUG}.mdx`);
  original = readFileSync(file, 'utf8');
});

const lineStarting = (text: string, start: string) => {
  const line = text.split('\n').find((l) => l.startsWith(start));
  if (!line) throw new Error(`no line starts with «${start}»`);
  return line;
};

/** Puts the caret at the end of the piece of text that contains `text`. */
async function caretAtEnd(text: string): Promise<void> {
  await bodyPiece(editing.page, text).click();
  await editing.page.keyboard.press('Control+End');
}

describe('a methodologist edits a regulation without markup', () => {
  it('shows the text as the reader sees it: no backslashes, numbering as text, lists, a table', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, ROUTE, TITLE);
    const editor = bodyEditor(editing.page);
    const text = await editor.innerText();
    expect(text).toContain('« 14 _____ » 2021 года');
    expect(text).toContain('1.1. Настоящее Положение о муниципальной стажировочной площадке');
    expect(text).not.toMatch(/\\[_.{}<>#*]|\\$/m);
    // «1.1.» is the clause's own text, not a list number the editor draws.
    await expect(editor.locator('li').filter({ hasText: '1.1. Настоящее' }).count()).resolves.toBe(0);
    await expect(editor.locator('ul > li').count()).resolves.toBeGreaterThan(5);
    await expect(editor.locator('table th').first().innerText()).resolves.toBe('№');
    for (const name of ['Ж — полужирный (Ctrl+B)', 'К — курсив (Ctrl+I)', 'Абзац после — текущего блока: новый абзац или пункт (Enter)']) {
      await expect(editing.page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
  });

  it('saves an edit of one clause as a change of exactly that clause', async () => {
    await caretAtEnd(CLAUSE);
    await editing.page.keyboard.type(' Дополнено.');
    await publish(editing.page);
    const clause = lineStarting(original, CLAUSE);
    expect(readFileSync(file, 'utf8')).toBe(original.replace(clause, `${clause} Дополнено.`));
  });

  it('an edit undone before saving leaves the file byte for byte as it was', async () => {
    const before = readFileSync(file, 'utf8');
    await openEditor(editing.page, editing.admin.adminUrl, ROUTE, TITLE);
    // Every paragraph with escapes the editor hides (`\\_`, line breaks) is rewritten by the
    // editor and must come out identical.
    await caretAtEnd('« 14 _____ » 2021 года');
    await editing.page.keyboard.type('!');
    await editing.page.keyboard.press('Backspace');
    await caretAtEnd('Директор департамента образования');
    await editing.page.keyboard.type('!');
    await editing.page.keyboard.press('Backspace');
    await retype(editing.page, 'title', `${TITLE} — правка`);
    await publish(editing.page);
    const saved = readFileSync(file, 'utf8');
    expect(saved.replace(`${TITLE} — правка`, TITLE)).toBe(before);
  });

  it('edits a list item, a table cell and a heading, each changing only its own line', async () => {
    const before = readFileSync(file, 'utf8');
    await openEditor(editing.page, editing.admin.adminUrl, ROUTE, `${TITLE} — правка`);
    await retype(editing.page, 'title', TITLE);
    await caretAtEnd('выстраивание индивидуальных траекторий');
    await editing.page.keyboard.type(' (пункт)');
    await caretAtEnd('не менее 5');
    await editing.page.keyboard.type(' | 6');
    await caretAtEnd('Общие положения');
    await editing.page.keyboard.type(' (раздел)');
    await publish(editing.page);
    const saved = readFileSync(file, 'utf8').split('\n');
    const changed = before.split('\n').flatMap((line, i) => (line === saved[i] ? [] : [[line, saved[i]]]));
    const item = lineStarting(before, '- выстраивание индивидуальных траекторий');
    expect(changed).toEqual([
      [`title: "${TITLE} — правка"`, `title: "${TITLE}"`],
      ['## 1. Общие положения', '## 1. Общие положения (раздел)'],
      [item, `${item} (пункт)`],
      ['| 1. | Количество стажировочных площадок в МР | не менее 5 |', '| 1. | Количество стажировочных площадок в МР | не менее 5 \\| 6 |'],
    ]);
  });

  it('saves whatever is typed as text: a valid file, numbering not turned into a list', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, ROUTE, TITLE);
    await caretAtEnd(CLAUSE);
    await editing.page.keyboard.press('Enter');
    await editing.page.keyboard.type(TYPED);
    await editing.page.keyboard.press('Enter');
    await editing.page.keyboard.type(NEW_CLAUSE);
    await publish(editing.page);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain('Проверка \\{x\\} \\<b\\> 1. \\* # конец\n\n1\\. Пункт, набранный с номером\n\n');
    expect(validateRepository(editing.repo.dir, editing.repo.content).report).toContain('ошибок: 0');
  });

  it('the site built from the saved file shows the typed characters and the numbering as text', async () => {
    const { outDir, result } = buildSiteCopy(editing.repo.dir, editing.repo.content);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const site = await serveDist(outDir);
    try {
      const reader = await editing.browser.newPage();
      await reader.goto(`${site.url}/regulations/${SLUG}/`);
      const main = reader.locator('main');
      await expect(main.innerText()).resolves.toContain(TYPED);
      await expect(main.locator('p').filter({ hasText: NEW_CLAUSE }).count()).resolves.toBe(1);
      await expect(main.locator('li').filter({ hasText: 'Пункт, набранный с номером' }).count()).resolves.toBe(0);
      await expect(main.locator('p').filter({ hasText: '1.1. Настоящее Положение' }).count()).resolves.toBe(1);
      await reader.close();
    } finally {
      await site.close();
    }
  });
});

describe('the editor from the keyboard', () => {
  it('reaches the toolbar with Tab, shows where focus is, adds a heading; Ctrl+B makes bold', async () => {
    await openEditor(editing.page, editing.admin.adminUrl, ROUTE, TITLE);
    await caretAtEnd('УТВЕРЖДАЮ');
    await editing.page.keyboard.press('Shift+Tab');
    const focused = editing.page.locator(':focus');
    await expect(focused.getAttribute('aria-label')).resolves.toBe('Заголовок после — текущего блока');
    await expect(focused.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe('solid');
    await editing.page.keyboard.press('Enter');
    await editing.page.keyboard.type('Раздел с клавиатуры');
    await caretAtEnd(CLAUSE);
    await editing.page.keyboard.type(' Это ');
    await editing.page.keyboard.press('Control+B');
    await editing.page.keyboard.type('важно');
    await editing.page.keyboard.press('Control+B');
    await editing.page.keyboard.type('.');
    await publish(editing.page);
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain('УТВЕРЖДАЮ\n\n## Раздел с клавиатуры\n\nДиректор');
    expect(lineStarting(saved, CLAUSE)).toMatch(/Дополнено\. Это \*\*важно\*\*\.$/);
  });
});

describe('the editor on screen', () => {
  const shots = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'body-editor-screenshots');

  it.each([[1400, 1000], [390, 844]])('at %i px wide the toolbar and the text fit and read in Russian', async (width, height) => {
    mkdirSync(shots, { recursive: true });
    await editing.page.setViewportSize({ width, height });
    await openEditor(editing.page, editing.admin.adminUrl, ROUTE, TITLE);
    await bodyPiece(editing.page, '1.1. Настоящее').scrollIntoViewIfNeeded();
    await bodyPiece(editing.page, '1.1. Настоящее').click();
    await editing.page.screenshot({ path: join(shots, `body-editor-${width}.png`) });
    const toolbar = editing.page.getByRole('toolbar', { name: 'Оформление текста' });
    const box = await toolbar.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width + 1).toBe(true);
    await expect(toolbar.innerText()).resolves.toContain('Абзац после');
    await editing.page.setViewportSize({ width: 1400, height: 1000 });
  });
});
