import { describe, expect, it } from 'vitest';
import { rankEntries } from './rank-entries.ts';

const sites = [
  { item: 'omsk', texts: ['Муниципальная стажировочная площадка «По профессиональному развитию педагогических работников»', 'город Омск', 'Омская область'] },
  { item: 'priozersk', texts: ['Муниципальная стажировочная площадка по повышению качества образования в школах с низкими образовательными результатами', 'Приозерский муниципальный район', 'Ленинградская область'] },
  { item: 'tambov', texts: ['Стажировочная площадка Тамбовской области', 'Тамбовская область'] },
];

describe('rankEntries', () => {
  it('puts the entry whose district starts with the typed word before letters scattered in a long title', () => {
    expect(rankEntries(sites, 'Приозер')).toEqual(['priozersk']);
    expect(rankEntries(sites, 'площадка')[0]).toBe('tambov');
  });

  it('needs every typed word, in any field, ё as е', () => {
    expect(rankEntries(sites, 'стажировочная омск')).toEqual(['omsk']);
    expect(rankEntries(sites, 'тамбовской')).toEqual(['tambov']);
    expect(rankEntries(sites, 'новгород')).toEqual([]);
  });

  it('lists everything alphabetically for an empty query', () => {
    expect(rankEntries(sites, ' ')).toEqual(['priozersk', 'omsk', 'tambov']);
  });
});
