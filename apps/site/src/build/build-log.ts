/** The step of `astro build` the log last reached. */
export type BuildPhase = 'setup' | 'content' | 'compile' | 'render' | 'finish' | 'done';

// Markers Astro 7 prints at the start of each step (core/build/index.js, generate.js). If a
// future Astro words them differently the report only gets vaguer, it never gets wrong.
const PHASE_MARKERS: [RegExp, BuildPhase][] = [
  [/\[content\] Syncing content/, 'content'],
  [/Building static entrypoints/, 'compile'],
  [/generating static routes|prerendering static routes/, 'render'],
  [/\[build\] Complete!/, 'done'],
];
// `  ├─ /regulations/x/index.html` is written when a page starts rendering; ` (+9ms)` is appended
// to the same line when it is written to disk.
// With two pages rendering at once the next page's line can start right after a route, so a
// time stuck to it is not part of it.
const ROUTE_START = /[├└]─ (\/\S*?)(?:\d\d:\d\d:\d\d)?(?=\s|$)/g;
// Astro names the page an exception came from.
const FAILED_ROUTE = /\[ERROR\]\s*\[build\] Caught error rendering (\/\S*?): /;
const ROUTE_END = /\((?:\+[\d.]+\s*m?s|cached|restored)\)/;
const RENDER_END = /✓ Completed in/;
const ERROR_LINE = /\[ERROR\]\s*(?:\[[^\]]+\]\s*)?(?:Caught error rendering \S+: )?(?:Error: )?(.*)$/;
// eslint-disable-next-line no-control-regex -- ANSI colour codes, when Astro thinks it has a terminal.
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * Follows the output of `astro build` as it streams and remembers where the build was: the step,
 * the page being rendered, the first error Astro printed. Only what a failure report needs.
 */
export class BuildLog {
  phase: BuildPhase = 'setup';
  /** The page whose rendering started and has not finished, as Astro names it: `/regulations/x/index.html`. */
  renderingRoute: string | undefined;
  /** Pages written so far. */
  renderedRoutes = 0;
  /** The page an exception was thrown in, as Astro names it: `/regulations/x/`. */
  failedRoute: string | undefined;
  /** The first `[ERROR]` message, without Astro's prefixes. */
  firstError: string | undefined;
  /** Whether V8 reported running out of heap (it then aborts the process). */
  outOfMemory = false;
  private partial = { stdout: '', stderr: '' };

  /** Feeds a chunk of one of the two streams; each is split into lines on its own. */
  push(chunk: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
    const lines = (this.partial[stream] + chunk.replace(ANSI, '')).split('\n');
    const partial = lines.pop() ?? '';
    this.partial[stream] = partial;
    for (const line of lines) this.read(line, true);
    // A crash leaves the route line unfinished: read it now, it will be read again when complete.
    if (partial) this.read(partial, false);
  }

  private read(line: string, complete: boolean): void {
    for (const [marker, phase] of PHASE_MARKERS) if (marker.test(line)) this.phase = phase;
    // «✓ Completed in …» after the pages: the integrations' `astro:build:done` hooks run next
    // (search index, admin copy, security headers).
    if (this.phase === 'render' && complete && RENDER_END.test(line)) this.phase = 'finish';
    if (/heap out of memory|Allocation failed - JavaScript heap|Reached heap limit/.test(line)) this.outOfMemory = true;
    const failed = FAILED_ROUTE.exec(line);
    if (failed && !this.failedRoute) this.failedRoute = failed[1];
    const error = ERROR_LINE.exec(line);
    if (error && !this.firstError && error[1].trim()) this.firstError = error[1].trim();
    const routes = [...line.matchAll(ROUTE_START)].map((match) => match[1]);
    if (routes.length === 0) return;
    if (!ROUTE_END.test(line)) {
      this.renderingRoute = routes.at(-1);
      return;
    }
    if (complete) this.renderedRoutes++;
    // Two routes on one line: one of them ended, the log does not say which; the last is a guess
    // (the failure report prefers build-progress.ts).
    if (routes.length > 1) this.renderingRoute = routes.at(-1);
    else if (this.renderingRoute === routes[0]) this.renderingRoute = undefined;
  }
}
