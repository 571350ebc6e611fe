import type { z } from 'zod';
import { declaredFields, type FieldDeclaration } from './declaration.ts';

/**
 * docs/fields.md: every field of every content type, as its builder declares it. Written by
 * `pnpm --filter @stazhirovka/schema docs:fields`; a unit test fails when the file is stale.
 * Pure (no file system): the schema's index is bundled into the CMS, which runs in a browser.
 */

export interface DocumentedCollection {
  name: string;
  label: string;
  bodyLabel: string;
  schema: z.ZodObject;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What a value of the field looks like, in a few words. */
function kindOf(field: FieldDeclaration): string {
  const at = (n: number | undefined, what: string) => (n ? `, at least ${n} ${what}` : '');
  switch (field.kind) {
    case 'text':
      return 'one line of text';
    case 'long-text':
      return 'a paragraph';
    case 'link':
      return '`https://…` or `/media/…`';
    case 'email':
      return 'an e-mail address';
    case 'partial-date':
      return '`YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `??` for an unknown part';
    case 'period':
      return '`from` / `to` dates';
    case 'reference':
      return `slug of an entry of \`${field.collection}\``;
    case 'references':
      return `list of slugs of \`${field.collection}\`${at(field.minimum, 'item(s)')}`;
    case 'choice':
      return Object.entries(field.options ?? {}).map(([value, label]) => `\`${value}\` (${label})`).join(', ');
    case 'lines':
      return `list of lines${at(field.minimum, 'line(s)')}`;
    case 'records':
      return `list of records${at(field.minimum, 'record(s)')}`;
    case 'alternatives':
      return 'list; each item is one of the variants below';
    case 'object':
      return 'group of fields';
    case 'boolean':
      return field.default === false ? '`true` / `false` (default `false`)' : '`true` / `false`';
    case 'number': {
      const bounds = field.maximum !== undefined ? `${field.minimum ?? '…'}–${field.maximum}` : `from ${field.minimum ?? '…'}`;
      return `whole number, ${bounds}`;
    }
  }
}

/** Notes for readers' wording that differs from the form, and labels on the other side of a link. */
function notesOf(field: FieldDeclaration): string {
  const notes = [
    field.readerLabel && `on the site: «${field.readerLabel}»`,
    field.inverseLabel && `the entry pointed to shows «${field.inverseLabel}»`,
  ].filter(Boolean);
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

function rowsOf(fields: FieldDeclaration[], prefix = '', labels: string[] = []): string[] {
  return fields.flatMap((field) => {
    const key = `${prefix}${field.key}`;
    const label = [...labels, field.label].join(' → ');
    const row = `| \`${key}\` | ${cell(label)} | ${cell(kindOf(field))} | ${field.required ? 'yes' : ''} | ${cell(field.description + notesOf(field))} |`;
    const inner = field.fields ? rowsOf(field.fields, `${key}${field.kind === 'records' ? '[].' : '.'}`, [...labels, field.label]) : [];
    const variants = (field.variants ?? []).flatMap((variant, i) =>
      rowsOf(variant, `${key}[] (variant ${i + 1}).`, [...labels, field.label]),
    );
    return [row, ...inner, ...variants];
  });
}

/** The reference of all fields, in Markdown. */
export function fieldReference(collections: readonly DocumentedCollection[]): string {
  const sections = collections.map(({ name, label, bodyLabel, schema }) => [
    `## ${label} (\`content/${name}/\`)`,
    '',
    '| key | label | value | required | hint |',
    '| --- | --- | --- | --- | --- |',
    ...rowsOf(declaredFields(schema)),
    '',
    `The body below the frontmatter is «${bodyLabel}».`,
  ].join('\n'));
  return [
    '# Fields of each content type',
    '',
    '<!-- Generated from packages/schema by `pnpm --filter @stazhirovka/schema docs:fields`; do not edit by hand. -->',
    '',
    'Every field as the schema declares it: its key in the frontmatter, the Russian label the CMS form,',
    '`validate` and the site show, what a value looks like, and the hint. A field is added in',
    '`packages/schema` only; the form, the messages, the site and this page follow. A required field',
    'inside a group is required when the group is filled in.',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
