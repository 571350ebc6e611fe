import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content-files.ts';
import { CONTENT_DIR, DIST_DIR } from '../support/paths.ts';
import { buildSiteCopy } from '../support/site-copy.ts';

const TYPED = 'Проверка: "прямые кавычки", -- двойной дефис, --- тройной, многоточие... и \'апостроф\'.';
const EXAMPLE = 'practices/primer-keys-vzaimoobuchenie';
const work: string[] = [];

/** Builds a copy of the site from a copy of the content, edited by `edit`. */
function build(edit: (content: string) => void, env: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-build-'));
  work.push(dir);
  cpSync(CONTENT_DIR, join(dir, 'content'), { recursive: true });
  edit(join(dir, 'content'));
  const { outDir, result } = buildSiteCopy(dir, join(dir, 'content'), env);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

afterAll(() => work.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the published text', () => {
  it('keeps straight quotes, double hyphens and three dots exactly as typed (no "smart" typography)', () => {
    const dist = build((content) => appendFileSync(join(content, `${EXAMPLE}.mdx`), `\n${TYPED}\n`));
    const html = readFileSync(join(dist, EXAMPLE, 'index.html'), 'utf8');
    expect(parse(html).querySelector('main')?.text.replace(/\s+/g, ' ')).toContain(TYPED);
  });

  it('is the same byte for byte when the bodies are rendered in worker threads, as in a large first build', () => {
    const dist = build(() => undefined, { SITE_RENDER_WORKERS: '1' });
    const pages = contentFiles().map(({ collection, slug }) => join(collection, slug, 'index.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(readFileSync(join(dist, page), 'utf8'), page).toBe(readFileSync(join(DIST_DIR, page), 'utf8'));
  });

  it('leaves sample cases out of a production build with SITE_EXCLUDE_EXAMPLES=1', () => {
    const dist = build(() => undefined, { SITE_EXCLUDE_EXAMPLES: '1' });
    const index = readFileSync(join(dist, 'practices/index.html'), 'utf8');
    expect(index).not.toContain(`/${EXAMPLE}/`);
    expect(() => readFileSync(join(dist, EXAMPLE, 'index.html'))).toThrow();
    expect(readFileSync(join(dist, 'regulations/index.html'), 'utf8')).toContain('/regulations/priozersk-rasporyazhenie-364-r/');
  });
});
