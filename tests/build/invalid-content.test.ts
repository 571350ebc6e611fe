import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR, DIST_DIR, REPO_ROOT } from '../support/paths.ts';
import { siteEnv } from '../support/site-copy.ts';

const SITE_DIR = join(REPO_ROOT, 'apps/site');
const ASTRO = join(SITE_DIR, 'node_modules/astro/bin/astro.mjs');
const VALIDATE = join(REPO_ROOT, 'packages/schema/src/validate/cli.ts');

let content: string;

beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(CONTENT_DIR, content, { recursive: true });
});
afterEach(() => rmSync(content, { recursive: true, force: true }));

/** Copies a real document and breaks one thing in it, the way a hurried edit would. */
function breakDocument(name: string, edit: (source: string) => string): string {
  const file = join(content, 'regulations', name);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return readFileSync(file, 'utf8');
}

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, args, { cwd, env: siteEnv({ CONTENT_DIR: content }), encoding: 'utf8' });
}

describe('invalid content is never published', () => {
  it('validate names the file and field, exits non-zero and writes nothing', () => {
    const broken = breakDocument('priozersk-rasporyazhenie-364-r.mdx', (s) => s.replace('adoptedAt: "2021-03-11"', 'adoptedAt: "2021-02-31"'));
    const result = run([VALIDATE, REPO_ROOT, content], REPO_ROOT);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'priozersk-rasporyazhenie-364-r.mdx: «Дата принятия» (adoptedAt): «2021-02-31» — такой даты нет; укажите ГГГГ-ММ-ДД',
    );
    expect(readFileSync(join(content, 'regulations/priozersk-rasporyazhenie-364-r.mdx'), 'utf8')).toBe(broken);
  });

  it('the build refuses a script in a document and leaves the published site as it was', () => {
    const page = join(DIST_DIR, 'index.html');
    const before = { html: readFileSync(page, 'utf8'), mtime: statSync(page).mtimeMs };
    breakDocument('omsk-polozhenie-o-msp-2021.mdx', (s) => `${s}\n<script>alert('x')</script>\n`);
    const result = run([ASTRO, 'build'], SITE_DIR);
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /omsk-polozhenie-o-msp-2021\.mdx:\d+: «Текст документа» \(body\): тег <script> запрещён/,
    );
    expect(readFileSync(page, 'utf8')).toBe(before.html);
    expect(statSync(page).mtimeMs).toBe(before.mtime);
  });

  it('the build refuses an unknown reference and names where it points', () => {
    const file = join(content, 'instructions/tambov-dokumentoved.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- "tambov-rukovoditel"', '- "tambov-rukovodtel"'));
    const result = run([ASTRO, 'build'], SITE_DIR);
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tambov-dokumentoved.mdx: «Подчиняется → № 1» (reportsTo[0]): «tambov-rukovodtel» — такой записи нет в разделе «Инструкции»',
    );
  });
});
