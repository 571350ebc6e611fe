import { layout, graphlib } from '@dagrejs/dagre';

/** A position as the chart needs it: who it is and whom it reports to (clause 1.3 of its instruction). */
export interface ChartPerson {
  /** Slug of the instruction. */
  id: string;
  position: string;
  direction?: string;
  unit: 'training-site' | 'base-site';
  site: string;
  reportsTo: string[];
  order?: number;
}

export interface ChartLine {
  text: string;
  kind: 'position' | 'direction';
}

export interface ChartNode {
  person: ChartPerson;
  lines: ChartLine[];
  /** Top-left corner and size, in CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartEdge {
  from: string;
  to: string;
  /** SVG path from the superior's box down to the subordinate's. */
  path: string;
}

export interface OrgChart {
  width: number;
  height: number;
  nodes: ChartNode[];
  edges: ChartEdge[];
}

/** Box and type metrics shared with the SVG (font sizes live in the component's CSS). */
export const CHART = {
  nodeWidth: 220,
  padding: 10,
  lineHeight: 18,
  /**
   * Characters per line of a 200px line: conservative for wide fonts (DejaVu Sans, bold 13px for
   * the position, 13px for the direction), so no line overflows its box whatever font is used.
   */
  positionChars: 20,
  directionChars: 24,
  rankGap: 56,
  nodeGap: 20,
  margin: 4,
} as const;

/** The top site above a site (itself, when it has no parent): a network is named after it. */
export function rootSiteOf(site: string, sites: { id: string; parent?: string }[]): string {
  const parentOf = new Map(sites.map((s) => [s.id, s.parent]));
  const seen = new Set<string>();
  let root = site;
  for (let up = parentOf.get(root); up && !seen.has(up); up = parentOf.get(root)) {
    seen.add(root);
    root = up;
  }
  return root;
}

/** A site, its parent site and their children form one network with one chart (Tambov and its base site). */
export function networkOf(site: string, sites: { id: string; parent?: string }[]): Set<string> {
  const network = new Set([rootSiteOf(site, sites)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of sites) {
      if (s.parent && network.has(s.parent) && !network.has(s.id)) {
        network.add(s.id);
        grew = true;
      }
    }
  }
  return network;
}

/** The people of a network, plus anyone outside it they report to, in the order of their instructions. */
export function peopleOfNetwork(network: Set<string>, people: ChartPerson[]): ChartPerson[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const chosen = new Set(people.filter((p) => network.has(p.site)).map((p) => p.id));
  for (const id of [...chosen]) for (const boss of byId.get(id)?.reportsTo ?? []) if (byId.has(boss)) chosen.add(boss);
  return people.filter((p) => chosen.has(p.id)).sort((a, b) => (a.order ?? 999) - (b.order ?? 999));
}

/**
 * Greedy word wrap by character count. A word longer than a line is split after a hyphen
 * («информационно-» / «методическому») so it stays inside its box.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  // Parts of a split word join without a space if they end up on one line after all.
  const tokens = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (word.length > maxChars ? word.split(/(?<=-)(?=\S)/) : [word]).map((part, i) => ({ part, glued: i > 0 })));
  const lines: string[] = [];
  for (const { part, glued } of tokens) {
    const last = lines.at(-1);
    const joined = last === undefined ? undefined : glued ? `${last}${part}` : `${last} ${part}`;
    if (joined !== undefined && joined.length <= maxChars) lines[lines.length - 1] = joined;
    else lines.push(part);
  }
  return lines;
}

function linesOf(person: ChartPerson): ChartLine[] {
  return [
    ...wrapWords(person.position, CHART.positionChars).map((text) => ({ text, kind: 'position' as const })),
    ...wrapWords(person.direction ?? '', CHART.directionChars).map((text) => ({ text, kind: 'direction' as const })),
  ];
}

/**
 * Lays the reporting lines out top-down at build time. dagre places the boxes (layered layout with
 * crossing reduction, and slots between boxes for lines that skip a level); the lines are then
 * drawn the way org charts are: down from the superior, along a lane of the gap between rows,
 * and down into the subordinate. Each superior has a lane of its own in a gap, so lines from
 * different superiors do not run on top of each other.
 */
