import type { MiddlewareHandler } from 'astro';
import { holdOutput } from '../../build/batched-output.ts';
import { recordPage } from '../../build/build-progress.ts';
import { pagePreparer } from './page-preparer.ts';

/**
 * Added to `astro build` only (../search-index.ts): each page, while its HTML is in memory, is
 * handed over to be prepared for the search index (./prepared-pages.ts), so no page is read back
 * after the build. The page itself is published as rendered. Bytes, not text: decoding and
 * encoding every page again cost the render thread ~4 s at 10 000 documents. It also records which
 * pages are rendering, for the failure report of a build that crashes (build/build-progress.ts),
 * and holds Astro's log lines back from the first page on (build/batched-output.ts).
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  holdOutput();
  recordPage('+', context.url.pathname);
  const response = await next();
  recordPage('-', context.url.pathname);
  if (!context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const prepare = pagePreparer();
  if (!prepare) throw new Error('The search index integration did not start: pages cannot be prepared for the index (apps/site/src/integrations/search-index.ts).');
  const html = new Uint8Array(await response.arrayBuffer());
  await prepare(html, context.url.pathname);
  return new Response(html, response);
};
