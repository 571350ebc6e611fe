import { describe, expect, it } from 'vitest';
import { chartMarkup, markedHtml } from './org-chart-markup.ts';
import { type ChartPerson, layoutOrgChart } from './org-chart.ts';

const person = (id: string, position: string, reportsTo: string[] = []): ChartPerson => ({ id, position, unit: 'training-site', site: 'main', reportsTo });
const people = [person('head', 'Руководитель «Центра» <script>alert(1)</script>'), person('tutor', 'Тьютор & "наставник"', ['head']), person('other', 'Методист')];
const markup = chartMarkup(layoutOrgChart(people), people, (id) => `/instructions/${id}/`, (p) => p.position);

describe('the chart written once per network', () => {
  it('escapes the names from content files as text', () => {
    const html = markedHtml(markup.nodes) + markedHtml(markup.items);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markedHtml(markup.items)).toContain('>Тьютор &amp; &quot;наставник&quot;</a> — подчиняется: Руководитель «Центра» &lt;script&gt;');
  });

  it('marks the page’s own position and its reporting lines, nothing on other pages', () => {
    const onTutor = markedHtml(markup.nodes, 'tutor') + markedHtml(markup.items, 'tutor');
    expect(onTutor.match(/aria-current="page"/g)).toHaveLength(2);
    expect(onTutor).toContain('<a href="/instructions/tutor/" class="org-chart__node org-chart__node--training-site" aria-current="page">');
    expect(markedHtml(markup.edges, 'tutor')).toContain('data-from="head" class="is-current"');
    expect(markedHtml(markup.edges, 'other')).not.toContain('is-current');
    expect(markedHtml(markup.nodes) + markedHtml(markup.items) + markedHtml(markup.edges)).not.toMatch(/aria-current|is-current/);
  });
});
