import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { adminIntegration } from '@stazhirovka/admin/integration';
import { defineConfig } from 'astro/config';
import { contentGuard, refuseMdxCode } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { clauseAnchors } from './src/lib/clause-anchors.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // The Decap admin at /admin/: served from apps/admin/dist in dev, copied into dist/ on build.
  integrations: [contentGuard(), mdx(), searchIndex(), adminIntegration({ siteDist: fileURLToPath(new URL('./dist', import.meta.url)) })],
  // Permanent ids and «¶» links for every numbered clause and section of legal texts.
  // Legal text is shown exactly as written: no "smart" quotes, dashes or ellipses.
  // The MDX compiler refuses code itself too, whatever the content guard's parser saw.
  markdown: { processor: satteri({ mdastPlugins: [refuseMdxCode], hastPlugins: [clauseAnchors] }), smartypants: false },
  build: { format: 'directory' },
  // No client JS by default; nothing is prefetched or loaded from outside the site.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries a "use client"-style directive that rolldown reports once per file.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
