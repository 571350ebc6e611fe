import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, declaredFields, type FieldDeclaration } from '../src/index.ts';

/**
 * Every Russian label of a field (its form label, its reader label, the label of the other side
 * of a reference, the labels of its options) is written in exactly one source file, in the schema
 * package. A page, a preview or a generator that types a label again would drift from it.
 */
const ROOT = join(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['apps', 'packages', 'scripts'];
const SOURCE_FILE = /\.(ts|tsx|astro|mjs|js)$/;
// Tests and their fixtures quote labels on purpose, to check what the user sees.
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.astro', '.turbo', 'test', 'fixtures']);
const TEST_FILE = /\.test\.tsx?$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((item) => {
    const path = `${dir}/${item.name}`;
    if (item.isDirectory()) return SKIPPED_DIRS.has(item.name) ? [] : sourceFiles(path);
    return item.isFile() && SOURCE_FILE.test(item.name) && !TEST_FILE.test(item.name) ? [path] : [];
  });
}

function labelsOf(fields: FieldDeclaration[]): string[] {
  return fields.flatMap((field) => [
    field.label,
    ...(field.readerLabel ? [field.readerLabel] : []),
    ...(field.inverseLabel ? [field.inverseLabel] : []),
    ...Object.values(field.options ?? {}),
    ...labelsOf(field.fields ?? []),
    ...(field.variants ?? []).flatMap(labelsOf),
  ]);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The label as a whole string literal or as the whole text of an element: 'X', "X", `X`, >X<. */
const written = (label: string) => new RegExp(`(['"\`])${escape(label)}\\1|>\\s*${escape(label)}\\s*<`);

const files = SOURCE_DIRS.flatMap(sourceFiles).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
const labels = [...new Set(COLLECTION_NAMES.flatMap((name) => labelsOf(declaredFields(COLLECTIONS[name].schema))))].sort();

describe('field labels are written once', () => {
  it('finds the labels and the source files to search', () => {
    expect(labels).toEqual(expect.arrayContaining(['Дата принятия', 'Издавший орган', 'Хочу внедрить', 'Скачать оригинал', 'Утверждает', 'Муниципальный']));
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['apps/site/src/components/EntryCard.astro', 'apps/admin/src/preview/EntryPreview.tsx']));
  });

  it.each(labels)('«%s» is in one file of the schema package', (label) => {
    const pattern = written(label);
    const found = files.filter((file) => pattern.test(file.text)).map((file) => file.path);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^packages\/schema\/src\//);
  });
});
