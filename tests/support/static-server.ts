import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { DIST_DIR } from './paths.ts';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves the built site on a free loopback port, the way a static host would. */
export async function serveDist(dir = DIST_DIR): Promise<RunningServer> {
  const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
