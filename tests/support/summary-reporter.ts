import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

type UnhandledErrors = Parameters<NonNullable<Reporter['onTestRunEnd']>>[1];

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Counts a run the way CI must read it. A test file that fails to load, a hook that throws outside
 * any test and an unhandled error each count as a failure, though no test case records them; and a
 * run Vitest itself calls failed never reads as `0 failed`.
 */
export function summarize(
  modules: ReadonlyArray<TestModule>,
  unhandledErrors: UnhandledErrors,
  reason: TestRunEndReason,
): Summary {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') counts.failed++;
      else counts.skipped++;
    }
    counts.failed += module.errors().length;
  }
  counts.failed += unhandledErrors.length;
  if (reason !== 'passed' && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** Prints the plain closing line CI reads: `N passed, N failed, N skipped`. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: UnhandledErrors,
    reason: TestRunEndReason,
  ): void {
    const { passed, failed, skipped } = summarize(modules, unhandledErrors, reason);
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
