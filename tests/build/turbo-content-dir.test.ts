import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, REPO_ROOT } from '../support/paths.ts';
import { turboWorkspace } from '../support/turbo-workspace.ts';

// The content lives outside the repository (CONTENT_DIR), the site is built by the real turbo with
// its cache: an edit there must reach the published page, never a replay of the previous build.
const dir = mkdtempSync(join(tmpdir(), 'turbo-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Not `<workspace>/../content`: the site's turbo inputs name `../../content/**`, which would see it.
const content = join(dir, 'elsewhere', 'content');
cpSync(CONTENT_DIR, content, { recursive: true });
const workspace = join(dir, 'workspace');
mkdirSync(workspace);
const { siteRoot, run } = turboWorkspace(workspace);
const BUILD = [process.execPath, join(REPO_ROOT, 'scripts/build.ts')];
const DOCUMENT = 'regulations/priozersk-rasporyazhenie-364-r';
const page = () => readFileSync(join(siteRoot, 'dist', DOCUMENT, 'index.html'), 'utf8');
const output = (result: { stdout: string; stderr: string }) => `${result.stdout}${result.stderr}`;

describe('turbo with CONTENT_DIR outside the repository', () => {
  it('rebuilds after an edit there and replays the cache only when nothing changed', { timeout: 900_000 }, () => {
    const first = run(BUILD, { CONTENT_DIR: content });
    expect(first.status, output(first)).toBe(0);
    expect(page()).not.toContain('Проверкакэша');

    appendFileSync(join(content, `${DOCUMENT}.mdx`), '\nПроверкакэша после правки.\n');
    const edited = run(BUILD, { CONTENT_DIR: content });
    expect(edited.status, output(edited)).toBe(0);
    expect(output(edited)).toContain('cache miss');
    expect(page()).toContain('Проверкакэша после правки.');

    const again = run(BUILD, { CONTENT_DIR: content });
    expect(again.status, output(again)).toBe(0);
    expect(output(again)).toContain('FULL TURBO');
  });

  it('refuses a bare `turbo run build` with CONTENT_DIR, whose cache could not see the folder', () => {
    const bare = run(['turbo', 'run', 'build'], { CONTENT_DIR: content });
    expect(bare.status).not.toBe(0);
    expect(output(bare)).toContain('CONTENT_DIR');
    expect(output(bare)).toContain('запустите сборку командой `pnpm build` (она считает CONTENT_HASH)');
  });
});
