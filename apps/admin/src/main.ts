import { COLLECTION_NAMES } from '@stazhirovka/schema';
import CMS from 'decap-cms-app';
import contentStyles from '@stazhirovka/theme/content.css?inline';
import tokenStyles from '@stazhirovka/theme/tokens.css?inline';
import { cmsConfig, remoteBackend } from './config/cms-config.ts';
import { formatName, fromFile, toFile } from './format/entry-format.ts';
import { localProxyUrl, showLocalEditingHelp } from './local/local-session.ts';
import { previewOf } from './preview/EntryPreview.tsx';
import previewStyles from './preview/preview.css?inline';
import { addLatinSlug } from './slug/latin-slug.ts';

for (const name of COLLECTION_NAMES) {
  CMS.registerCustomFormat(formatName(name), 'mdx', {
    fromFile: (text: string) => fromFile(name, text),
    toFile: (data: Record<string, unknown>) => toFile(name, data),
  });
  // Decap's preview props are a superset of PreviewProps (Immutable maps, loaders).
  CMS.registerPreviewTemplate(name, previewOf(name) as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1]);
}
CMS.registerPreviewStyle(tokenStyles, { raw: true });
CMS.registerPreviewStyle(contentStyles, { raw: true });
CMS.registerPreviewStyle(previewStyles, { raw: true });
CMS.registerEventListener({ name: 'preSave', handler: addLatinSlug as never });

/** A deployed admin talks to its git host; a local one to the dev server it was loaded from. */
async function start(): Promise<void> {
  if (remoteBackend(import.meta.env)) return CMS.init({ config: cmsConfig(import.meta.env) as never });
  const proxyUrl = await localProxyUrl();
  if (!proxyUrl) return showLocalEditingHelp(document);
  CMS.init({ config: cmsConfig(import.meta.env, proxyUrl) as never });
}
void start();
