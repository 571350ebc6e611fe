import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminPolicy } from '@stazhirovka/admin/csp';
import type { AstroIntegration } from 'astro';
import { ADMIN_DIR, MEDIA_DIR, headerRules, renderHeadersFile } from './security/headers-file.ts';
import { PAGE_POLICY, type Policy, serializePolicy } from './security/policy.ts';

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * Puts the policy into a page as the first thing after `<meta charset>`, so it applies to
 * everything after it, on hosts that send no headers too. An existing one is replaced.
 */
export function withPolicyMeta(html: string, policy: Policy): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${serializePolicy(policy, { forMeta: true })}">`;
  if (CSP_META.test(html)) return html.replace(CSP_META, meta);
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${meta}`);
  return html.replace(/<head>/i, `<head>${meta}`);
}

/**
 * Security headers for the built site: a Content-Security-Policy <meta> in every HTML page
 * (the editor's own policy in /admin/) and a `_headers` file with the same policies plus what a
 * <meta> cannot carry (frame-ancestors, sandbox for /media/, nosniff, Referrer-Policy,
 * Permissions-Policy). Runs after the search index and the admin copy, on what they wrote.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'stazhirovka:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const admin = adminPolicy();
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((path) => path.endsWith('.html'))
          .map((path) => path.split(sep).join('/'))
          .sort();
        for (const path of pages) {
          // Uploads stay byte for byte as uploaded; their header policy is stricter than any <meta>.
          if (path.split('/')[0] === MEDIA_DIR) continue;
          const policy = path.split('/')[0] === ADMIN_DIR ? admin : PAGE_POLICY;
          const file = join(root, path);
          writeFileSync(file, withPolicyMeta(readFileSync(file, 'utf8'), policy));
        }
        writeFileSync(join(root, '_headers'), renderHeadersFile(headerRules(pages, admin)));
        logger.info(`security: Content-Security-Policy in ${pages.length} pages, _headers written`);
      },
    },
  };
}
