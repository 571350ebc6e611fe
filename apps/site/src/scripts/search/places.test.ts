import { describe, expect, it } from 'vitest';
import { placesOf } from './places.ts';

const content = '2. Общие положения. 2.1. Площадка работает <с> педагогами. 2.2. Площадка ведёт учёт.';
const anchors = [
  { element: 'h2', id: 's-2', text: '2. Общие положения', location: 0 },
  { element: 'p', id: 'p-2-1', location: 3 },
  { element: 'p', id: 'p-2-2', location: 8 },
  { element: 'div', id: 'org-chart', location: 10 },
];

describe('placesOf', () => {
  it('links each match to the clause it falls under, the busiest clause first', () => {
    const places = placesOf({ content, locations: [4, 9, 11], anchors });
    expect(places.map((p) => [p.id, p.label, p.hits])).toEqual([
      ['p-2-2', 'Пункт 2.2', 2],
      ['p-2-1', 'Пункт 2.1', 1],
    ]);
  });

  it('escapes the text and marks the matched words', () => {
    const [place] = placesOf({ content, locations: [4], anchors });
    expect(place.excerpt).toBe('2.1. <mark>Площадка</mark> работает &lt;с&gt; педагогами.');
  });

  it('falls back to the heading when a match precedes every clause', () => {
    const [place] = placesOf({ content, locations: [1], anchors });
    expect([place.id, place.label]).toEqual(['s-2', '2. Общие положения']);
  });
});
