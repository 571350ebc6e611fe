// Decap's backends, widgets and locales ship no types; this is the part src/decap.ts uses.
declare module 'decap-cms-backend-*' {
  import type { CmsBackendClass } from 'decap-cms-core';
  export const ForgejoBackend: CmsBackendClass;
  export const GiteaBackend: CmsBackendClass;
  export const GitHubBackend: CmsBackendClass;
  export const ProxyBackend: CmsBackendClass;
}
declare module 'decap-cms-widget-*' {
  import type { CmsWidgetParam } from 'decap-cms-core';
  const widget: { Widget: () => CmsWidgetParam };
  export default widget;
}
declare module 'decap-cms-locales' {
  import type { CmsLocalePhrases } from 'decap-cms-core';
  export const en: CmsLocalePhrases;
  export const ru: CmsLocalePhrases;
}
declare module 'decap-cms-locales/dist/esm/ru/index.js' {
  const ru: { auth: Record<string, string> };
  export default ru;
}
