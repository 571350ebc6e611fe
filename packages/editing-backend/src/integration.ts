import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDirectory } from '@stazhirovka/schema/validate';
import { createEditingBackend } from './index.ts';

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * The parts of Astro's integration API this uses, stated structurally so the package does not
 * depend on Astro itself (as apps/admin/src/integration/admin-integration.ts does).
 */
export interface EditingBackendIntegration {
  name: string;
  hooks: {
    'astro:config:setup'(options: { command: string; updateConfig(config: { vite: { server: { cors: false } } }): unknown }): void;
    'astro:config:done'(options: { config: { publicDir: URL } }): void;
    'astro:server:setup'(options: { server: { middlewares: { use(fn: Middleware): unknown } }; logger: Logger }): void;
    'astro:server:start'(options: { address: { port: number }; logger: Logger }): void;
  };
}

/**
 * The editing backend on the dev server's own origin, in `astro dev` only (a built site has no
 * backend at all): content from `contentDirectory()` (CONTENT_DIR or content/), media in the
 * site's `<publicDir>/media`. A new token every time the dev server starts.
 */
export function editingBackend(): EditingBackendIntegration {
  let publicDir = '';
  return {
    name: 'stazhirovka:editing-backend',
    hooks: {
      'astro:config:setup'({ command, updateConfig }) {
        // Vite's dev server answers CORS for any localhost origin by default; nothing here is
        // meant for another origin, so the dev server sends no CORS headers at all.
        if (command === 'dev') updateConfig({ vite: { server: { cors: false } } });
      },
      'astro:config:done'({ config }) {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:server:setup'({ server, logger }) {
        const backend = createEditingBackend({
          contentDir: contentDirectory(),
          mediaDir: join(publicDir, 'media'),
          log: (message) => logger.warn(message),
        });
        server.middlewares.use((req, res, next) => {
          if (!backend.handle(req, res)) next();
        });
      },
      'astro:server:start'({ address, logger }) {
        logger.info(`Редактор: http://127.0.0.1:${address.port}/admin/ (записывает только в content/ и папку медиафайлов)`);
      },
    },
  };
}
