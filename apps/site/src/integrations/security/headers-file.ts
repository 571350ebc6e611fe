import { COMMON_HEADERS, MEDIA_POLICY, PAGE_POLICY, type Policy, SEARCH_WORKER_POLICY, serializePolicy } from './policy.ts';

/** Folders of the built site that are not pages of the site, each with its own rules or none. */
export const ADMIN_DIR = 'admin';
export const MEDIA_DIR = 'media';
/** The Pagefind bundle (integrations/search-index.ts BUNDLE_DIR). */
const SEARCH_DIR = 'pagefind';
const NOT_PAGES = new Set([ADMIN_DIR, MEDIA_DIR, SEARCH_DIR, '_astro']);

export interface HeaderRule {
  path: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * The rules of the `_headers` file for a built site whose HTML files are `htmlPaths` (relative,
 * `/`-separated). Hosts disagree on a header set by two matching rules (Netlify keeps the last,
 * Cloudflare Pages joins them, which for CSP means both policies apply), so the
 * Content-Security-Policy rules never overlap: one per top-level folder of pages, one per page
 * at the top, /admin/*, /media/* and the search worker's /pagefind/*. Headers every response
 * gets are under /*.
 */
export function headerRules(htmlPaths: readonly string[], adminPolicy: Policy): HeaderRule[] {
  const csp = (policy: Policy) => ({ 'Content-Security-Policy': serializePolicy(policy) });
  const folders = new Set<string>();
  const topPages: string[] = [];
  for (const path of htmlPaths) {
    const [first, ...rest] = path.split('/');
    if (rest.length === 0) topPages.push(first);
    else if (!NOT_PAGES.has(first)) folders.add(first);
  }
  const rules: HeaderRule[] = [{ path: '/*', headers: COMMON_HEADERS }];
  for (const page of topPages.sort()) {
    if (page === 'index.html') rules.push({ path: '/', headers: csp(PAGE_POLICY) });
    rules.push({ path: `/${page}`, headers: csp(PAGE_POLICY) });
  }
  for (const folder of [...folders].sort()) rules.push({ path: `/${folder}/*`, headers: csp(PAGE_POLICY) });
  rules.push({ path: `/${ADMIN_DIR}/*`, headers: csp(adminPolicy) });
  rules.push({ path: `/${MEDIA_DIR}/*`, headers: csp(MEDIA_POLICY) });
  rules.push({ path: `/${SEARCH_DIR}/*`, headers: csp(SEARCH_WORKER_POLICY) });
  return rules;
}

/** The `_headers` file (Netlify and Cloudflare Pages format): a path, then indented `Name: value` lines. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const head = [
    '# Security headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Generated at build by apps/site/src/integrations/security-headers.ts; see docs/security.md.',
  ];
  const blocks = rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${[head.join('\n'), ...blocks].join('\n\n')}\n`;
}
