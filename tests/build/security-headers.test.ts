import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';
import { DIST_DIR } from '../support/paths.ts';

// The built site's security headers: a CSP <meta> in every page, the same policy (plus what a
// <meta> cannot say) in _headers for every kind of address, and nothing in the pages the policy
// would block. Browser tests (tests/browser/security-headers.test.ts) check it in Chromium.

const htmlFiles = readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.html'))
  .map((path) => path.split(sep).join('/'))
  .sort();
const publicPages = htmlFiles.filter((path) => !path.startsWith('admin/') && !path.startsWith('media/'));
const rules = parseHeadersFile(readFileSync(join(DIST_DIR, '_headers'), 'utf8'));

/** `default-src 'self'; …` → { 'default-src': ["'self'"], … } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

const urlOf = (path: string) => `/${path}`.replace(/index\.html$/, '');
const metaPolicy = (path: string) =>
  parse(readFileSync(join(DIST_DIR, path), 'utf8')).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');

function headerPolicy(url: string): string {
  const csp = headersFor(rules, url).get('content-security-policy');
  if (!csp) throw new Error(`_headers gives ${url} no Content-Security-Policy`);
  // Netlify and Cloudflare Pages disagree on two rules setting one header: there must be one.
  expect(csp.from, url).toHaveLength(1);
  return csp.value;
}

describe('Content-Security-Policy in the pages', () => {
  it('every page carries it as a <meta>, before anything it could govern', () => {
    expect(publicPages.length).toBeGreaterThan(25);
    for (const path of htmlFiles.filter((p) => !p.startsWith('media/'))) {
      const html = readFileSync(join(DIST_DIR, path), 'utf8');
      const head = html.slice(0, html.indexOf('<meta http-equiv="Content-Security-Policy"'));
      expect(head, path).toMatch(/^<!doctype html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8"\s*\/?>$/i);
    }
  });

  it('public pages, search included, allow only their own scripts and styles', () => {
    for (const path of publicPages) {
      const policy = directives(metaPolicy(path) ?? '');
      expect(policy['script-src'], path).toEqual(["'self'"]);
      expect(policy['style-src'], path).toEqual(["'self'"]);
      expect(policy['default-src'], path).toEqual(["'self'"]);
      expect(policy['object-src'], path).toEqual(["'none'"]);
      expect(policy['base-uri'], path).toEqual(["'self'"]);
      expect(policy['form-action'], path).toEqual(["'self'"]);
      // Browsers ignore frame-ancestors in a <meta> and say so in the console.
      expect(policy['frame-ancestors'], path).toBeUndefined();
    }
  });

  it('public pages contain nothing the policy would block: no inline script, style or handler', () => {
    for (const path of publicPages) {
      const root = parse(readFileSync(join(DIST_DIR, path), 'utf8'));
      // JSON-LD blocks are data: the browser runs no `application/ld+json` (docs/security.md).
      expect(root.querySelectorAll('script:not([src]):not([type="application/ld+json"])').length, `${path}: inline <script>`).toBe(0);
      expect(root.querySelectorAll('style').length, `${path}: inline <style>`).toBe(0);
      expect(root.querySelectorAll('[style]').map((el) => el.tagName), `${path}: style attribute`).toEqual([]);
      const handlers = root.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((name) => /^on/i.test(name)));
      expect(handlers, `${path}: inline handler`).toEqual([]);
      // Built files, plus the one hand-written classic script that applies the reader's
      // «версия для слабовидящих» settings before the first paint (apps/site/public/reading-settings.js).
      for (const link of root.querySelectorAll('script[src], link[rel="stylesheet"]')) {
        expect(link.getAttribute('src') ?? link.getAttribute('href'), path).toMatch(/^\/(_astro\/|reading-settings\.js$)/);
      }
    }
  });

  it('the editor has its own policy, which runs no inline script', () => {
    const policy = directives(metaPolicy('admin/index.html') ?? '');
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['connect-src']).toContain("'self'");
  });
});

describe('_headers', () => {
  it('gives every page the policy of its <meta>, plus frame-ancestors, from exactly one rule', () => {
    for (const path of publicPages) {
      const expected = `${metaPolicy(path)}; frame-ancestors 'none'`;
      expect(headerPolicy(urlOf(path)), urlOf(path)).toBe(expected);
      expect(headerPolicy(`/${path}`), `/${path}`).toBe(expected);
    }
  });

  it('covers the editor, its assets, and every kind of page, one rule each', () => {
    const admin = `${metaPolicy('admin/index.html')}; frame-ancestors 'none'`;
    for (const url of ['/admin/', '/admin/index.html', '/admin/assets/index.js']) expect(headerPolicy(url), url).toBe(admin);
    const kinds = new Set(publicPages.map((path) => (path.includes('/') ? `/${path.split('/')[0]}/*` : `/${path}`)));
    expect([...kinds].sort()).toEqual([
      '/404.html',
      '/calendar/*',
      '/index.html',
      '/instructions/*',
      '/offerings/*',
      '/practices/*',
      '/programs/*',
      '/regions/*',
      '/regulations/*',
      '/search/*',
      '/sites/*',
    ]);
  });

  it('lets the search worker compile WebAssembly and fetch the index, nothing else', () => {
    for (const url of ['/pagefind/pagefind-worker.js', '/pagefind/pagefind.js']) {
      expect(headerPolicy(url), url).toBe("default-src 'none'; script-src 'wasm-unsafe-eval'; connect-src 'self'");
    }
  });

  it('lets nothing in /media/ run or load anything, whatever the file', () => {
    for (const url of ['/media/scan.pdf', '/media/logo.svg', '/media/page.html', '/media/sub/x.svg']) {
      expect(headerPolicy(url), url).toBe("default-src 'none'; sandbox");
    }
  });

  it('sends nosniff, a referrer policy, no framing and no powerful features for every address', () => {
    for (const url of ['/', '/regulations/', '/search/', '/admin/', '/media/x.svg', '/_astro/x.css', '/pagefind/pagefind.js', '/favicon.svg']) {
      const headers = headersFor(rules, url);
      expect(headers.get('x-content-type-options')?.value, url).toBe('nosniff');
      expect(headers.get('referrer-policy')?.value, url).toBe('strict-origin-when-cross-origin');
      expect(headers.get('x-frame-options')?.value, url).toBe('DENY');
      expect(headers.get('permissions-policy')?.value, url).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    }
  });
});
