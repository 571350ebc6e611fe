import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../support/paths.ts';
import { buildCopy, copySite, siteEnv } from '../support/site-copy.ts';

// A crash while building must never cost the published site: each case breaks a real build of a
// site copy in a different way and checks that the previous dist/ is byte-for-byte what it was,
// that nothing half-built is left beside it, and that the Russian report names the document.

let work: string;
let site: string;
let content: string;
let outDir: string;

const REGULATION = 'tomsk-polozhenie-o-trenerakh-2020';
const SITE = 'tomsk-fip-toipkro';
const PROGRAM = 'omsk-programma-msp';

/** Every file of a folder with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, path);
    try {
      files[path] = createHash('sha256').update(readFileSync(full)).digest('hex');
    } catch {
      // a folder
    }
  }
  return files;
}

/** Makes the page of one entry misbehave while it renders, the way a bug in a page would. */
function sabotage(collection: string, slug: string, statement: string): () => void {
  const page = join(site, 'src/pages', collection, '[slug].astro');
  const original = readFileSync(page, 'utf8');
  writeFileSync(page, original.replace(/^---\n/, `---\nif (Astro.params.slug === '${slug}') { ${statement} }\n`));
  return () => writeFileSync(page, original);
}

const build = (env: Record<string, string> = {}) => buildCopy(site, outDir, content, env);
const output = (result: { stdout: string; stderr: string }) => `${result.stdout}\n${result.stderr}`;
/** The report the wrapper ends with (stderr, after Astro's own output). */
const report = (result: { stderr: string }) => result.stderr.slice(result.stderr.indexOf('✖ Сайт не опубликован'));
const leftovers = () => readdirSync(work).filter((name) => name.startsWith('.dist-'));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'atomic-build-'));
  content = join(work, 'content');
  cpSync(CONTENT_DIR, content, { recursive: true });
  site = copySite(work);
  outDir = join(work, 'dist');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a failed build never costs the published site', () => {
  it('a first build that crashes creates no dist/ and says there was none', () => {
    const restore = sabotage('regulations', REGULATION, "throw new Error('render failed on purpose')");
    const result = build();
    restore();
    expect(result.status).not.toBe(0);
    expect(existsSync(outDir)).toBe(false);
    expect(leftovers()).toEqual([]);
    expect(report(result)).toContain(`Прежней сборки нет: ${outDir} не создан.`);
  });

  let published: Record<string, string>;

  it('a successful build publishes a complete site', () => {
    const result = build();
    expect(result.status, output(result)).toBe(0);
    expect(result.stdout).toContain(`✓ Сайт собран и опубликован: ${relative(site, outDir)}`);
    for (const part of ['index.html', 'pagefind/pagefind.js', 'admin/index.html', `regulations/${REGULATION}/index.html`]) {
      expect(existsSync(join(outDir, part)), part).toBe(true);
    }
    expect(leftovers()).toEqual([]);
    published = snapshot(outDir);
    expect(Object.keys(published).length).toBeGreaterThan(100);
  });

  it('an exception in a page: dist/ unchanged, the document and its page named', () => {
    const restore = sabotage('regulations', REGULATION, "throw new Error('render failed on purpose')");
    const result = build();
    restore();
    expect(result.status).not.toBe(0);
    expect(snapshot(outDir)).toEqual(published);
    expect(leftovers()).toEqual([]);
    expect(report(result)).toBe(
      [
        '✖ Сайт не опубликован: сборка завершилась с ошибкой (код 1): render failed on purpose.',
        `  Где: ${content}/regulations/${REGULATION}.mdx (страница /regulations/${REGULATION}/).`,
        '  Что делать: проверьте недавние правки в этом файле; если он в порядке, это ошибка в коде сайта — передайте разработчикам сообщения сборки выше.',
        `  Опубликованный сайт (${outDir}) остался прежним.\n`,
      ].join('\n'),
    );
  });

  it('a segmentation fault (SIGSEGV) while rendering: dist/ unchanged, the document named', () => {
    const restore = sabotage('sites', SITE, "process.kill(process.pid, 'SIGSEGV')");
    const result = build();
    restore();
    expect(result.status).not.toBe(0);
    expect(snapshot(outDir)).toEqual(published);
    expect(leftovers()).toEqual([]);
    expect(report(result)).toContain('✖ Сайт не опубликован: процесс сборки аварийно остановился (SIGSEGV) без сообщения об ошибке.');
    expect(report(result)).toContain(`  Где: ${content}/sites/${SITE}.mdx (страница /sites/${SITE}/).`);
  });

  it('killed by the system for lack of memory (SIGKILL): dist/ unchanged, the document named', () => {
    const restore = sabotage('programs', PROGRAM, "process.kill(process.pid, 'SIGKILL')");
    const result = build();
    restore();
    expect(result.status).not.toBe(0);
    expect(snapshot(outDir)).toEqual(published);
    expect(leftovers()).toEqual([]);
    expect(report(result)).toContain('процесс сборки принудительно остановлен (SIGKILL); обычно так система останавливает процесс, которому не хватило памяти.');
    expect(report(result)).toContain(`  Где: ${content}/programs/${PROGRAM}.mdx (страница /programs/${PROGRAM}/).`);
    expect(report(result)).toContain('NODE_OPTIONS=--max-old-space-size=8192');
  });

  it('out of JavaScript heap while rendering: dist/ unchanged, the document named', () => {
    // Holds on to ever more memory until V8 gives up and aborts the process.
    const restore = sabotage('programs', PROGRAM, 'const hoard = []; for (;;) hoard.push(new Array(1e6).fill(hoard.length));');
    const result = build({ NODE_OPTIONS: '--max-old-space-size=768' });
    restore();
    expect(result.status).not.toBe(0);
    expect(snapshot(outDir)).toEqual(published);
    expect(leftovers()).toEqual([]);
    expect(report(result)).toContain('✖ Сайт не опубликован: сборке не хватило памяти (JavaScript heap out of memory).');
    expect(report(result)).toContain(`  Где: ${content}/programs/${PROGRAM}.mdx (страница /programs/${PROGRAM}/).`);
  });

  it('Ctrl-C in the middle of a build: dist/ unchanged, nothing half-built left', async () => {
    const child = spawn(process.execPath, [join(site, 'src/build/cli.ts'), '--outDir', outDir, '--force'], {
      cwd: site,
      env: siteEnv({ CONTENT_DIR: content }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const interrupted = new Promise<void>((done) =>
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('generating static routes')) done();
      }),
    );
    await interrupted;
    child.kill('SIGINT');
    const code = await new Promise<number | null>((done) => child.once('close', done));
    expect(code).not.toBe(0);
    expect(snapshot(outDir)).toEqual(published);
    expect(leftovers()).toEqual([]);
    expect(report({ stderr })).toContain('✖ Сайт не опубликован: сборка прервана (SIGINT).');
  });

  it('a successful rebuild replaces dist/ with the new site', () => {
    const file = join(content, 'regulations', `${REGULATION}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1 (новая редакция)"'));
    const result = build();
    expect(result.status, output(result)).toBe(0);
    // Only the edited file is checked and rendered again; the others come from the content store.
    expect(output(result)).toMatch(/content: \d+ files valid \(1 checked and rendered, \d+ unchanged\)/);
    expect(readFileSync(join(outDir, 'regulations', REGULATION, 'index.html'), 'utf8')).toContain('(новая редакция)');
    expect(snapshot(outDir)).not.toEqual(published);
    expect(leftovers()).toEqual([]);
  });

  it('a build with nothing changed keeps dist/ as it is and says so; a changed setting builds again', () => {
    const before = snapshot(outDir);
    const unchanged = build();
    expect(unchanged.status, output(unchanged)).toBe(0);
    expect(unchanged.stdout).toContain('✓ Сайт не изменился');
    expect(output(unchanged)).not.toContain('generating static routes');
    expect(snapshot(outDir)).toEqual(before);
    // «Today» decides statuses and the calendar: another day is another site.
    const nextDay = build({ SITE_TODAY: '2031-01-01' });
    expect(nextDay.status, output(nextDay)).toBe(0);
    expect(output(nextDay)).toContain('generating static routes');
  });
});
