import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REQUIRED_PARTS, missingParts, publish, removeLeftovers, stagingPaths } from './atomic-output.ts';

let root: string;
let outDir: string;

function site(dir: string, marker: string, parts: readonly string[] = REQUIRED_PARTS): void {
  for (const part of parts) {
    mkdirSync(join(dir, part, '..'), { recursive: true });
    writeFileSync(join(dir, part), marker);
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atomic-output-'));
  outDir = join(root, 'dist');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('atomic output', () => {
  it('builds beside the output folder, on the same file system', () => {
    expect(stagingPaths(outDir, 42)).toEqual({
      staging: join(root, '.dist-next-42'),
      old: join(root, '.dist-old-42'),
      progress: join(root, '.dist-next-42.progress'),
      search: join(root, '.dist-next-42.search.json'),
    });
  });

  it('names the parts a build lacks', () => {
    site(outDir, 'x', ['index.html', 'admin/index.html']);
    expect(missingParts(outDir)).toEqual(['pagefind/pagefind.js', '_headers']);
  });

  it('publishes by replacing the old site whole, and leaves nothing beside it', () => {
    const { staging, old } = stagingPaths(outDir, 1);
    site(outDir, 'old');
    writeFileSync(join(outDir, 'gone.html'), 'a page the new build no longer has');
    site(staging, 'new');
    publish(staging, outDir, old);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(outDir, 'gone.html'))).toBe(false);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('publishes a first build when there was no site', () => {
    const { staging, old } = stagingPaths(outDir, 1);
    site(staging, 'new');
    publish(staging, outDir, old);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
  });

  it('removes what killed builds left, but not the folder of a build still running', () => {
    const dead = join(root, '.dist-next-999999999');
    const deadOld = join(root, '.dist-old-999999999');
    const running = join(root, `.dist-next-${process.ppid}`);
    for (const dir of [dead, deadOld, running, outDir]) mkdirSync(dir);
    writeFileSync(`${dead}.progress`, '');
    removeLeftovers(outDir);
    expect(readdirSync(root).sort()).toEqual([`.dist-next-${process.ppid}`, 'dist']);
  });
});
