import { type FilterCounts, openBuiltIndex, type PagefindApi, type PagefindResult, searchManifest } from './pagefind-api.ts';
import type { OpenedIndex, openDevIndex } from './dev-index.ts';
import { countResults, renderResult } from './results-view.ts';
import { rewriteQuery } from '../../lib/search/russian-query.ts';
import { type Alternatives, runSearch, type Selection } from './run-search.ts';

/*
 * The search page island. Without JavaScript the page shows a notice and links to the sections
 * (search.astro); with it, this script hides them and runs Pagefind in the browser. Query and
 * filters live in the URL (?q=…&type=…), so a search can be bookmarked, shared and reloaded.
 */

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const app = byId<HTMLElement>('search-app');
const fallback = byId<HTMLElement>('search-fallback');
const status = byId<HTMLElement>('search-status');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const reset = byId<HTMLButtonElement>('search-reset');
const filters = byId<HTMLDetailsElement>('search-filters');
const checkboxes = [...document.querySelectorAll<HTMLInputElement>('[data-filter]')];

let pagefind: PagefindApi | undefined;
/** Said after every search's status, e.g. that the dev server searches without a built index. */
let notice = '';
let alternatives: Alternatives = {};
let results: PagefindResult[] = [];
let shown = 0;
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function selection(): Selection {
  const chosen: Selection = {};
  for (const box of checkboxes) {
    const name = box.dataset.filter ?? '';
    chosen[name] ??= [];
    if (box.checked) chosen[name].push(box.value);
  }
  return chosen;
}

function hasSelection(chosen: Selection): boolean {
  return Object.values(chosen).some((values) => values.length > 0);
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of checkboxes) box.checked = params.getAll(box.dataset.filter ?? '').includes(box.value);
}

function writeUrl(query: string, chosen: Selection) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(chosen)) for (const value of values) params.append(name, value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

function showCounts(counts: FilterCounts) {
  for (const box of checkboxes) {
    const count = counts[box.dataset.filter ?? '']?.[box.value] ?? 0;
    const label = box.labels?.[0];
    const target = label?.querySelector('[data-count]');
    if (target) target.textContent = `(${count})`;
    label?.classList.toggle('is-empty', count === 0 && !box.checked);
  }
}

async function showMore(focusFirst: boolean) {
  const batch = results.slice(shown, shown + PAGE_SIZE);
  const current = generation;
  const data = await Promise.all(batch.map((result) => result.data()));
  if (current !== generation) return;
  const items = data.map(renderResult);
  list.append(...items);
  shown += batch.length;
  more.hidden = shown >= results.length;
  // Keyboard users who asked for more land on the first new result, not back at the top.
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

async function search() {
  if (!pagefind) return;
  const current = ++generation;
  const query = input.value.trim();
  const chosen = selection();
  writeUrl(query, chosen);
  if (!rewriteQuery(query) && !hasSelection(chosen)) {
    results = [];
    list.replaceChildren();
    more.hidden = true;
    showCounts(await pagefind.filters());
    status.textContent = 'Введите запрос или выберите фильтр.';
    return;
  }
  const outcome = await runSearch(pagefind, query, chosen, alternatives);
  if (current !== generation) return;
  results = outcome.results;
  shown = 0;
  list.replaceChildren();
  showCounts(outcome.counts);
  await showMore(false);
  if (current !== generation) return;
  const what = query ? ` по запросу «${query}»` : '';
  const filtered = hasSelection(chosen) ? ' с выбранными фильтрами' : '';
  status.textContent = (results.length > 0
    ? `Найдено: ${countResults(results.length)}${what}${filtered}.`
    : `Ничего не найдено${what}${filtered}. Попробуйте другое слово или снимите фильтры.`) + notice;
}

function searchSoon() {
  clearTimeout(timer);
  timer = setTimeout(() => void search(), DEBOUNCE_MS);
}

const OPTIONS = { excerptLength: 24, ranking: { metaWeights: { forms: 0.5 } } };
const UNAVAILABLE = 'Поиск сейчас недоступен: индекс поиска не собран. Откройте нужный раздел.';

/**
 * The built index; in `astro dev` merged with the pages saved since the server started
 * (dev-index.ts, never part of a build).
 */
async function openIndex(): Promise<OpenedIndex> {
  if (import.meta.env.DEV) {
    // By its dev server address, which the bundler does not follow: a static import() would put
    // the module into the build's output even though this branch never runs there.
    const devIndex = '/src/scripts/search/dev-index.ts';
    const dev = (await import(/* @vite-ignore */ devIndex)) as { openDevIndex: typeof openDevIndex };
    return dev.openDevIndex(OPTIONS);
  }
  return { api: await openBuiltIndex(OPTIONS) };
}

/** Same width as the one-column layout in search.css. */
const PHONE = '(max-width: 48rem)';

/**
 * Searches with `opened` (in dev, again after each save); without an index, says why. Whether the
 * index answered: in dev a failed one is opened again.
 */
async function use(opened: OpenedIndex): Promise<boolean> {
  notice = opened.notice ? ` ${opened.notice}` : '';
  try {
    if (!opened.api) throw new Error(opened.notice);
    await opened.api.filters();
  } catch {
    // Said once: in dev a failing index is tried again every few seconds, and this is a live region.
    const text = notice.trim() || UNAVAILABLE;
    if (status.textContent !== text) status.textContent = text;
    return false;
  }
  pagefind = opened.api;
  fallback.hidden = true;
  app.hidden = false;
  await search();
  return true;
}

async function start() {
  readUrl();
  // A phone shows the results first and keeps the filters folded, unless the address selects some.
  if (matchMedia(PHONE).matches && !hasSelection(selection())) filters.open = false;
  // Without the stems of irregular words the search still finds every page, only ranks them less well.
  const loadingManifest = searchManifest();
  const opening = openIndex().catch((): OpenedIndex => ({}));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  input.addEventListener('input', searchSoon);
  for (const box of checkboxes) box.addEventListener('change', () => void search());
  reset.addEventListener('click', () => {
    for (const box of checkboxes) box.checked = false;
    void search();
    input.focus();
  });
  more.addEventListener('click', () => void showMore(true));
  const opened = await opening;
  alternatives = (await loadingManifest).alternatives;
  const working = await use(opened);
  opened.watch?.(use, working);
}

void start();
