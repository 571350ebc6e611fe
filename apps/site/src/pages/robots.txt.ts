import type { APIRoute } from 'astro';
import { ADMIN_PATH } from '@stazhirovka/admin/build-output';
import { SITEMAP_PATH } from '../integrations/sitemap.ts';

/** Everything is public except the editor; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: ${ADMIN_PATH}\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
