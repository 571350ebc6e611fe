import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS } from './collections.ts';
import { fieldReference } from './field-reference.ts';
import { FIELD_REFERENCE_FILE } from './field-reference-file.ts';

describe('docs/fields.md', () => {
  it('is the reference the schema declares (run `pnpm --filter @stazhirovka/schema docs:fields` after changing a field)', () => {
    const expected = fieldReference(COLLECTION_NAMES.map((name) => ({ name, ...COLLECTIONS[name] })));
    expect(readFileSync(FIELD_REFERENCE_FILE, 'utf8')).toBe(expected);
  });

  it('lists nested fields by their path and labels, and the kind of value each takes', () => {
    const reference = readFileSync(FIELD_REFERENCE_FILE, 'utf8');
    expect(reference).toContain('| `approval.date` | Утверждение → Дата | `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `??` for an unknown part |');
    expect(reference).toContain('| `reportsTo` | Подчиняется | list of slugs of `instructions` |');
    expect(reference).toContain('on the site: «Скачать оригинал»');
  });
});
