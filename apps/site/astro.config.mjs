// @ts-check
// A `.mjs` config is loaded by Node itself (which strips the types of the `.ts` files it imports);
// a `.ts` one goes through a Vite server of its own first, ~0.35 s of every build and dev start.
import { fileURLToPath } from 'node:url';
import { ADMIN_DIST, ADMIN_PATH } from '@stazhirovka/admin/build-output';
import { editingBackend } from '@stazhirovka/editing-backend/integration';
import { defineConfig } from 'astro/config';
import { adminApp } from './src/integrations/admin-app.ts';
import { batchedOutput } from './src/build/batched-output.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { markdownProcessor } from './src/integrations/content-render.ts';
import { devSearch } from './src/integrations/dev-search.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { SEARCH_BUNDLE_DIR, SEARCH_BUNDLE_URL } from './src/lib/search/search-bundle.ts';

const dist = fileURLToPath(new URL('./dist', import.meta.url));

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // securityHeaders() comes last: it reads every page the others wrote (docs/security.md).
  // The Decap admin at /admin/: served from apps/admin/dist in dev, copied into dist/ on build.
  // In `astro dev` only, the guarded editing backend it saves through, on the same origin.
  integrations: [
    // First: Astro's log lines, held back while pages render, are written out before the others report.
    batchedOutput(),
    contentGuard(),
    searchIndex(),
    editingBackend(),
    sitemap(),
    adminApp({ dist: ADMIN_DIST, path: ADMIN_PATH, search: { dir: `${dist}/${SEARCH_BUNDLE_DIR}`, url: SEARCH_BUNDLE_URL } }),
    // In `astro dev` only: the pages saved since the server started, searchable beside that index.
    devSearch({ builtIndex: `${dist}/${SEARCH_BUNDLE_DIR}` }),
    securityHeaders(),
  ],
  // Content bodies are rendered by this processor in the content loader (src/integrations/content-loader.ts):
  // clause anchors, legal text as written, MDX-only differences refused (see content-render.ts).
  markdown: { processor: markdownProcessor() },
  // Every script and stylesheet is a file under /_astro/, never inlined, so the
  // Content-Security-Policy allows no inline code at all (docs/security.md).
  // Two pages at a time: while one waits for its folder and file to be written, the next renders
  // (render at 10 000 documents 34–42 → 28–34 s, docs/performance.md). Pages share no state but
  // what lib/content.ts computes once, synchronously; a failed build names the pages it stopped in
  // from build/build-progress.ts, since Astro's log interleaves them.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // No client JS by default; nothing is prefetched or loaded from outside the site.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Small scripts would be inlined into the page (and small assets into data: URLs).
      assetsInlineLimit: 0,
    },
  },
});
