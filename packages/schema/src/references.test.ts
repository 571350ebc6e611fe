import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS } from './collections.ts';
import { metaOf, unwrap } from './fields.ts';
import { HIERARCHIES } from './references.ts';

describe('hierarchies checked for cycles', () => {
  it('name fields that exist and point into their own collection', () => {
    for (const { collection, field } of HIERARCHIES) {
      const shape = COLLECTIONS[collection].schema.shape as Record<string, z.ZodType>;
      const declared = unwrap(shape[field]);
      const target = declared instanceof z.ZodArray ? (declared.element as z.ZodType) : declared;
      expect(metaOf(target)?.ref, `${collection}.${field}`).toBe(collection);
    }
  });
});
