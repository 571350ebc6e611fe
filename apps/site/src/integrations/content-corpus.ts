import type { CollectionName, ContentProblem, EntryRef } from '@stazhirovka/schema';
import { COLLECTION_NAMES, formatProblem } from '@stazhirovka/schema';
import { checkContentTree, contentReport, corpusProblems, mediaProblems } from '@stazhirovka/schema/validate';

/** What one collection's loader found: every file, the valid entries, and their problems. */
export interface CollectionCheck {
  files: { collection: CollectionName; slug: string; file: string }[];
  entries: EntryRef[];
  problems: ContentProblem[];
  /** Files checked and rendered in this sync; the others were unchanged and taken from the store. */
  rendered: number;
}

interface Shared {
  /** The collections loaded in the current sync; the checks across files run when all are in. */
  round: Map<CollectionName, CollectionCheck>;
  /** `collection/slug` → why the file is not shown; the dev server's page for it says so. */
  refused: Map<string, string>;
}

// The loaders run inside Astro's content layer and the pages inside Vite's module runner: two
// module graphs in one process. What they share lives on globalThis under one registered symbol.
const KEY = Symbol.for('stazhirovka:content-corpus');
const shared = (): Shared => {
  const global = globalThis as { [KEY]?: Shared };
  global[KEY] ??= { round: new Map(), refused: new Map() };
  return global[KEY];
};

export const refusedKey = (collection: string, slug: string) => `${collection}/${slug}`;

/** Files the dev server refused since they were last valid, with the message to show on their page. */
export function refusedFiles(): ReadonlyMap<string, string> {
  return shared().refused;
}

export function markRefused(collection: CollectionName, slug: string, problems: readonly ContentProblem[] | undefined): void {
  const { refused } = shared();
  if (problems && problems.length > 0) refused.set(refusedKey(collection, slug), refusal(problems));
  else refused.delete(refusedKey(collection, slug));
}

/** The text the build throws and the dev server shows for refused files, in `validate`'s words. */
export function refusal(problems: readonly ContentProblem[]): string {
  return `Файл не прошёл проверку и не показан:\n${problems.map((p) => `✖ ${formatProblem(p)}`).join('\n')}`;
}

export interface CorpusOutcome {
  /** The report of `validate` when anything is wrong; undefined while other collections are loading. */
  report?: string;
  /** Files of all collections, as `validate` counts them. */
  files: number;
  rendered: number;
  warnings: ContentProblem[];
}

/**
 * Records one collection's check; once all collections of this sync are in, runs the checks
 * across files (references, duplicate slugs, cycles) over the data already parsed, plus the
 * cheap checks of the folder itself (stray files, media), and returns the whole report.
 */
export function collectionChecked(collection: CollectionName, check: CollectionCheck, where: { contentDir: string; repoRoot: string }): CorpusOutcome | undefined {
  const state = shared();
  // A collection loading again starts a new sync (the dev server reloading its config).
  if (state.round.has(collection)) state.round = new Map();
  state.round.set(collection, check);
  if (state.round.size < COLLECTION_NAMES.length) return undefined;
  const checks = [...state.round.values()];
  state.round = new Map();
  const files = checks.flatMap((c) => c.files);
  const problems = [
    ...checkContentTree(where.contentDir, where.repoRoot),
    ...checks.flatMap((c) => c.problems),
    ...corpusProblems(files, checks.flatMap((c) => c.entries)),
    ...mediaProblems(where.repoRoot),
  ];
  const { errors, warnings, report } = contentReport(problems, files.length);
  return { report: errors.length > 0 ? report : undefined, files: files.length, rendered: checks.reduce((sum, c) => sum + c.rendered, 0), warnings };
}
