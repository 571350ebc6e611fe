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

  it('draws each reporting line a longer line does not already show', () => {
    expect(chart.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(
      ['head>c1', 'head>c2', 'c1>docs', 'c2>docs', 'c1>basehead', 'basehead>basecoord', 'basecoord>tutor'].sort(),
    );
    expect(chart.implied.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['head>basehead', 'head>docs']);
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
    expect(layoutOrgChart([])).toEqual({ width: 0, height: 0, nodes: [], edges: [], implied: [] });
  });
});

type Point = { x: number; y: number };
type Segment = [Point, Point];

const segmentsOf = (path: string): Segment[] => {
  const points = path.split(/[ML]/).filter(Boolean).map((p) => p.trim().split(' ').map(Number)).map(([x, y]) => ({ x, y }));
  return points.slice(1).map((p, i) => [points[i], p] as Segment);
};

/** Two segments cross when they meet at a point inside both (a line joining a bus at its end does not cross it). */
function cross([a, b]: Segment, [c, d]: Segment): boolean {
  const det = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
  if (det === 0) return false; // parallel: a shared bus is drawn on top of itself, not across
  const t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / det;
  const u = ((c.x - a.x) * (b.y - a.y) - (c.y - a.y) * (b.x - a.x)) / det;
  const inside = (v: number) => v > 1e-6 && v < 1 - 1e-6;
  return inside(t) && inside(u);
}

// The Tambov network of the seed content, as its instructions' clause 1.3 has it.
const tambov = [
  person('rukovoditel', [], 'main', 1),
  person('k-uch', ['rukovoditel'], 'main', 2),
  person('k-nauch', ['rukovoditel'], 'main', 3),
  person('k-norm', ['rukovoditel'], 'main', 4),
  person('t-org', ['k-uch', 'k-nauch', 'k-norm'], 'main', 5),
  person('t-inf', ['k-uch', 'k-nauch', 'k-norm'], 'main', 6),
  person('s-ruk-baz', ['rukovoditel', 'k-uch', 'k-nauch', 'k-norm'], 'main', 7),
  person('dokumentoved', ['rukovoditel', 'k-uch', 'k-nauch', 'k-norm'], 'main', 8),
  person('k-baz', ['s-ruk-baz'], 'base', 9),
  person('t-baz', ['k-baz'], 'base', 10),
  person('s-lp', ['s-ruk-baz', 'k-baz'], 'base', 11),
];

// A superior shared by two bus groups in one gap may still cross another's bus (the test network
// above); the seed networks must not.
describe('lines of the Tambov seed network', () => {
  const chart = layoutOrgChart(tambov);
  const segments = chart.edges.flatMap((edge) => segmentsOf(edge.path).map((segment) => ({ edge, segment })));

  // Lines of one superior branch where they meet; lines of different superiors must never cross.
  it('of different superiors never cross', () => {
    for (const a of segments) {
      for (const b of segments.filter((s) => s.edge.from !== a.edge.from)) {
        expect(cross(a.segment, b.segment), `${a.edge.from}>${a.edge.to} × ${b.edge.from}>${b.edge.to}`).toBe(false);
      }
    }
  });

  it('run only down and sideways, inside the drawing, and never through a box', () => {
    for (const { edge, segment: [p, q] } of segments) {
      expect(q.y, `${edge.from}>${edge.to} goes up`).toBeGreaterThanOrEqual(p.y);
      expect(p.x === q.x || p.y === q.y).toBe(true);
      for (const point of [p, q]) {
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(chart.width);
      }
      for (const node of chart.nodes) {
        const inside = (pt: Point) => pt.x > node.x && pt.x < node.x + node.width && pt.y > node.y + 0.5 && pt.y < node.y + node.height - 0.5;
        const middle = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
        expect(inside(middle) || inside(p) || inside(q), `${edge.from}>${edge.to} through ${node.person.id}`).toBe(false);
      }
    }
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
