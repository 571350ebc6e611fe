import { describe, expect, it } from 'vitest';
import { BuildLog } from './build-log.ts';

// Lines as Astro 7 prints them (captured from a real build of this site).
const START = [
  '23:36:43 [build] Building static entrypoints...',
  '23:36:45 [build] Rearranging server assets...',
  '',
  ' generating static routes ',
  '23:36:45   ├─ /404.html (+12ms) ',
  '23:36:46   ├─ /regulations/omsk-polozhenie-o-msp-2021/index.html (+7ms) ',
].join('\n');

describe('BuildLog', () => {
  it('names the page whose rendering started and did not finish', () => {
    const log = new BuildLog();
    log.push(`${START}\n23:36:46   ├─ /regulations/tomsk-polozhenie-o-trenerakh-2020/index.html`);
    expect(log).toMatchObject({ phase: 'render', renderingRoute: '/regulations/tomsk-polozhenie-o-trenerakh-2020/index.html', renderedRoutes: 2 });
  });

  it('forgets a page once it is written, even when its line arrives in pieces', () => {
    const log = new BuildLog();
    log.push(`${START}\n23:36:46   ├─ /sites/x/ind`);
    log.push('ex.html');
    expect(log.renderingRoute).toBe('/sites/x/index.html');
    log.push(' (+3ms) \n');
    expect(log.renderingRoute).toBeUndefined();
    expect(log.renderedRoutes).toBe(3);
  });

  it('reads stderr on its own, so an error does not glue onto the unfinished page line', () => {
    const log = new BuildLog();
    log.push(`${START}\n23:36:46   ├─ /sites/x/index.html`, 'stdout');
    log.push('23:36:46 [ERROR] Error: render failed on purpose\n    at file:///x.mjs:1:1\n', 'stderr');
    log.push('23:36:46 [ERROR] [build] Caught error rendering /sites/x/: Error: render failed on purpose\n', 'stderr');
    expect(log).toMatchObject({ renderingRoute: '/sites/x/index.html', firstError: 'render failed on purpose' });
  });

  it('knows when the pages are done and the closing hooks run', () => {
    const log = new BuildLog();
    log.push(`${START}\n23:24:21 ✓ Completed in 700ms.\n\n`);
    expect(log.phase).toBe('finish');
    log.push('23:24:22 [build] Complete!\n');
    expect(log.phase).toBe('done');
  });

  it('notices V8 running out of heap and strips colour codes', () => {
    const log = new BuildLog();
    log.push('\x1b[32m[content] Syncing content\x1b[39m\n', 'stdout');
    log.push('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n', 'stderr');
    expect(log).toMatchObject({ phase: 'content', outOfMemory: true });
  });

  it('reads a route with the next line’s time stuck to it, and the page Astro says threw', () => {
    const log = new BuildLog();
    log.push(`${START}\n23:36:46   ├─ /sites/x/index.html23:36:46   ├─ /sites/y/index.html`, 'stdout');
    expect(log.renderingRoute).toBe('/sites/y/index.html');
    log.push('23:36:46 [ERROR] [build] Caught error rendering /sites/x/: Error: boom\n', 'stderr');
    expect(log.failedRoute).toBe('/sites/x/');
  });
});
