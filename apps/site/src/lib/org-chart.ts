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
  /** SVG path from the superior's box down to the subordinate's: vertical and horizontal runs only. */
  path: string;
}

export interface OrgChart {
  width: number;
  height: number;
  nodes: ChartNode[];
  edges: ChartEdge[];
  /** Reporting lines not drawn because a longer line already shows them (see `drawnRelations`). */
  implied: { from: string; to: string }[];
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
  const { byId, bySite, place } = indexOf(people);
  const chosen = new Set([...network].flatMap((site) => bySite.get(site) ?? []).map((p) => p.id));
  for (const id of [...chosen]) for (const boss of byId.get(id)?.reportsTo ?? []) if (byId.has(boss)) chosen.add(boss);
  // By instruction order, then as listed: what filtering the list and a stable sort gave.
  return [...chosen]
    .map((id) => byId.get(id) as ChartPerson)
    .sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || (place.get(a.id) ?? 0) - (place.get(b.id) ?? 0));
}

/** People by id and by site, and where each is in the list: a site's chart reads only its network's people. */
interface PeopleIndex {
  byId: Map<string, ChartPerson>;
  bySite: Map<string, ChartPerson[]>;
  place: Map<string, number>;
}

// Built once per list of people: going through all 5 000 people of 10 000 documents for each of
// ~600 networks cost 0.5 s of the render.
const indexes = new WeakMap<ChartPerson[], PeopleIndex>();

function indexOf(people: ChartPerson[]): PeopleIndex {
  let index = indexes.get(people);
  if (index) return index;
  index = { byId: new Map(), bySite: new Map(), place: new Map() };
  for (const [i, person] of people.entries()) {
    index.byId.set(person.id, person);
    index.place.set(person.id, i);
    const ofSite = index.bySite.get(person.site);
    if (ofSite) ofSite.push(person);
    else index.bySite.set(person.site, [person]);
  }
  indexes.set(people, index);
  return index;
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

/** Whether `to` can be reached from `from` along `edges` in two steps or more. */
function reachableIndirectly(from: string, to: string, below: Map<string, string[]>): boolean {
  const seen = new Set<string>();
  const stack = (below.get(from) ?? []).filter((next) => next !== to);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(below.get(id) ?? []));
  }
  return false;
}

/**
 * The reporting lines worth drawing. A documentoved reports to the head and to the three
 * coordinators, who report to the head: the line from the head is implied by the coordinators'
 * and would only cross them, so it is left out of the drawing (the list below the chart keeps it).
 * A line that closes a reporting loop is left out too: a chart runs top-down.
 */
export function drawnRelations(people: ChartPerson[]): { drawn: [string, string][]; implied: [string, string][] } {
  const ids = new Set(people.map((p) => p.id));
  const all = people.flatMap((p) => [...new Set(p.reportsTo)].filter((boss) => ids.has(boss) && boss !== p.id).map((boss) => [boss, p.id] as [string, string]));
  const below = new Map<string, string[]>();
  const acyclic: [string, string][] = [];
  for (const [boss, sub] of all) {
    if (boss === sub || reachableIndirectly(sub, boss, below) || (below.get(sub) ?? []).includes(boss)) continue;
    below.set(boss, [...(below.get(boss) ?? []), sub]);
    acyclic.push([boss, sub]);
  }
  const drawn = acyclic.filter(([boss, sub]) => !reachableIndirectly(boss, sub, below));
  const implied = all.filter(([boss, sub]) => !drawn.some(([b, s]) => b === boss && s === sub));
  return { drawn, implied };
}

/** Row of each person: one below the lowest of their superiors (longest path from the top). */
function ranksOf(people: ChartPerson[], drawn: [string, string][]): Map<string, number> {
  const rank = new Map(people.map((p) => [p.id, 0]));
  // The drawn lines form no loop, so as many passes as people settle every rank.
  for (let pass = 0; pass < people.length; pass++) {
    for (const [boss, sub] of drawn) rank.set(sub, Math.max(rank.get(sub) ?? 0, (rank.get(boss) ?? 0) + 1));
  }
  return rank;
}

/** People who report to the same superiors share one bus line: a «family» in the chart. */
interface Family {
  parents: string[];
  children: string[];
}

function familiesOf(people: ChartPerson[], drawn: [string, string][]): Family[] {
  const families = new Map<string, Family>();
  for (const person of people) {
    const parents = drawn.filter(([, sub]) => sub === person.id).map(([boss]) => boss);
    if (parents.length === 0) continue;
    const key = [...parents].sort().join('|');
    const family = families.get(key) ?? { parents, children: [] };
    family.children.push(person.id);
    families.set(key, family);
  }
  return [...families.values()];
}

/** Left-to-right order of each row: a family's children side by side, under their superiors. */
function rowsInOrder(people: ChartPerson[], rank: Map<string, number>, families: Family[]): string[][] {
  const rows: string[][] = [];
  const placed = new Set<string>();
  const put = (id: string) => {
    if (placed.has(id)) return;
    placed.add(id);
    (rows[rank.get(id) ?? 0] ??= []).push(id);
  };
  for (const person of people) if ((rank.get(person.id) ?? 0) === 0) put(person.id);
  for (let r = 0; r < rows.length; r++) {
    const position = new Map((rows[r] ?? []).map((id, i) => [id, i]));
    const leftmost = (f: Family) => Math.min(...f.parents.map((id) => position.get(id) ?? Infinity));
    const here = families.filter((f) => Number.isFinite(leftmost(f))).sort((a, b) => leftmost(a) - leftmost(b));
    for (const family of here) for (const child of family.children) if ((rank.get(child) ?? 0) === r + 1) put(child);
  }
  // Anyone not reached (a superior in a lower row) still gets a place at the end of their row.
  for (const person of people) put(person.id);
  return rows.map((row) => row ?? []);
}

