import { DEV_SEARCH_EVENT, DEV_SEARCH_URL, DEV_STATE_FILE, type DevSearchState } from '../../lib/search/dev-search-bundle.ts';
import { loadPagefind, mergeCounts, openBuiltIndex, type PagefindApi } from './pagefind-api.ts';

/*
 * Only in `astro dev` (search-page.ts imports this module behind `import.meta.env.DEV`, so a build
 * neither bundles nor requests it). The dev server serves the last built index at /pagefind/ and
 * the pages saved since it started at DEV_SEARCH_URL (integrations/dev-search.ts); this merges
 * the two, and leaves out the built index's records of the pages saved or removed since, so a
 * changed page is found by its new text, once.
 */

export interface OpenedIndex {
  api?: PagefindApi;
  /** What the reader should know about this search, in Russian; with no `api`, why there is none. */
  notice?: string;
  /**
   * Calls `apply` with the index opened again each time the dev server's session index changes, and
   * again until `apply` says the index answered; `working` says whether this one did.
   */
  watch?: (apply: (opened: OpenedIndex) => Promise<boolean>, working: boolean) => void;
}

const NOTHING_BUILT =
  'Индекс поиска ещё не собран: выполните «pnpm build» и перезапустите «pnpm start». ' +
  'Страницы, сохранённые после запуска, ищутся и без сборки: сохраните документ, и поиск здесь его найдёт.';
const ONLY_SESSION = 'Индекс поиска ещё не собран («pnpm build»): ищутся только страницы, сохранённые после запуска «pnpm start».';
const REOPENING = 'Индекс поиска обновляется после сохранения: поиск снова заработает через несколько секунд.';

/** How often an open search page asks whether the session index changed (a tiny JSON file). */
const CHECK_MS = 2000;

async function devState(): Promise<DevSearchState | undefined> {
  try {
    const response = await fetch(`${DEV_SEARCH_URL}${DEV_STATE_FILE}`, { cache: 'no-store' });
    return response.ok ? ((await response.json()) as DevSearchState) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Ranks the session's pages above the built index's. Scores of two indexes do not compare: a word
 * weighs by how few of an index's pages hold it, and the session's index holds a handful, so a
 * saved page would sink under pages that only resemble the query. In dev the page just saved is
 * what its author looks for; the offset survives run-search.ts's reranking, which compares scores.
 */
const SESSION_FIRST = 1_000_000;

/**
 * The built index and the session's as one, the built one without its stale records. Two Pagefind
 * instances side by side rather than Pagefind's own `mergeIndex`, so the session's pages can be
 * told apart and ranked first.
 */
function combined(built: PagefindApi, session: PagefindApi, hidden: ReadonlySet<string>): PagefindApi {
  const both = [built, session];
  return {
    options: async (options) => void (await Promise.all(both.map((api) => api.options(options)))),
    init: async () => void (await Promise.all(both.map((api) => api.init()))),
    filters: async () => mergeCounts(await Promise.all(both.map((api) => api.filters()))),
    search: async (term, options) => {
      const [old, fresh] = await Promise.all(both.map((api) => api.search(term, options)));
      const results = [
        ...fresh.results.map((result) => ({ ...result, score: result.score + SESSION_FIRST })),
        ...old.results.filter((result) => !hidden.has(result.id)),
      ].sort((a, b) => b.score - a.score);
      return { results, unfilteredResultCount: results.length, filters: mergeCounts([old.filters, fresh.filters]) };
    },
  };
}

/**
 * Failed opens so far. pagefind.js keeps what it loaded, and a module that failed keeps failing,
 * so each new version of the session's index, and each new try, imports it under its own address.
 */
let retries = 0;

const loadSession = (version: number) => loadPagefind(DEV_SEARCH_URL, `?v=${version}&retry=${retries}`);

async function open(options: Record<string, unknown>, state: DevSearchState): Promise<OpenedIndex> {
  const version = state.version;
  const session = state.indexed.length > 0;
  if (state.noBuiltIndex) {
    if (!session) return { notice: NOTHING_BUILT };
    const api = await loadSession(version);
    await api.options(options);
    return { api, notice: ONLY_SESSION };
  }
  const api = await openBuiltIndex(options, retries > 0 ? `?retry=${retries}` : '');
  if (!session) return { api };
  const fresh = await loadSession(version);
  await fresh.options(options);
  return { api: combined(api, fresh, new Set(state.hidden)) };
}

/**
 * The built index merged with this dev session's, set up with `options` (those of the search
 * page). When a save changes the session's index, the dev server says so over Vite's HMR channel
 * and `watch` hands over the index opened again, so an open search page answers anew. Opening can
 * fail while a save is under way (open pages reload, the session's bundle
 * is replaced): then it is tried again, rather than leaving the page without search.
 */
export async function openDevIndex(options: Record<string, unknown>): Promise<OpenedIndex> {
  const first = (await devState()) ?? { indexed: [], hidden: [], noBuiltIndex: false, version: 0 };
  let opened = first.version;
  /** The version being opened: asked again meanwhile, it is not opened twice; a newer one is. */
  let opening: number | undefined;
  let initial: OpenedIndex;
  try {
    initial = await open(options, first);
  } catch {
    initial = { notice: REOPENING };
    opened = -1;
    retries++;
  }
  const watch = (apply: (index: OpenedIndex) => Promise<boolean>, working: boolean) => {
    if (!working && initial.api) {
      opened = -1;
      retries++;
    }
    const check = async () => {
      const state = await devState();
      if (!state || state.version === opened || state.version === opening) return;
      const version = (opening = state.version);
      try {
        const index = await open(options, state).catch(() => undefined);
        // A newer version was opened, or is being opened, meanwhile: this one is stale.
        if (version < opened || (opening ?? version) > version) return;
        // With no index at all (nothing built or saved yet) there is nothing to try again.
        if (index && ((await apply(index)) || !index.api)) opened = version;
        else retries++;
      } finally {
        if (opening === version) opening = undefined;
      }
    };
    import.meta.hot?.on(DEV_SEARCH_EVENT, () => void check());
    // Also on a timer: an HMR message sent while this page was loading, or reloading, is lost.
    setInterval(() => void check(), CHECK_MS);
    void check();
  };
  return { ...initial, watch };
}
