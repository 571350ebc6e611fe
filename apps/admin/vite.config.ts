import { defineConfig } from 'vite';
import { ADMIN_PATH } from './src/build-output.ts';

// Decap is bundled from npm (no CDN) into a static app published at /admin/ of the site.
// Only CMS_* variables reach the bundle (backend choice, repository); none of them is a secret.
export default defineConfig({
  base: ADMIN_PATH,
  envPrefix: ['CMS_'],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Decap's main chunk is ~5 MB by nature; the warning would fire on every build.
    chunkSizeWarningLimit: 8000,
    rolldownOptions: {
      // Two pages: Decap at /admin/ and «Импорт из Word» at /admin/import/ (no Decap in its bundle).
      input: { main: 'index.html', import: 'import/index.html' },
      onwarn(warning, warn) {
        // Third-party code inside Decap ("use client" in jotai, eval in gray-matter): nothing
        // for this project to act on, and a wall of warnings hides the ones that matter.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'EVAL') return;
        warn(warning);
      },
    },
  },
  define: {
    // Some of Decap's dependencies still read Node's `global`.
    global: 'globalThis',
  },
});