const STEP = CHART.nodeWidth + CHART.nodeGap;

/**
 * Horizontal centres, bottom row first: each superior (or group of superiors sharing their people)
 * is centred over the people below, never closer than a gap to its left neighbour. A superior
 * pushed right takes the people that only it leads along, so its lines stay straight.
 */
function centresOf(rows: string[][], families: Family[]): Map<string, number> {
  const x = new Map<string, number>();
  const childrenOf = (id: string) => families.filter((f) => f.parents.includes(id));
  const shiftDown = (id: string, by: number, seen = new Set<string>()) => {
    for (const family of childrenOf(id)) {
      if (family.parents.length > 1) continue;
      for (const child of family.children) {
        if (seen.has(child)) continue;
        seen.add(child);
        x.set(child, (x.get(child) ?? 0) + by);
        shiftDown(child, by, seen);
      }
    }
  };
  for (let r = rows.length - 1; r >= 0; r--) {
    let right = -Infinity;
    for (const id of rows[r]) {
      const family = childrenOf(id).find((f) => f.children.every((c) => x.has(c)));
      let wanted = Number.isFinite(right) ? right + STEP : 0;
      if (family) {
        const cs = family.children.map((c) => x.get(c) ?? 0);
        const middle = (Math.min(...cs) + Math.max(...cs)) / 2;
        const inRow = family.parents.filter((p) => rows[r].includes(p));
        wanted = middle + (inRow.indexOf(id) - (inRow.length - 1) / 2) * STEP;
      }
      const centre = Number.isFinite(right) ? Math.max(wanted, right + STEP) : wanted;
      if (family && centre > wanted) shiftDown(id, centre - wanted);
      x.set(id, centre);
      right = centre;
    }
  }
  return x;
}

/**
 * Lays the chart out top-down at build time, the way org charts are drawn: a row per level, each
 * superior above the people who report to them, and lines that run straight down from the
 * superior to a bus between the rows, along it, and straight down into the subordinate. People
 * with the same superiors share one bus; buses in the same gap get lanes of their own.
 */
export function layoutOrgChart(people: ChartPerson[]): OrgChart {
  if (people.length === 0) return { width: 0, height: 0, nodes: [], edges: [], implied: [] };
  const { drawn, implied } = drawnRelations(people);
  const rank = ranksOf(people, drawn);
  const families = familiesOf(people, drawn);
  const rows = rowsInOrder(people, rank, families);
  const centre = centresOf(rows, families);
  const lines = new Map(people.map((p) => [p.id, linesOf(p)]));
  const heightOf = (id: string) => (lines.get(id)?.length ?? 1) * CHART.lineHeight + 2 * CHART.padding;
  const rowHeight = rows.map((row) => Math.max(...row.map(heightOf)));
  const gapOf = (r: number) => CHART.rankGap + 12 * Math.max(0, families.filter((f) => f.children.some((c) => rank.get(c) === r + 1)).length - 1);
  const top: number[] = [];
  rows.forEach((_, r) => (top[r] = r === 0 ? CHART.margin : top[r - 1] + rowHeight[r - 1] + gapOf(r - 1)));
  const left = Math.min(...[...centre.values()]) - CHART.nodeWidth / 2;
  const dx = CHART.margin - left;
  const nodes: ChartNode[] = people.map((person) => {
    const r = rank.get(person.id) ?? 0;
    return { person, lines: lines.get(person.id) ?? [], x: (centre.get(person.id) ?? 0) - CHART.nodeWidth / 2 + dx, y: top[r], width: CHART.nodeWidth, height: heightOf(person.id) };
  });
  const box = new Map(nodes.map((n) => [n.person.id, n]));
  const edges: ChartEdge[] = [];
  for (let r = 0; r + 1 < rows.length; r++) {
    const here = families.filter((f) => f.children.some((c) => rank.get(c) === r + 1));
    const lane = (i: number) => top[r] + rowHeight[r] + ((i + 1) * gapOf(r)) / (here.length + 1);
    here
      .sort((a, b) => Math.min(...a.parents.map((p) => box.get(p)?.x ?? 0)) - Math.min(...b.parents.map((p) => box.get(p)?.x ?? 0)))
      .forEach((family, i) => {
        for (const parent of family.parents) {
          for (const child of family.children) {
            const from = box.get(parent);
            const to = box.get(child);
            if (!from || !to) continue;
            const fx = from.x + from.width / 2;
            const tx = to.x + to.width / 2;
            const y = lane(i);
            edges.push({ from: parent, to: child, path: pathOf([{ x: fx, y: from.y + from.height }, { x: fx, y }, { x: tx, y }, { x: tx, y: to.y }]) });
          }
        }
      });
  }
  return {
    width: Math.ceil(Math.max(...nodes.map((n) => n.x + n.width)) + CHART.margin),
    height: Math.ceil(Math.max(...nodes.map((n) => n.y + n.height)) + CHART.margin),
    nodes,
    edges,
    implied: implied.map(([from, to]) => ({ from, to })),
  };
}

function pathOf(points: { x: number; y: number }[]): string {
  // Repeated points (a line straight down) are dropped, so every segment has a length.
  const kept = points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y);
  return kept.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;
