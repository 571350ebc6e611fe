import { cpSync, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** What the site publishes of the admin, and the search index the dev server lends it. */
export interface AdminAppOptions {
  /** The built admin app (the admin package's ADMIN_DIST). */
  dist: string;
  /** Its address on the site, e.g. `/admin/` (the admin package's ADMIN_PATH). */
  path: string;
  /** In `astro dev`, also serve the last built search index: its folder and address. */
  search?: { dir: string; url: string };
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
 * Puts the Decap admin at its address on the site: in `astro dev` it is served from its build
 * folder (with the last built Pagefind index, so search works too), and `astro build` copies it
 * into the site's dist/. The admin app knows nothing of the site; the site is told only where the
 * admin's build lands and at which address it expects to run. The admin page is `noindex` and
 * carries no `data-pagefind-body`, so neither search engines nor the site search index it.
 */
export function adminApp({ dist, path, search }: AdminAppOptions): AstroIntegration {
  const missing = () => new Error(`The admin is not built (${dist} is missing): run \`pnpm build\` (turbo builds apps/admin first).`);
  return {
    name: 'stazhirovka:admin',
    hooks: {
      'astro:server:setup'({ server }) {
        server.middlewares.use((req, res, next) => {
          if (req.url !== path.replace(/\/$/, '')) return next();
          res.statusCode = 301;
          res.setHeader('location', path);
          res.end();
        });
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(path) || existsSync(dist)) return next();
          res.statusCode = 503;
          res.end(missing().message);
        });
        server.middlewares.use(mount(path, dist));
        if (search) server.middlewares.use(mount(search.url, search.dir));
      },
      'astro:build:done'({ dir }) {
        if (!existsSync(join(dist, 'index.html'))) throw missing();
        cpSync(dist, join(fileURLToPath(dir), path), { recursive: true });
      },
    },
  };
}
