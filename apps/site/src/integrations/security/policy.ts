/**
 * Content-Security-Policy of the public site, as directive → sources. Everything a page loads is
 * its own: scripts and styles are external files under /_astro/ (Astro is told never to inline
 * them, see astro.config.mjs), so no inline script, style or handler is allowed anywhere, and an
 * injected one does not run. See docs/security.md for each directive and why.
 */
export type Policy = Readonly<Record<string, readonly string[]>>;

export const PAGE_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  // Pagefind fetches its index from /pagefind/.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Header only: a <meta> policy cannot say who may frame the page (X-Frame-Options says it too).
  'frame-ancestors': ["'none'"],
};

/**
 * Pagefind's search runs in a Web Worker (/pagefind/pagefind-worker.js), and a worker is governed
 * by the policy sent with its own script, not by the page's: so the search page needs no
 * 'wasm-unsafe-eval', and the worker gets only that, plus fetching the index from this site.
 */
export const SEARCH_WORKER_POLICY: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'wasm-unsafe-eval'"],
  'connect-src': ["'self'"],
};

/**
 * Uploads (/media/): nothing in them may run or load anything, even when opened directly — an SVG
 * with <script> or an HTML file is shown as an inert document in a unique origin.
 */
export const MEDIA_POLICY: Policy = { 'default-src': ["'none'"], sandbox: [] };

// Browsers ignore these in <meta http-equiv> (and warn about them in the console).
const HEADER_ONLY = new Set(['frame-ancestors', 'sandbox', 'report-uri', 'report-to']);

/** The policy as a header value; `forMeta` leaves out what a <meta> element cannot carry. */
export function serializePolicy(policy: Policy, { forMeta = false } = {}): string {
  return Object.entries(policy)
    .filter(([directive]) => !forMeta || !HEADER_ONLY.has(directive))
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * The policy as a `<meta http-equiv>` element. Its sources are written as they are (`'self'`, not
 * `&#39;self&#39;`): none contains `"` or `&`, and the page check compares this exact text.
 */
export function policyMeta(policy: Policy): string {
  return `<meta http-equiv="Content-Security-Policy" content="${serializePolicy(policy, { forMeta: true })}">`;
}

/** Headers every response gets, whatever it is. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  // Nothing on the site uses these; a page (or anything injected into one) cannot ask for them.
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), ' +
    'magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
};
