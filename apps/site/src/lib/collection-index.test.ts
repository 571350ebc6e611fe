import { describe, expect, it } from 'vitest';
import { indexPaths } from './collection-index.ts';
import type { SiteData } from './content.ts';

/** Just what indexPaths reads of the site's data: the collection, the lookup map, today. */
function dataWith(ids: string[]): SiteData {
  const regulations = ids.map((id) => ({ id, collection: 'regulations', data: { title: id, kind: 'order', level: 'regional', region: 'Омская область', draft: false } }));
  return { today: '2026-12-01', regulations, byKey: new Map() } as unknown as SiteData;
}

describe('index pages of a collection', () => {
  it('pages the list and each facet value, and gives each facet a page of its values', () => {
    const paths = indexPaths('regulations', dataWith(Array.from({ length: 120 }, (_, i) => `doc-${i}`))).map((p) => p.params.path ?? '');
    expect(paths).toEqual([
      '', 'page/2', 'page/3',
      'status', 'status/deystvuet', 'status/deystvuet/page/2', 'status/deystvuet/page/3',
      'kind', 'kind/prikaz', 'kind/prikaz/page/2', 'kind/prikaz/page/3',
      'level', 'level/regionalniy', 'level/regionalniy/page/2', 'level/regionalniy/page/3',
      'region', 'region/omskaya-oblast', 'region/omskaya-oblast/page/2', 'region/omskaya-oblast/page/3',
    ]);
  });

  it('refuses an entry whose page would sit where a filter is, naming the file and the fix', () => {
    expect(() => indexPaths('regulations', dataWith(['region']))).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/regulations/region.mdx: имя файла «region» занято адресом фильтра «Регион» (/regulations/region/); переименуйте файл, например в «region-1.mdx».]`,
    );
  });
});
