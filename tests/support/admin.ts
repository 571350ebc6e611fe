import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { MEDIA_FOLDER } from '@stazhirovka/schema';
import { createEditingBackend, type EditingBackend } from '@stazhirovka/editing-backend';
import sirv from 'sirv';
import { CONTENT_DIR, REPO_ROOT } from './paths.ts';

export const ADMIN_DIST = join(REPO_ROOT, 'apps/admin/dist');

export interface TempRepo {
  dir: string;
  content: string;
  /** `<dir>/apps/site/public/media`, as in the repository. */
  media: string;
  remove: () => void;
}

/** A throwaway repository: a copy of content/ and an empty media folder, never the real ones. */
export function makeTempRepo(): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'admin-repo-'));
  cpSync(CONTENT_DIR, join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, MEDIA_FOLDER), { recursive: true });
  return { dir, content: join(dir, 'content'), media: join(dir, MEDIA_FOLDER), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Every file, folder and link under `dir` with a hash of its bytes (a link by its target): two
 * snapshots are equal only if nothing at all was written, created, removed or re-pointed.
 */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    const stat = lstatSync(path);
    const key = relative(dir, path) || '.';
    if (stat.isSymbolicLink()) out[key] = `link → ${readlinkSync(path)}`;
    else if (stat.isDirectory()) {
      out[key] = 'dir';
      for (const name of readdirSync(path)) walk(join(path, name));
    } else out[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
  };
  walk(dir);
  return out;
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export interface EditingSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `<origin>/admin/` */
  adminUrl: string;
  backend: EditingBackend;
  /** What the backend refused, as it tells the terminal. */
  refusals: string[];
  close: () => Promise<void>;
}

/**
 * The built admin at /admin/, the editing backend under /api/editing/ and the media folder at
 * /media/, on one free loopback origin, as `astro dev` serves them (packages/editing-backend's
 * integration), editing the temporary repository `repo`.
 */
export async function serveEditingSite(repo: TempRepo): Promise<EditingSite> {
  const refusals: string[] = [];
  const backend = createEditingBackend({ contentDir: repo.content, mediaDir: repo.media, log: (line) => refusals.push(line) });
  const admin = sirv(ADMIN_DIST, { dev: false, etag: true, single: false });
  const media = sirv(repo.media, { dev: true, dotfiles: false });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.end('Not found');
  };
  const server: Server = createServer((req, res) => {
    if (backend.handle(req, res)) return;
    for (const [prefix, serve] of [['/admin/', admin], ['/media/', media]] as const) {
      if (!req.url?.startsWith(prefix)) continue;
      req.url = req.url.slice(prefix.length - 1);
      return serve(req, res, () => notFound(res));
    }
    notFound(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    adminUrl: `${origin}/admin/`,
    backend,
    refusals,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
