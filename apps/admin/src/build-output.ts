import { fileURLToPath } from 'node:url';

/**
 * What the admin app offers to whoever publishes it: where `vite build` puts it and the address
 * it is built for (vite.config.ts `base`). This is all the site reads from the admin package; the
 * site decides how to serve and copy it (apps/site/src/integrations/admin-app.ts).
 */
export const ADMIN_DIST = fileURLToPath(new URL('../dist', import.meta.url));
export const ADMIN_PATH = '/admin/';
