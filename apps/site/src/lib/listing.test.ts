import { type Facet, facetsOf } from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { groupByFacets, pageCount, pageOf, pagerItems, pageUrl, shownValues } from './listing.ts';

const ctx = {
  today: '2026-12-01',
  lookup: (_collection: string, slug: string) => ({ title: `Площадка ${slug}`, region: slug === 'a' ? 'Омская область' : 'Томская область', level: 'regional' }),
};

const entry = (id: string, data: Record<string, unknown>) => ({ id, data });

describe('facet groups', () => {
  const programs = [
    entry('p1', { site: 'a', format: 'blended', audience: ['учителя', 'Учителя'] }),
    entry('p2', { site: 'b', format: 'distance', audience: ['учителя', 'директора'] }),
    entry('p3', { site: 'a' }),
  ];
  const groups = groupByFacets(programs, facetsOf('programs', ['format', 'audience', 'site', 'site.region']), ctx);
  const byName = (name: string) => groups.find((g) => g.facet.name === name) ?? { values: [] };
  const summary = (name: string) => byName(name).values.map((v) => `${v.slug}=${v.label}:${v.entries.map((e) => e.id).join(',')}`);

  it('counts each value once per entry, in the choice order, with Latin slugs of the labels', () => {
    expect(summary('format')).toEqual(['distantsionniy=Дистанционный:p2', 'smeshanniy=Смешанный:p1']);
    // «учителя» and «Учителя» give one slug: one value, named by the first spelling met.
    expect(summary('audience')).toEqual(['direktora=директора:p2', 'uchitelya=учителя:p1,p2']);
  });

  it('reads a referenced entry: its title for a reference, its field for site.region', () => {
    expect(summary('site')).toEqual(['a=Площадка a:p1,p3', 'b=Площадка b:p2']);
    expect(summary('site.region')).toEqual(['omskaya-oblast=Омская область:p1,p3', 'tomskaya-oblast=Томская область:p2']);
  });

  it('computes statuses for the day given, most relevant first', () => {
    const regulations = [
      entry('old', { draft: false, validity: { to: '2020-01-01' } }),
      entry('now', { draft: false }),
      entry('draft', { draft: true }),
    ];
    const status = groupByFacets(regulations, facetsOf('regulations', ['status']), ctx)[0];
    expect(status.values.map((v) => `${v.label}:${v.entries.map((e) => e.id).join(',')}`)).toEqual(['Действует:now', 'Срок действия истёк:old', 'Проект:draft']);
  });

  it('shows a long facet by its largest values, keeping the current one', () => {
    const facet: Facet = { name: 'n', segment: 'n', label: 'N', order: 'label', valuesOf: (data) => [{ slug: String(data.n), label: String(data.n) }] };
    const many = Array.from({ length: 30 }, (_, i) => Array.from({ length: (i % 5) + 1 }, (_, j) => entry(`${i}-${j}`, { n: `v${String(i).padStart(2, '0')}` }))).flat();
    const [group] = groupByFacets(many, [facet], ctx);
    const shown = shownValues(group, 'v00', 4);
    expect(shown.map((v) => v.slug)).toEqual(['v00', 'v04', 'v09', 'v14', 'v19']);
  });
});

describe('pages of a list', () => {
  it('covers every item exactly once', () => {
    const items = Array.from({ length: 123 }, (_, i) => i);
    const pages = pageCount(items.length, 50);
    expect(pages).toBe(3);
    expect(Array.from({ length: pages }, (_, i) => pageOf(items, i + 1, 50)).flat()).toEqual(items);
    expect(pageCount(0)).toBe(1);
  });

  it('addresses page 1 by the list itself and later pages under page/', () => {
    expect(pageUrl('/regulations/status/deystvuet/', 1)).toBe('/regulations/status/deystvuet/');
    expect(pageUrl('/regulations/', 3)).toBe('/regulations/page/3/');
  });

  it('numbers the first, the last and the pages around the current one', () => {
    expect(pagerItems(1, 3)).toEqual([1, 2, 3]);
    expect(pagerItems(10, 40)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 40]);
    expect(pagerItems(2, 40)).toEqual([1, 2, 3, 4, 'gap', 40]);
  });
});
