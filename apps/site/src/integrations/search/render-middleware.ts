import type { MiddlewareHandler } from 'astro';
import { pagePreparer } from './page-preparer.ts';

/**
 * Added to `astro build` only (../search-index.ts): each page, while its HTML is in memory, gets
 * what the search index needs (./page-for-index.ts), so Pagefind indexes the files from disk and no
 * page is read back after the build.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const prepare = pagePreparer();
  if (!prepare) throw new Error('The search index integration did not start: pages cannot be prepared for the index (apps/site/src/integrations/search-index.ts).');
  const html = await response.text();
  return new Response(await prepare(html, context.url.pathname), response);
};
