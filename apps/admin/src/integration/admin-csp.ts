import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEnv } from 'vite';
import { type CmsEnv, remoteBackend } from '../config/cms-config.ts';

const ADMIN_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The CMS_* settings the admin bundle is built with, read the way Vite reads them for it
 * (vite.config.ts `envPrefix`): the environment over apps/admin/.env* files.
 */
export function adminBuildEnv(mode = 'production'): CmsEnv {
  return loadEnv(mode, ADMIN_ROOT, 'CMS_');
}

const origin = (url: string) => new URL(url).origin;

/** The hosts a remote backend talks to and shows images from (avatars); loopback for local editing. */
function backendSources(env: CmsEnv): { connect: string[]; img: string[] } {
  const backend = remoteBackend(env);
  if (!backend) return { connect: ['http://127.0.0.1:*', 'http://localhost:*'], img: [] };
  if (backend.name === 'github') {
    // The OAuth proxy (CMS_BASE_URL) is only opened in a pop-up window, which CSP does not govern.
    return { connect: [origin(env.CMS_API_ROOT || 'https://api.github.com')], img: ['https://avatars.githubusercontent.com'] };
  }
  // Gitea/Forgejo: the API, and the instance itself for the PKCE token exchange and avatars.
  return { connect: [...new Set([origin(backend.api_root), origin(backend.base_url)])], img: [origin(backend.base_url)] };
}

/**
 * Content-Security-Policy of the editor at /admin/: as strict as Decap CMS 3.16 runs under,
 * found by driving the real admin in Chromium (log in, edit with preview, upload to the media
 * library) and relaxing one directive per violation. The reasons are in docs/security.md.
 */
export function adminPolicy(env: CmsEnv = adminBuildEnv()): Record<string, string[]> {
  const backend = backendSources(env);
  return {
    'default-src': ["'self'"],
    // Decap validates its configuration with AJV, which compiles the schema with `new Function`:
    // without 'unsafe-eval' the editor stops at start-up.
    'script-src': ["'self'", "'unsafe-eval'"],
    // Decap's UI is styled by emotion (CSS-in-JS), which writes <style> elements at run time, and
    // the preview pane gets the site's stylesheet as inline <style>.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Media library thumbnails and previews of uploads are blob: URLs.
    'img-src': ["'self'", 'blob:', ...backend.img],
    // An upload is read back from its blob: URL before it is sent.
    'connect-src': ["'self'", 'blob:', ...backend.connect],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    // The preview pane is a same-origin iframe.
    'frame-src': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}
