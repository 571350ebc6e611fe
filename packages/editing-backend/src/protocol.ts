// What the admin (in the browser) and the editing backend (in `astro dev`) agree on. Plain
// constants: this module is bundled into the admin.

// Every address ends in «/»: the site is built with `trailingSlash: 'always'`, and `astro dev`
// answers 404 to an address without one before any integration's middleware sees it.

/** Same-origin address the admin asks for the per-run API address. */
export const SESSION_PATH = '/api/editing/session/';
/** Every address of the editing backend starts with this. */
export const API_PREFIX = '/api/editing/';

/** The API address for one run: the secret token is part of the path. */
export const apiPath = (token: string) => `${API_PREFIX}${token}/v1/`;

/** What `GET SESSION_PATH` answers. */
export interface EditingSession {
  /** Root-relative, for Decap's proxy backend (`proxy_url`). */
  proxyUrl: string;
}

/** The session's proxy URL if `value` is a well-formed session answer. */
export function proxyUrlOf(value: unknown): string | undefined {
  const proxyUrl = (value as Partial<EditingSession> | null)?.proxyUrl;
  return typeof proxyUrl === 'string' && /^\/api\/editing\/[A-Za-z0-9_-]{20,}\/v1\/$/.test(proxyUrl) ? proxyUrl : undefined;
}
