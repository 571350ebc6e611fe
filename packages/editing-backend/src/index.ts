import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_MEDIA_BYTES } from '@stazhirovka/schema/media';
import { ACTIONS } from './actions.ts';
import { checkRequest } from './guard.ts';
import { API_PREFIX, apiPath, type EditingSession, SESSION_PATH } from './protocol.ts';
import { Refusal, refuse } from './refusal.ts';
import { Store } from './store.ts';

export { API_PREFIX, apiPath, SESSION_PATH } from './protocol.ts';

/** Largest request: one upload of the largest allowed file, base64-encoded, plus its entry. */
export const MAX_BODY_BYTES = Math.ceil((MAX_MEDIA_BYTES * 4) / 3) + 2 * 1024 * 1024;

export interface EditingBackendOptions {
  /** `content/` (or CONTENT_DIR): the collection folders live here. */
  contentDir: string;
  /** The site's `<publicDir>/media`; created on the first upload if missing. */
  mediaDir: string;
  /** Fixed only by tests; otherwise a new random token per run. */
  token?: string;
  /** Where refusals and failures are reported for the developer (the terminal). */
  log?: (message: string) => void;
}

export interface EditingBackend {
  token: string;
  /** What the session address answers, root-relative. */
  session: EditingSession;
  /**
   * Answers a request under `/api/editing/` and returns true; returns false for any other
   * address, to be passed on (a middleware's `next()`).
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

/** The whole body, refused past the limit before it is all read. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new Refusal(413, `запрос больше ${Math.round(MAX_BODY_BYTES / 1024 / 1024)} МБ; файл не должен быть больше ${MAX_MEDIA_BYTES / 1024 / 1024} МБ`);
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseRequest(body: Buffer): { action: string; params: Record<string, unknown> } {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return refuse(400, 'запрос не в формате JSON');
  }
  const { action, params } = (json ?? {}) as { action?: unknown; params?: unknown };
  if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action)) refuse(403, `действие «${String(action)}» редактор не выполняет`);
  return { action: action as string, params: typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {} };
}

/**
 * The editing backend: the only writer while a methodologist edits locally. It speaks Decap's
 * proxy-backend protocol, behind the guard (loopback, own Host and Origin, per-run token, JSON
 * POST only), reads and writes only `content/<collection>/<slug>.mdx` and the media folder, and
 * writes a save only if `validate` would pass it.
 */
export function createEditingBackend(options: EditingBackendOptions): EditingBackend {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const store = new Store(options.contentDir, options.mediaDir);
  const log = options.log ?? ((message) => console.warn(message));
  const session: EditingSession = { proxyUrl: apiPath(token) };
  // One request at a time: a save validates against the files as they are, then writes.
  let queue: Promise<unknown> = Promise.resolve();

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '';
    const shown = url.startsWith(API_PREFIX) && url !== SESSION_PATH ? `${API_PREFIX}…` : url;
    let action = '';
    try {
      const route = checkRequest(
        { method: req.method ?? '', url, headers: req.headers, localPort: req.socket.localPort ?? 0, remoteAddress: req.socket.remoteAddress ?? '' },
        token,
      );
      if (route.kind === 'session') return send(res, 200, session);
      const request = parseRequest(await readBody(req));
      action = request.action;
      const run = queue.then(() => ACTIONS[request.action](store, request.params));
      queue = run.catch(() => undefined);
      send(res, 200, (await run) ?? null);
    } catch (error) {
      if (error instanceof Refusal) {
        log(`editing backend: ${req.method} ${shown}${action && ` ${action}`} refused (${error.status}): ${error.message}`);
        if (error.status === 413) res.once('finish', () => req.destroy());
        return send(res, error.status, { error: error.message });
      }
      log(`editing backend: ${req.method} ${shown}${action && ` ${action}`} failed: ${(error as Error).stack ?? String(error)}`);
      send(res, 500, { error: 'внутренняя ошибка редактора; подробности — в терминале, где запущен pnpm start' });
    }
  }

  return {
    token,
    session,
    handle(req, res) {
      if (!(req.url ?? '').startsWith(API_PREFIX)) return false;
      void respond(req, res);
      return true;
    },
  };
}
