import { MEDIA_FOLDER, MEDIA_URL } from '@stazhirovka/schema';
import type { CmsCollectionSpec } from './cms-types.ts';
import { collectionsConfig } from './collections.ts';

/** Decap's proxy backend with a paged list (scale/paged-backend.ts registers it under this name). */
export const PAGED_PROXY = 'paged-proxy';

/** Uploaded originals (DOCX, PDF) and images: one folder, published at `/media/`. */
export { MEDIA_FOLDER };
export const PUBLIC_FOLDER = MEDIA_URL;

/** Build-time settings (`CMS_*` environment variables); nothing secret is ever among them. */
export interface CmsEnv {
  /** `github`, `gitea` or `forgejo` for a deployed admin; unset — local editing (the dev server's editing backend). */
  CMS_BACKEND?: string;
  /** `owner/name` of the content repository. */
  CMS_REPO?: string;
  CMS_BRANCH?: string;
  /** GitHub: the OAuth proxy that holds the client secret. Gitea/Forgejo: the instance root. */
  CMS_BASE_URL?: string;
  /** Gitea/Forgejo: API root, e.g. `https://git.example.org/api/v1`. */
  CMS_API_ROOT?: string;
  /** Gitea/Forgejo: the public client id of the OAuth application (PKCE, no secret). */
  CMS_APP_ID?: string;
  /** Public address of the site, for «Открыть на сайте» links. */
  CMS_SITE_URL?: string;
}

interface Backend {
  name: string;
  [option: string]: string;
}

export interface CmsConfigSpec {
  load_config_file: false;
  locale: 'ru';
  backend: Backend;
  publish_mode?: 'editorial_workflow';
  site_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  editor: { preview: boolean };
  logo: { src: string; show_in_header: boolean };
  collections: CmsCollectionSpec[];
}

/** The git hosts a deployed admin can edit through (Decap's backends of the same names). */
export const REMOTE_BACKENDS = ['github', 'gitea', 'forgejo'] as const;
export type RemoteBackendName = (typeof REMOTE_BACKENDS)[number];

/** The remote backend for a deployed admin, or undefined for local editing. */
export function remoteBackend(env: CmsEnv): Backend | undefined {
  const kind = env.CMS_BACKEND?.trim() || 'local';
  if (kind === 'local') return undefined;
  if (!(REMOTE_BACKENDS as readonly string[]).includes(kind)) throw new Error(`CMS_BACKEND=${kind}: expected ${REMOTE_BACKENDS.join(', ')} or local`);
  const repo = required(env, 'CMS_REPO');
  const branch = env.CMS_BRANCH || 'main';
  switch (kind) {
    case 'github':
      return { name: 'github', repo, branch, ...(env.CMS_BASE_URL && { base_url: env.CMS_BASE_URL }) };
    case 'gitea':
    case 'forgejo': {
      const baseUrl = required(env, 'CMS_BASE_URL').replace(/\/+$/, '');
      return {
        name: kind,
        repo,
        branch,
        app_id: required(env, 'CMS_APP_ID'),
        base_url: baseUrl,
        api_root: env.CMS_API_ROOT || `${baseUrl}/api/v1`,
      };
    }
    default:
      return undefined;
  }
}

function required(env: CmsEnv, key: keyof CmsEnv): string {
  const value = env[key]?.trim();
  if (!value) throw new Error(`${key} must be set when CMS_BACKEND=${env.CMS_BACKEND} (see docs/cms.md)`);
  return value;
}

/**
 * The whole Decap configuration. Locally every save goes to the editing backend of the running
 * dev server (`packages/editing-backend`, no accounts) at `localProxyUrl`, the per-run address
 * the admin gets from that server (main.ts); a deployed admin commits to the git host, through
 * draft → review → ready (`editorial_workflow`) where the backend supports it.
 */
export function cmsConfig(env: CmsEnv = {}, localProxyUrl = ''): CmsConfigSpec {
  const remote = remoteBackend(env);
  const common = {
    load_config_file: false as const,
    locale: 'ru' as const,
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // Decap's own slugs cannot transliterate Cyrillic; ours are set before saving (see
    // slug/latin-slug.ts), and this keeps anything else that reaches a file name ASCII.
    slug: { encoding: 'ascii' as const, clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    // The site's name and mark on the entry screen instead of Decap's logo: public/logo.svg,
    // served beside the admin's page (relative, as the page is `/admin/`).
    logo: { src: 'logo.svg', show_in_header: false },
    collections: collectionsConfig(),
    ...(env.CMS_SITE_URL && { site_url: env.CMS_SITE_URL }),
  };
  if (!remote) {
    return {
      ...common,
      backend: { name: PAGED_PROXY, proxy_url: localProxyUrl, branch: 'main' },
    };
  }
  // Decap's gitea backend has no editorial workflow; github and forgejo do.
  return { ...common, backend: remote, ...(remote.name !== 'gitea' && { publish_mode: 'editorial_workflow' as const }) };
}
