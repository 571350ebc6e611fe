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
 *
 * The page's bytes are taken and given back without copies: every buffer outside V8's heap
 * counts towards the ~64 MB of them that start a full garbage collection of the render thread's
 * ~200 MB heap. Reading the response whole and making a new one from bytes copied each page
 * twice, and at 10 000 documents the render thread made 64–73 full collections instead of 25,
 * running 80–90 % of its time instead of 98 %.
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  holdOutput();
  recordPage('+', context.url.pathname);
  const response = await next();
  recordPage('-', context.url.pathname);
  if (!context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const prepare = pagePreparer();
  if (!prepare) throw new Error('The search index integration did not start: pages cannot be prepared for the index (apps/site/src/integrations/search-index.ts).');
  const html = await bodyBytes(response);
  await prepare(html, context.url.pathname);
  return new Response(streamOf(html), response);
};

/** The response's bytes: the body's one chunk as it is (Astro renders a page into one), else joined. */
async function bodyBytes(response: Response): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  if (response.body) for await (const chunk of response.body) chunks.push(chunk);
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** A body of these bytes that `new Response` takes without copying them (it copies a Uint8Array). */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}
