import { closeSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminPolicy } from '@stazhirovka/admin/csp';
import type { AstroIntegration } from 'astro';
import { ADMIN_DIR, MEDIA_DIR, headerRules, renderHeadersFile } from './security/headers-file.ts';
import { PAGE_POLICY, type Policy, policyMeta } from './security/policy.ts';

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * Puts the policy into a page as the first thing after `<meta charset>`, so it applies to
 * everything after it, on hosts that send no headers too. An existing one is replaced.
 */
export function withPolicyMeta(html: string, policy: Policy): string {
  const meta = policyMeta(policy);
  if (CSP_META.test(html)) return html.replace(CSP_META, meta);
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${meta}`);
  return html.replace(/<head>/i, `<head>${meta}`);
}

// BaseLayout writes the policy right after `<meta charset>`, within the first few hundred bytes.
const HEAD_BYTES = 2048;

/** The start of a file, enough to see its policy without reading a whole page. */
function headOf(file: string): string {
  const buffer = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(file, 'r');
  try {
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Security headers for the built site: a Content-Security-Policy <meta> in every HTML page
 * (the editor's own policy in /admin/) and a `_headers` file with the same policies plus what a
 * <meta> cannot carry (frame-ancestors, sandbox for /media/, nosniff, Referrer-Policy,
 * Permissions-Policy). Runs after the search index and the admin copy, on what they wrote.
 *
 * The site's pages get their <meta> from BaseLayout as they render; here each page's start is
 * checked for exactly that <meta>, and only a page without it is read whole and rewritten: the
 * copied admin pages (their own policy), and any page rendered without BaseLayout.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'stazhirovka:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const admin = adminPolicy();
        const metaOf = new Map([admin, PAGE_POLICY].map((policy) => [policy, policyMeta(policy)]));
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((path) => path.endsWith('.html'))
          .map((path) => path.split(sep).join('/'))
          .sort();
        let rewritten = 0;
        for (const path of pages) {
          // Uploads stay byte for byte as uploaded; their header policy is stricter than any <meta>.
          if (path.split('/')[0] === MEDIA_DIR) continue;
          const policy = path.split('/')[0] === ADMIN_DIR ? admin : PAGE_POLICY;
          const file = join(root, path);
          if (headOf(file).includes(metaOf.get(policy) as string)) continue;
          writeFileSync(file, withPolicyMeta(readFileSync(file, 'utf8'), policy));
          rewritten++;
        }
        writeFileSync(join(root, '_headers'), renderHeadersFile(headerRules(pages, admin)));
        logger.info(`security: Content-Security-Policy in ${pages.length} pages (${rewritten} added after rendering), _headers written`);
      },
    },
  };
}
