import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { DIST_DIR } from './paths.ts';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /**
   * Send the headers of the site's `_headers` file, as Netlify or Cloudflare Pages would (the
   * default). `false` is a host that ignores the file: the pages' <meta> policy is all there is.
   */
  headers?: boolean;
}

/** Serves the built site on a free loopback port, the way a static host would. */
export async function serveDist(dir = DIST_DIR, { headers = true }: ServeOptions = {}): Promise<RunningServer> {
  const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const file = join(dir, '_headers');
  const rules = headers && existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const path = decodeURI(new URL(req.url ?? '/', 'http://host').pathname);
    const notFound = () => {
      res.statusCode = 404;
      res.end('Not found');
    };
    // Hosts read _headers; they do not publish it.
    if (path === '/_headers') return notFound();
    for (const [name, { value }] of headersFor(rules, path)) res.setHeader(name, value);
    handler(req, res, notFound);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
