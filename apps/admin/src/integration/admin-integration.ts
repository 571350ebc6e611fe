import { cpSync, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** The built admin app (`vite build` in apps/admin); turbo builds it before the site. */
export const ADMIN_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist');
/** The address the admin is published at, in development and in the built site. */
export const ADMIN_PATH = '/admin/';

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/**
 * The parts of Astro's integration API this uses, stated structurally so the admin package does
 * not depend on Astro itself.
 */
export interface AdminIntegration {
  name: string;
  hooks: {
    'astro:server:setup'(options: { server: { middlewares: { use(fn: Middleware): unknown } } }): void;
    'astro:build:done'(options: { dir: URL }): void;
  };
}

function missingAdmin(): Error {
  return new Error(`The admin is not built (${ADMIN_DIST} is missing): run \`pnpm build\` (turbo builds apps/admin first).`);
}

/** Serves `dir` under `prefix`, leaving every other request to the next handler. */
function mount(prefix: string, dir: string): Middleware {
  const serve = sirv(dir, { dev: true, etag: true });
  return (req, res, next) => {
    if (!req.url?.startsWith(prefix)) return next();
    const original = req.url;
    req.url = req.url.slice(prefix.length - 1);
    serve(req, res, () => {
      req.url = original;
      next();
    });
  };
}

/**
 * Puts the Decap admin at /admin/ of the site: in `astro dev` it is served from apps/admin/dist
 * (together with the last built Pagefind index, so search works too), and `astro build` copies it
 * into the site's dist/. The admin page is `noindex` and carries no `data-pagefind-body`, so it is
 * neither indexed by search engines nor by the site search.
 */
export function adminIntegration({ siteDist }: { siteDist?: string } = {}): AdminIntegration {
  return {
    name: 'stazhirovka:admin',
    hooks: {
      'astro:server:setup'({ server }) {
        server.middlewares.use((req, res, next) => {
          if (req.url !== '/admin') return next();
          res.statusCode = 301;
          res.setHeader('location', ADMIN_PATH);
          res.end();
        });
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(ADMIN_PATH) || existsSync(ADMIN_DIST)) return next();
          res.statusCode = 503;
          res.end(missingAdmin().message);
        });
        server.middlewares.use(mount(ADMIN_PATH, ADMIN_DIST));
        if (siteDist) server.middlewares.use(mount('/pagefind/', join(siteDist, 'pagefind')));
      },
      'astro:build:done'({ dir }) {
        if (!existsSync(join(ADMIN_DIST, 'index.html'))) throw missingAdmin();
        cpSync(ADMIN_DIST, join(fileURLToPath(dir), 'admin'), { recursive: true });
      },
    },
  };
}
