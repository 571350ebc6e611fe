import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, REPO_ROOT } from '../support/paths.ts';

const SITE_DIR = join(REPO_ROOT, 'apps/site');
const ASTRO = join(SITE_DIR, 'node_modules/astro/bin/astro.mjs');
const TYPED = 'Проверка: "прямые кавычки", -- двойной дефис, --- тройной, многоточие... и \'апостроф\'.';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'verbatim-'));
  cpSync(CONTENT_DIR, join(work, 'content'), { recursive: true });
  appendFileSync(join(work, 'content/practices/primer-keys-vzaimoobuchenie.mdx'), `\n${TYPED}\n`);
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', join(work, 'dist')], {
    cwd: SITE_DIR,
    env: { ...process.env, CONTENT_DIR: join(work, 'content') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('text is published exactly as typed', () => {
  it('keeps straight quotes, double hyphens and three dots (no "smart" typography)', () => {
    const html = readFileSync(join(work, 'dist/practices/primer-keys-vzaimoobuchenie/index.html'), 'utf8');
    const text = parse(html).querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain(TYPED);
  });
});
