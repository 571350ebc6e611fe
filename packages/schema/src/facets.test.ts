import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from './collections.ts';
import { fieldLabel } from './presentation/present.ts';
import { COLLECTION_FACETS, facetsOf } from './facets.ts';

const ctx = { today: '2026-12-01', lookup: () => ({ title: 'Площадка', region: 'Омская область', level: 'municipal' }) };

describe('facets', () => {
  it('every declared facet resolves, with a Latin address segment and the label of its field', () => {
    for (const collection of COLLECTION_NAMES) {
      for (const facet of facetsOf(collection)) {
        expect(facet.segment, `${collection}.${facet.name}`).toMatch(/^[a-z]+(-[a-z]+)*$/);
        if (facet.name === 'status') continue;
        const [first, second] = facet.name.split('.');
        expect(facet.label).toBe(second ? fieldLabel('sites', second) : fieldLabel(collection, first));
      }
    }
    expect(Object.keys(COLLECTION_FACETS).sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  it('gives choices the slug of their Russian label and multi-line values one value per line', () => {
    const [format, audience] = facetsOf('programs', ['format', 'audience']);
    expect(format.valuesOf({ format: 'in-person' }, ctx)).toEqual([{ slug: 'ochniy', label: 'Очный', rank: 0 }]);
    expect(audience.valuesOf({ audience: ['учителя', 'директора школ'] }, ctx).map((v) => v.slug)).toEqual(['uchitelya', 'direktora-shkol']);
    expect(audience.valuesOf({}, ctx)).toEqual([]);
  });

  it('reads a field of the referenced entry for `site.level`', () => {
    const [level] = facetsOf('practices', ['site.level']);
    expect(level.valuesOf({ site: 'x' }, ctx)).toEqual([{ slug: 'munitsipalniy', label: 'Муниципальный', rank: 2 }]);
  });

  it('refuses a facet that is no field, a path through a non-reference, or two facets at one address', () => {
    expect(() => facetsOf('regulations', ['colour'])).toThrow('The schema has no field «colour»');
    expect(() => facetsOf('regulations', ['issuer.region'])).toThrow('«issuer» is not a reference');
    expect(() => facetsOf('instructions', ['site.region', 'site.level', 'site.region'])).toThrow('share the address segment «region»');
  });
});
