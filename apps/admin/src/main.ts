import { COLLECTION_NAMES } from '@stazhirovka/schema';
import CMS from './decap.ts';
import contentStyles from '@stazhirovka/theme/content.css?inline';
import tokenStyles from '@stazhirovka/theme/tokens.css?inline';
import { cmsConfig, PAGED_PROXY, remoteBackend } from './config/cms-config.ts';
import { BodyEditor } from './editor/BodyEditor.tsx';
import { BODY_WIDGET } from './editor/widget-name.ts';
import { registerCountedList } from './entries/counted-list.ts';
import { SUMMARY_KEY } from './entries/entry-facts.ts';
import { registerRussian } from './entries/russian-locale.ts';
import { formatName, toFile } from './format/entry-format.ts';
import { localProxyUrl, showLocalEditingHelp } from './local/local-session.ts';
import { previewOf } from './preview/EntryPreview.tsx';
import previewStyles from './preview/preview.css?inline';
import { registerRankedRelation } from './relation/ranked-relation.tsx';
import { PagedProxyBackend } from './scale/paged-backend.ts';
import { formOf } from './scale/parsed-files.ts';
import { addLatinSlug } from './slug/latin-slug.ts';

for (const name of COLLECTION_NAMES) {
  CMS.registerCustomFormat(formatName(name), 'mdx', {
    fromFile: (text: string) => formOf(name, text),
    toFile: ({ [SUMMARY_KEY]: _summary, ...data }: Record<string, unknown>) => toFile(name, data),
  });
  // Decap's preview props are a superset of PreviewProps (Immutable maps, loaders).
  CMS.registerPreviewTemplate(name, previewOf(name) as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1]);
}
CMS.registerWidget(BODY_WIDGET, BodyEditor as never);
CMS.registerPreviewStyle(tokenStyles, { raw: true });
CMS.registerPreviewStyle(contentStyles, { raw: true });
CMS.registerPreviewStyle(previewStyles, { raw: true });
registerRussian();
registerRankedRelation();
registerCountedList();
CMS.registerBackend(PAGED_PROXY, PagedProxyBackend as never);
CMS.registerEventListener({ name: 'preSave', handler: addLatinSlug as never });

/** A deployed admin talks to its git host; a local one to the dev server it was loaded from. */
async function start(): Promise<void> {
  if (remoteBackend(import.meta.env)) return CMS.init({ config: cmsConfig(import.meta.env) as never });
  const proxyUrl = await localProxyUrl();
  if (!proxyUrl) return showLocalEditingHelp(document);
  CMS.init({ config: cmsConfig(import.meta.env, proxyUrl) as never });
  document.body.append(importLink(document));
}

/**
 * «Импорт из Word» (a page of its own, `import/`): Decap 3.16 has no API for a custom page in its
 * navigation, so the link floats over it, outside Decap's root. Local editing only: the page saves
 * through the editing backend.
 */
function importLink(document: Document): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = 'import/';
  link.textContent = 'Импорт из Word';
  link.style.cssText = 'position: fixed; right: 1.25rem; bottom: 1.25rem; z-index: 400; padding: 0.6rem 1rem; border-radius: 6px; background: #1d4f91; color: #fff; font: 600 15px/1.2 system-ui, sans-serif; text-decoration: none; box-shadow: 0 2px 6px rgb(0 0 0 / 30%)';
  return link;
}
void start();
