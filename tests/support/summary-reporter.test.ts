import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './paths.ts';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/reporter');

describe('the closing line CI reads', () => {
  it('counts a file that fails to load and an unhandled error as failures, and the run fails', () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', join(FIXTURE, 'vitest.config.ts')], {
      cwd: FIXTURE,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    const closing = run.stdout.trim().split('\n').at(-1);
    expect(run.status).not.toBe(0);
    expect(closing).toBe('2 passed, 2 failed, 0 skipped');
  }, 60_000); // a whole Vitest run in a child process
});
