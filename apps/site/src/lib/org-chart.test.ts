import { describe, expect, it } from 'vitest';
import { CHART, type ChartPerson, layoutOrgChart, networkOf, peopleOfNetwork, rootSiteOf, wrapWords } from './org-chart.ts';

const person = (id: string, reportsTo: string[] = [], site = 'main', order = 0): ChartPerson => ({
  id, position: `Должность ${id}`, unit: site === 'main' ? 'training-site' : 'base-site', site, reportsTo, order,
});

// The Tambov shape: a head, coordinators, people reporting to several of them, and a base site below.
const people = [
  person('head', [], 'main', 1),
  person('c1', ['head'], 'main', 2),
  person('c2', ['head'], 'main', 3),
  person('docs', ['head', 'c1', 'c2'], 'main', 4),
  person('basehead', ['head', 'c1'], 'main', 5),
  person('basecoord', ['basehead'], 'base', 6),
  person('tutor', ['basecoord'], 'base', 7),
  person('other', [], 'elsewhere', 8),
];
const sites = [{ id: 'main' }, { id: 'base', parent: 'main' }, { id: 'elsewhere' }];

describe('which positions a chart shows', () => {
  it('names a network after its top site', () => {
    expect(rootSiteOf('base', sites)).toBe('main');
    expect(rootSiteOf('main', sites)).toBe('main');
  });

  it('covers a site with its parent and child sites, from any of them', () => {
    expect([...networkOf('base', sites)].sort()).toEqual(['base', 'main']);
    expect([...networkOf('main', sites)].sort()).toEqual(['base', 'main']);
    expect([...networkOf('elsewhere', sites)]).toEqual(['elsewhere']);
  });

  it('lists the network’s people in the order of their instructions', () => {
    expect(peopleOfNetwork(networkOf('base', sites), people).map((p) => p.id)).toEqual(['head', 'c1', 'c2', 'docs', 'basehead', 'basecoord', 'tutor']);
  });
});

describe('the drawn chart', () => {
  const chart = layoutOrgChart(peopleOfNetwork(networkOf('main', sites), people));
  const box = (id: string) => {
    const node = chart.nodes.find((n) => n.person.id === id);
    if (!node) throw new Error(id);
    return node;
  };

  it('draws one line per reporting relation', () => {
    expect(chart.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(
      ['head>c1', 'head>c2', 'head>docs', 'c1>docs', 'c2>docs', 'head>basehead', 'c1>basehead', 'basehead>basecoord', 'basecoord>tutor'].sort(),
    );
  });

  it('puts every superior above the people who report to them', () => {
    for (const edge of chart.edges) expect(box(edge.from).y + box(edge.from).height, `${edge.from} above ${edge.to}`).toBeLessThan(box(edge.to).y);
  });

  it('runs each line from the bottom of the superior’s box to the top of the subordinate’s', () => {
    for (const edge of chart.edges) {
      const points = edge.path.split(/[ML]/).filter(Boolean).map((p) => p.trim().split(' ').map(Number));
      const [, startY] = points[0];
      const [endX, endY] = points[points.length - 1];
      expect(startY).toBeCloseTo(box(edge.from).y + box(edge.from).height, 0);
      expect(endY).toBeCloseTo(box(edge.to).y, 0);
      expect(endX).toBeGreaterThanOrEqual(box(edge.to).x);
      expect(endX).toBeLessThanOrEqual(box(edge.to).x + box(edge.to).width);
    }
  });

  it('keeps boxes apart and inside the drawing', () => {
    for (const a of chart.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(chart.width);
      for (const b of chart.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.person.id} / ${b.person.id}`).toBe(true);
      }
    }
  });

  it('is empty when there is nobody to draw', () => {
    expect(layoutOrgChart([])).toEqual({ width: 0, height: 0, nodes: [], edges: [] });
  });
});

describe('text in the boxes', () => {
  it('wraps by words within the line length', () => {
    expect(wrapWords('Координатор стажировочной площадки', CHART.positionChars)).toEqual(['Координатор', 'стажировочной', 'площадки']);
    expect(wrapWords('Тьютор базовой площадки', 20)).toEqual(['Тьютор базовой', 'площадки']);
  });

  it('splits a word longer than a line after its hyphen, without adding a space', () => {
    expect(wrapWords('по информационно-методическому сопровождению', CHART.directionChars)).toEqual(['по информационно-', 'методическому', 'сопровождению']);
    expect(wrapWords('учебно-методическое', 30)).toEqual(['учебно-методическое']);
  });
});
