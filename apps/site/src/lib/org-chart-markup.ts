import { escape } from 'html-escaper';
import { CHART, type ChartPerson, type OrgChart } from './org-chart.ts';

/*
 * The markup of a network's chart (components/OrgChart.astro): its boxes, lines and list items.
 * Each instruction page of a network shows the same chart with its own position marked, and at
 * network scale (~130 positions) rendering ~1 000 elements per page through Astro's component
 * renderer cost 9 of the 42 s of rendering 10 000 documents (docs/performance.md). So each part
 * is written once per network, as HTML, in both states, and a page only picks its own. The HTML
 * is what the component wrote itself: escaped as Astro escapes (html-escaper, the same five
 * entities), attributes in the same order.
 */

/** One part of the chart as it is on other pages, and on the page of `marks` (its person or a line to them). */
interface Part {
  plain: string;
  current: string;
  marks: readonly string[];
}

export interface ChartMarkup {
  edges: Part[];
  nodes: Part[];
  items: Part[];
}

const attr = (name: string, value: string | number) => ` ${name}="${escape(String(value))}"`;
const currentPage = ' aria-current="page"';

/** Writes the network's parts; `href` gives a person's instruction page, `nameOf` the name the list shows. */
export function chartMarkup(chart: OrgChart, shown: readonly ChartPerson[], href: (id: string) => string, nameOf: (p: ChartPerson) => string): ChartMarkup {
  const byId = new Map(shown.map((p) => [p.id, p]));
  const edges = chart.edges.map((edge) => {
    const start = `<path${attr('d', edge.path)}${attr('data-from', edge.from)}`;
    return { plain: `${start}></path>`, current: `${start} class="is-current"></path>`, marks: [edge.from, edge.to] };
  });
  const nodes = chart.nodes.map((node) => {
    const start = `<a${attr('href', href(node.person.id))}${attr('class', `org-chart__node org-chart__node--${node.person.unit}`)}`;
    const middle = node.x + node.width / 2;
    const lines = node.lines.map((line, i) => {
      // The box's text is the link's name: a space ends each line, except one broken at a hyphen.
      const text = i < node.lines.length - 1 && !line.text.endsWith('-') ? `${line.text} ` : line.text;
      return `<tspan${attr('x', middle)}${attr('dy', i === 0 ? '1em' : CHART.lineHeight)}${attr('class', `org-chart__${line.kind}`)}>${escape(text)}</tspan>`;
    });
    const rest = `><rect${attr('x', node.x)}${attr('y', node.y)}${attr('width', node.width)}${attr('height', node.height)} rx="6"></rect>` +
      `<text${attr('x', middle)}${attr('y', node.y + CHART.padding)}>${lines.join('')}</text></a>`;
    return { plain: start + rest, current: start + currentPage + rest, marks: [node.person.id] };
  });
  const items = shown.map((person) => {
    const start = `<li><a${attr('href', href(person.id))}`;
    const bosses = person.reportsTo.map((boss) => byId.get(boss)).filter((b) => b !== undefined).map(nameOf).join('; ');
    const reports = person.reportsTo.length === 0 ? 'подчинение в инструкции не указано' : `подчиняется: ${escape(bosses)}`;
    const rest = `>${escape(nameOf(person))}</a> — ${reports}</li>`;
    return { plain: start + rest, current: start + currentPage + rest, marks: [person.id] };
  });
  return { edges, nodes, items };
}

/** The parts joined as on other pages, where each part starts, and which parts each person marks. */
interface Joined {
  html: string;
  starts: number[];
  byMark: Map<string, number[]>;
}

const joined = new WeakMap<readonly Part[], Joined>();

function joinedOf(parts: readonly Part[]): Joined {
  let found = joined.get(parts);
  if (found) return found;
  const starts: number[] = [];
  const byMark = new Map<string, number[]>();
  let length = 0;
  for (const [i, part] of parts.entries()) {
    starts.push(length);
    length += part.plain.length;
    for (const mark of new Set(part.marks)) {
      const marked = byMark.get(mark);
      if (marked) marked.push(i);
      else byMark.set(mark, [i]);
    }
  }
  found = { html: parts.map((part) => part.plain).join(''), starts, byMark };
  joined.set(parts, found);
  return found;
}

/**
 * The parts as on the page of `current` (none marked on a site's page). The network's parts are
 * joined once; a page swaps in only its own few (joining ~1 000 parts for each of 5 000 pages
 * took 1.4 s of the render at 10 000 documents).
 */
export function markedHtml(parts: readonly Part[], current?: string): string {
  const { html, starts, byMark } = joinedOf(parts);
  const marked = current === undefined ? undefined : byMark.get(current);
  if (!marked) return html;
  let out = '';
  let from = 0;
  for (const i of marked) {
    out += html.slice(from, starts[i]) + parts[i].current;
    from = starts[i] + parts[i].plain.length;
  }
  return out + html.slice(from);
}
