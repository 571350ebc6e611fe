import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '@stazhirovka/schema';
import { BODY_WIDGET } from '../editor/widget-name.ts';
import { SUMMARY_KEY, sortableFields } from '../entries/entry-facts.ts';
import { formatName } from '../format/entry-format.ts';
import { SLUG_KEY } from '../slug/latin-slug.ts';
import type { CmsCollectionSpec, CmsFieldSpec } from './cms-types.ts';
import { formFieldsOf } from './schema-fields.ts';

/** Where the site reads content from, relative to the repository root (decap-server's root). */
export const CONTENT_FOLDER = 'content';

/**
 * The body is edited as the reader sees it, in our own widget (editor/BodyEditor.tsx): Decap's
 * markdown and richtext widgets re-serialise the whole text on the first keystroke (re-escaping,
 * turning «-» lists into «*», pulling the next clause into a list item), and legal text must stay
 * exactly as the source has it. Ours rewrites only the edited block.
 */
function bodyField(collection: CollectionName): CmsFieldSpec {
  return {
    name: 'body',
    label: COLLECTIONS[collection].bodyLabel,
    hint:
      'Текст как в источнике. Enter — новый абзац, Shift+Enter — перенос строки. ' +
      'Нумерация пунктов («1.1.», «а)», «–») — это текст: она сохранится как написана. Символы { } < > * # можно писать как есть.',
    required: false,
    widget: BODY_WIDGET,
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
