import { defineConfig } from 'vitest/config';

// Three layers (see ARCHITECTURE.md): pure rules, the built site's HTML, and the built
// site and admin driven in Debian Chromium. The last two need `pnpm build` first (`pnpm test` does it).
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'tests/support/**/*.test.ts'],
        },
      },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        // Hostile and broken input against every path: content, frontmatter, media, saves, builds.
        test: {
          name: 'hostile',
          include: ['tests/hostile/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
