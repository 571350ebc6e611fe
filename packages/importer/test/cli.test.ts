import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTION_NAMES } from '@stazhirovka/schema';
import { splitFrontmatter } from '@stazhirovka/schema/validate';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(HERE, '../../..');
const CLI = join(HERE, '../src/cli/main.ts');
const FIXTURES = join(HERE, 'fixtures');

let content: string;
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'import-'));
  content = join(work, 'content');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function importer(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: FIXTURES, env: { ...process.env, CONTENT_DIR: content, INIT_CWD: FIXTURES }, encoding: 'utf8' });
  return { ...result, all: `${result.stdout}${result.stderr}` };
}

const files = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);

describe('pnpm run import', { timeout: 90_000 }, () => {
  it('--dry-run --json prints one JSON object with requisites, outline and target, and writes nothing', () => {
    const run = importer('docx/polozhenie-soglasovano-utverzhdayu.docx', '--dry-run', '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    const [doc] = report.files[0].documents;
    expect(doc.requisites).toMatchObject({
      kind: 'Положение',
      title: 'Положение о школьной стажировочной площадке «Формирующее оценивание»',
      date: '2023-08-30',
      approval: { heading: 'УТВЕРЖДАЮ', authority: 'Директор МАОУ «Лицей № 2»', name: 'Е.П. Орлова', act: 'Приказ № 112' },
      agreement: { heading: 'СОГЛАСОВАНО', name: 'Н.С. Белова', act: 'Протокол № 3', date: '2023-08-28' },
    });
    expect(doc.target).toBe(join(content, 'regulations/polozhenie-o-shkolnoy-stazhirovochnoy-ploschadke.mdx'));
    expect(doc.outline.map((node: { number: string }) => node.number)).toEqual(['1', '2', '3']);
    expect(doc.outline[1].children.map((node: { number: string }) => node.number)).toEqual(['2.1', '2.2', '2.3']);
    expect(doc.frontmatter).toMatchObject({ kind: 'regulation', issuer: 'МАОУ «Лицей № 2»', level: 'organization' });
    // A school's own положение names no region, and needs none.
    expect(doc.frontmatter).not.toHaveProperty('region');
    expect(doc.needsHuman).toEqual([]);
    expect(files(content)).toEqual([]);
  });

  it('writes content/<collection>/<slug>.mdx from a Windows-1251 text, says so in Russian, and never overwrites without --force', () => {
    const first = importer('cp1251/prikaz-80-od.txt');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`cp1251/prikaz-80-od.txt, кодировка Windows-1251: документов — 1\n✔ Записан ${join(content, 'regulations/prikaz-80-od.mdx')} (раздел «Документы»)`);
    expect(first.stdout).toContain('Приказ № 80-ОД от 01.09.2022 «Об организации работы стажировочной площадки»');
    const target = join(content, 'regulations/prikaz-80-od.mdx');
    const { data, body } = splitFrontmatter(readFileSync(target, 'utf8'));
    expect(data).toMatchObject({ kind: 'order', number: '80-ОД', adoptedAt: '2022-09-01', source: 'prikaz-80-od.txt' });
    expect(body).toContain('1\\. Организовать работу стажировочной площадки');

    writeFileSync(target, 'edited by a methodologist');
    const again = importer('cp1251/prikaz-80-od.txt');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`✖ Не записан: уже есть ${target}`);
    expect(again.stderr).toContain('Чтобы заменить его, запустите с --force.');
    expect(readFileSync(target, 'utf8')).toBe('edited by a methodologist');

    const forced = importer('cp1251/prikaz-80-od.txt', '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('✔ Перезаписан');
    expect(readFileSync(target, 'utf8')).toContain('number: "80-ОД"');
  });

  it('--collection puts the documents where the methodologist says', () => {
    const run = importer('text/programma-stazhirovki.txt', '--collection', 'regulations', '--dry-run', '--json');
    expect(JSON.parse(run.stdout).files[0].documents[0].collection).toBe('regulations');
    expect(importer('text/blank-date.txt', '--collection', 'laws').stderr).toContain(
      `Раздела «laws» нет; укажите один из: ${COLLECTION_NAMES.join(', ')}.`,
    );
  });

  it('explains unreadable files, unknown formats and non-documents in Russian, without a stack trace', () => {
    writeFileSync(join(work, 'broken.docx'), 'это не zip');
    writeFileSync(join(work, 'empty.docx'), zipSync({ 'hello.txt': strToU8('не Word') }));
    writeFileSync(join(work, 'letter.txt'), 'Коллеги, встреча переносится на пятницу.\nСпасибо!\n');
    writeFileSync(join(work, 'old.doc'), 'x');
    writeFileSync(join(work, 'scan.pdf'), '%PDF-1.4');
    const run = importer('missing.txt', join(work, 'broken.docx'), join(work, 'empty.docx'), join(work, 'letter.txt'), join(work, 'old.doc'), join(work, 'scan.pdf'));
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `✖ «${join(FIXTURES, 'missing.txt')}»: такого файла нет; проверьте путь к файлу.`,
      '✖ «broken.docx»: это не документ Word .docx (файл повреждён или переименован); откройте его в Word и сохраните как .docx.',
      '✖ «empty.docx»: документ Word не читается (в архиве нет текста документа); откройте его в Word и сохраните заново как .docx.',
      '✖ «letter.txt»: не похоже на официальный документ: не найдены ни вид документа (положение, приказ, инструкция…), ни пронумерованные пункты. Проверьте, тот ли это файл.',
      '✖ «old.doc»: старый формат Word (.doc) не поддерживается; откройте файл в Word и сохраните как .docx.',
      '✖ «scan.pdf»: формат «.pdf» не поддерживается; нужен .docx или .txt.',
    ]);
    expect(run.all).not.toMatch(/\n\s+at /);
    expect(files(content)).toEqual([]);
  });
});

describe('end to end: a Word file becomes an entry that validate accepts', () => {
  it('pnpm run import on a .docx into a copy of the content, then pnpm validate passes', () => {
    cpSync(join(REPO_ROOT, 'content'), content, { recursive: true });
    // The pnpm running the tests (`pnpm test` sets npm_execpath), else the pinned one, as in the README.
    const execPath = process.env.npm_execpath;
    const [command, prefix] = execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath]] : ['npx', ['-y', 'pnpm@10.34.9']];
    const pnpm = (...args: string[]) =>
      spawnSync(command, [...prefix, ...args], { cwd: REPO_ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
    const imported = pnpm('run', 'import', join(FIXTURES, 'docx/prilozheniya-forma.docx'));
    expect(imported.status, imported.stderr).toBe(0);
    const target = join(content, 'regulations/polozhenie-o-konkurse-na-prisvoenie-statusa-munitsipalnoy.mdx');
    expect(imported.stdout).toContain(`✔ Записан ${target}`);
    expect(imported.stdout).not.toContain('Заполнить или проверить вручную');
    const validated = pnpm('validate');
    expect(validated.status, validated.stdout).toBe(0);
    expect(validated.stdout).toMatch(/Проверено файлов: \d+; ошибок: 0;/);
    expect(validated.stdout).not.toContain('polozhenie-o-konkurse');
    expect(readFileSync(target, 'utf8')).toContain('## ЗАЯВКА на участие в конкурсе');
  }, 120_000);
});
