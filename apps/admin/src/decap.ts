import { type CmsBackendClass, type CmsWidgetParam, DecapCmsCore as CMS } from 'decap-cms-core';
import { ForgejoBackend } from 'decap-cms-backend-forgejo';
import { GiteaBackend } from 'decap-cms-backend-gitea';
import { GitHubBackend } from 'decap-cms-backend-github';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { en, ru } from 'decap-cms-locales';
import DecapCmsWidgetBoolean from 'decap-cms-widget-boolean';
import DecapCmsWidgetList from 'decap-cms-widget-list';
import DecapCmsWidgetNumber from 'decap-cms-widget-number';
import DecapCmsWidgetObject from 'decap-cms-widget-object';
import DecapCmsWidgetRelation from 'decap-cms-widget-relation';
import DecapCmsWidgetSelect from 'decap-cms-widget-select';
import DecapCmsWidgetString from 'decap-cms-widget-string';
import DecapCmsWidgetText from 'decap-cms-widget-text';
import type { RemoteBackendName } from './config/cms-config.ts';
import type { DecapWidgetName } from './config/cms-types.ts';

/**
 * Decap with only the parts this admin uses: the backends `cms-config.ts` may name (the paged
 * proxy builds on `proxy`), the widgets the schema's fields map to (`DecapWidgetName`), and the
 * Russian phrases over the English ones Decap falls back to. `decap-cms-app` registers every
 * backend, widget and locale Decap has (a map, a code editor, a rich-text editor, 30 languages):
 * 5.3 MB of script for the browser to compile each time the admin opens instead of 2.3 MB.
 */
// Both maps are typed by the names the generated config may use, so a new one cannot go unregistered.
const backends: Record<RemoteBackendName | 'proxy', CmsBackendClass> = {
  github: GitHubBackend,
  gitea: GiteaBackend,
  forgejo: ForgejoBackend,
  proxy: ProxyBackend,
};
for (const [name, backend] of Object.entries(backends)) CMS.registerBackend(name, backend);
const widgets: Record<DecapWidgetName, { Widget: () => CmsWidgetParam }> = {
  string: DecapCmsWidgetString,
  text: DecapCmsWidgetText,
  select: DecapCmsWidgetSelect,
  relation: DecapCmsWidgetRelation,
  boolean: DecapCmsWidgetBoolean,
  number: DecapCmsWidgetNumber,
  object: DecapCmsWidgetObject,
  list: DecapCmsWidgetList,
};
for (const widget of Object.values(widgets)) CMS.registerWidget(widget.Widget());
CMS.registerLocale('en', en);
CMS.registerLocale('ru', ru);

export default CMS;
