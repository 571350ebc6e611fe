import type { PagefindResultData } from './pagefind-api.ts';
import { placesOf } from './places.ts';

const plural = new Intl.PluralRules('ru');

/** «1 результат», «3 результата», «5 результатов». */
export function countResults(count: number): string {
  const forms = { one: 'результат', few: 'результата', many: 'результатов', other: 'результата' } as const;
  const rule = plural.select(count) as keyof typeof forms;
  return `${count} ${forms[rule] ?? forms.many}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function badges(meta: PagefindResultData['meta']): HTMLElement {
  const line = element('p', 'search-result__badges');
  if (meta.type) line.append(element('span', 'badge badge--type', meta.type));
  if (meta.status) {
    const status = element('span', `badge badge--${meta.status_code ?? 'type'}`);
    status.append(element('span', 'visually-hidden', 'Статус: '), meta.status);
    line.append(' ', status);
  }
  if (meta.note) line.append(' ', element('span', 'badge badge--example', meta.note));
  return line;
}

/** Links straight to the clauses and sections where the words were found. */
function placesList(data: PagefindResultData, title: string): HTMLElement | undefined {
  const places = placesOf(data);
  if (places.length === 0) return undefined;
  const list = element('ul', 'search-result__places');
  list.setAttribute('aria-label', `Где найдено в «${title}»`);
  for (const place of places) {
    const item = element('li');
    const link = element('a', undefined, place.label);
    link.href = `${data.url}#${place.id}`;
    const excerpt = element('span', 'search-result__place-excerpt');
    // Built from escaped words (places.ts), like Pagefind's own excerpts.
    excerpt.innerHTML = place.excerpt;
    item.append(link, ': ', excerpt);
    list.append(item);
  }
  return list;
}

/** One result: title link, badges, requisites line, highlighted excerpt, links to clauses. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result__title');
  const link = element('a', undefined, title);
  link.href = data.url;
  heading.append(link);
  item.append(heading, badges(data.meta));
  if (data.meta.requisites) item.append(element('p', 'search-result__requisites', data.meta.requisites));
  if (data.excerpt) {
    const excerpt = element('p', 'search-result__excerpt');
    // Pagefind escapes the page text before adding <mark>, so its excerpt is safe as HTML.
    excerpt.innerHTML = data.excerpt;
    item.append(excerpt);
  }
  const places = placesList(data, title);
  if (places) item.append(places);
  return item;
}