export function layoutOrgChart(people: ChartPerson[]): OrgChart {
  if (people.length === 0) return { width: 0, height: 0, nodes: [], edges: [] };
  const graph = new graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', ranksep: CHART.rankGap, nodesep: CHART.nodeGap, edgesep: 12, marginx: CHART.margin, marginy: CHART.margin });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(people.map((p) => p.id));
  const lines = new Map(people.map((p) => [p.id, linesOf(p)]));
  for (const person of people) {
    const count = lines.get(person.id)?.length ?? 1;
    graph.setNode(person.id, { width: CHART.nodeWidth, height: count * CHART.lineHeight + 2 * CHART.padding });
  }
  for (const person of people) {
    for (const boss of person.reportsTo) if (ids.has(boss) && boss !== person.id) graph.setEdge(boss, person.id);
  }
  layout(graph);
  const boxes = new Map(
    people.map((person) => {
      const n = graph.node(person.id);
      return [person.id, { person, cx: n.x ?? 0, cy: n.y ?? 0, width: n.width, height: n.height }];
    }),
  );
  const rows = rowsOf([...boxes.values()]);
  const routes = graph.edges().map((e) => ({ from: e.v, to: e.w, via: graph.edge(e).points ?? [] }));
  const lanes = laneMap(routes, boxes, rows);
  const paths = routes.map((r) => ({ from: r.from, to: r.to, points: route(r, boxes, rows, lanes) }));
  // Lines that skip a level may run outside the boxes' span; the drawing must include them.
  const xs = [...[...boxes.values()].flatMap((b) => [b.cx - b.width / 2, b.cx + b.width / 2]), ...paths.flatMap((p) => p.points.map((q) => q.x))];
  const ys = [...[...boxes.values()].flatMap((b) => [b.cy - b.height / 2, b.cy + b.height / 2])];
  const dx = CHART.margin - Math.min(...xs);
  const dy = CHART.margin - Math.min(...ys);
  return {
    width: Math.ceil(Math.max(...xs) + dx + CHART.margin),
    height: Math.ceil(Math.max(...ys) + dy + CHART.margin),
    nodes: people.map((person) => {
      const b = boxes.get(person.id) ?? { cx: 0, cy: 0, width: 0, height: 0 };
      return { person, lines: lines.get(person.id) ?? [], x: b.cx - b.width / 2 + dx, y: b.cy - b.height / 2 + dy, width: b.width, height: b.height };
    }),
    edges: paths.map((p) => ({ from: p.from, to: p.to, path: pathOf(p.points.map((q) => ({ x: q.x + dx, y: q.y + dy }))) })),
  };
}

interface Box {
  cx: number;
  cy: number;
  width: number;
  height: number;
}

interface Row {
  cy: number;
  top: number;
  bottom: number;
}

interface Route {
  from: string;
  to: string;
  /** dagre's points: ends on the boxes, and slots where the line crosses a row. */
  via: { x: number; y: number }[];
}

/** Rows of boxes, top to bottom (dagre centres a row's boxes on one line). */
function rowsOf(boxes: Box[]): Row[] {
  const rows = new Map<number, Row>();
  for (const b of boxes) {
    const key = Math.round(b.cy);
    const row = rows.get(key) ?? { cy: b.cy, top: Infinity, bottom: -Infinity };
    row.top = Math.min(row.top, b.cy - b.height / 2);
    row.bottom = Math.max(row.bottom, b.cy + b.height / 2);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.cy - b.cy);
}

const rowOf = (rows: Row[], box: Box) => rows.findIndex((r) => Math.round(r.cy) === Math.round(box.cy));

/** For each gap between rows, the lane (y) of each superior whose lines run along it. */
function laneMap(routes: Route[], boxes: Map<string, Box>, rows: Row[]): Map<string, number> {
  const users = new Map<number, Map<string, number>>(); // gap → superior → its x, to order lanes
  for (const r of routes) {
    const from = boxes.get(r.from);
    const to = boxes.get(r.to);
    if (!from || !to) continue;
    for (let gap = rowOf(rows, from); gap < rowOf(rows, to); gap++) {
      const inGap = users.get(gap) ?? new Map<string, number>();
      inGap.set(r.from, from.cx);
      users.set(gap, inGap);
    }
  }
  const lanes = new Map<string, number>();
  for (const [gap, inGap] of users) {
    const top = rows[gap].bottom;
    const bottom = rows[gap + 1]?.top ?? top + CHART.rankGap;
    const order = [...inGap.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    order.forEach((id, i) => lanes.set(`${gap}:${id}`, top + ((i + 1) * (bottom - top)) / (order.length + 1)));
  }
  return lanes;
}

/** Down from the superior, along its lane in each gap, through the slot dagre kept in each row crossed, down into the subordinate. */
function route(r: Route, boxes: Map<string, Box>, rows: Row[], lanes: Map<string, number>): { x: number; y: number }[] {
  const from = boxes.get(r.from);
  const to = boxes.get(r.to);
  if (!from || !to) return r.via;
  const first = rowOf(rows, from);
  const last = rowOf(rows, to);
  if (last <= first) return r.via; // a reporting loop: keep dagre's own line
  const slotIn = (row: number) => r.via.find((p) => Math.abs(p.y - rows[row].cy) < 1)?.x ?? to.cx;
  const points = [{ x: from.cx, y: from.cy + from.height / 2 }];
  let x = from.cx;
  for (let gap = first; gap < last; gap++) {
    const y = lanes.get(`${gap}:${r.from}`) ?? (rows[gap].bottom + rows[gap + 1].top) / 2;
    // A line already above its subordinate goes straight down instead of jogging to the centre.
    const straight = Math.abs(x - to.cx) < CHART.nodeWidth / 4 ? x : to.cx;
    const next = gap + 1 < last ? slotIn(gap + 1) : straight;
    points.push({ x, y }, { x: next, y });
    x = next;
  }
  points.push({ x, y: to.cy - to.height / 2 });
  return points;
}

function pathOf(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
