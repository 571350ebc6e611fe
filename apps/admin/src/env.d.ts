/// <reference types="vite/client" />
import type { CmsEnv } from './config/cms-config.ts';

declare global {
  // The CMS_* variables Vite passes to the bundle (vite.config.ts `envPrefix`).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ImportMetaEnv extends CmsEnv {}
}
