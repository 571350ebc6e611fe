import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '@stazhirovka/schema';
import { SUMMARY_KEY, sortableFields } from '../entries/entry-facts.ts';
import { formatName } from '../format/entry-format.ts';
import { SLUG_KEY } from '../slug/latin-slug.ts';
import type { CmsCollectionSpec, CmsFieldSpec } from './cms-types.ts';
import { formFieldsOf } from './schema-fields.ts';

/** Where the site reads content from, relative to the repository root (decap-server's root). */
export const CONTENT_FOLDER = 'content';

/**
 * The body is edited as Markdown source, not in Decap's rich-text mode: rich text re-serialises
 * the whole text on the first keystroke (re-escaping, reflowing lists), and legal text must stay
 * exactly as the source has it. No editor components: content may hold no MDX components.
 */
function bodyField(collection: CollectionName): CmsFieldSpec {
  return {
    name: 'body',
    label: COLLECTIONS[collection].bodyLabel,
    hint:
      'Текст как в источнике. Разметка Markdown: «## » — раздел, пустая строка — новый абзац, «\\» в конце строки — перенос. ' +
      'Символы { } < > можно писать как есть: при сохранении они станут текстом.',
    required: false,
    widget: 'markdown',
    modes: ['raw'],
    buttons: [],
    editor_components: [],
    sanitize_preview: true,
  };
}

/** One folder collection per content type, forms generated from its schema. */
export function collectionConfig(name: CollectionName): CmsCollectionSpec {
  const definition = COLLECTIONS[name];
  return {
    name,
    label: definition.label,
    label_singular: definition.labelSingular,
    description: definition.description,
    folder: `${CONTENT_FOLDER}/${name}`,
    extension: 'mdx',
    format: formatName(name),
    create: true,
    // A published slug is linked from other entries and from outside; removing a file is a
    // repository change for a developer, checked by `validate`, never a click in the form.
    delete: false,
    identifier_field: 'title',
    slug: `{{fields.${SLUG_KEY}}}`,
    // Title, number, date and status in one line (entries/entry-facts.ts adds it on reading).
    summary: `{{${SUMMARY_KEY}}}`,
    sortable_fields: sortableFields(name),
    editor: { preview: true },
    fields: [...formFieldsOf(definition.schema), bodyField(name)],
  };
}

export const collectionsConfig = (): CmsCollectionSpec[] => COLLECTION_NAMES.map(collectionConfig);
