import { existsSync, readdirSync } from 'node:fs';
import { constants } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { COLLECTION_NAMES } from '@stazhirovka/schema';
import type { BuildLog } from './build-log.ts';

/** How `astro build` ended, and what was known about where it was. */
export interface BuildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  log: Pick<BuildLog, 'phase' | 'renderingRoute' | 'failedRoute' | 'firstError' | 'outOfMemory'>;
  /** Content files being compiled when the process died (see build-progress.ts). */
  compiling: readonly string[];
  /** Pages being rendered when the process died (see build-progress.ts). */
  rendering?: readonly string[];
  /** What a build that said it succeeded lacks (see atomic-output.ts). */
  missing?: readonly string[];
}

export interface ReportPlaces {
  contentDir: string;
  /** Paths are shown relative to it when they are inside it. */
  repoRoot: string;
  outDir: string;
  /** Whether a previously published site is in `outDir`. */
  hadPrevious: boolean;
}

const BUILD_COMMAND = 'npx -y pnpm@10.34.9 build';
const MEMORY_FIX =
  'если файл очень большой, разделите его на несколько; если нет — дайте сборке больше памяти: ' +
  `NODE_OPTIONS=--max-old-space-size=8192 ${BUILD_COMMAND}`;

/** `/regulations/x/index.html` → `/regulations/x/`, the address a reader would open. */
export function pageAddress(route: string): string {
  return route.replace(/index\.html$/, '');
}

/**
 * The content file a page is made from: `/regulations/x/` → `<contentDir>/regulations/x.mdx`.
 * Entry pages live at `/<collection>/<id>/`, and an entry's id is its file name without the
 * extension (Astro's glob loader lowercases it). Undefined for other pages and unknown files.
 */
export function contentFileOf(route: string, contentDir: string): string | undefined {
  const [collection, slug, ...rest] = pageAddress(route).split('/').filter(Boolean);
  if (!slug || rest.length > 0 || !(COLLECTION_NAMES as readonly string[]).includes(collection)) return undefined;
  const folder = join(contentDir, collection);
  if (!existsSync(folder)) return undefined;
  const name = readdirSync(folder).find((file) => /\.mdx?$/.test(file) && file.replace(/\.mdx?$/, '').toLowerCase() === slug);
  return name && join(folder, name);
}

/** The name of the signal that ended the process: given, or encoded as 128 + n by a shell wrapper. */
export function signalOf(code: number | null, signal: NodeJS.Signals | null): NodeJS.Signals | undefined {
  if (signal) return signal;
  if (code === null || code <= 128) return undefined;
  const found = Object.entries(constants.signals).find(([, number]) => number === code - 128);
  return found?.[0] as NodeJS.Signals | undefined;
}

const show = (path: string, places: ReportPlaces) => {
  const inside = relative(places.repoRoot, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
};

/**
 * The pages the build stopped in: the one Astro names with an exception; else those the progress
 * file has open when the process died (two render at a time, and a crash says nothing); else the
 * last page Astro's log started.
 */
function stoppedPages({ log, rendering = [] }: BuildOutcome): string[] {
  if (log.phase !== 'render') return [];
  if (log.failedRoute) return [log.failedRoute];
  if (rendering.length > 0) return [...rendering];
  return log.renderingRoute ? [log.renderingRoute] : [];
}

interface Cause {
  what: string;
  fix: string;
}

function causeOf(outcome: BuildOutcome): Cause {
  const signal = signalOf(outcome.code, outcome.signal);
  const { log } = outcome;
  if (log.outOfMemory) return { what: 'сборке не хватило памяти (JavaScript heap out of memory)', fix: MEMORY_FIX };
  if (signal === 'SIGKILL') {
    return { what: 'процесс сборки принудительно остановлен (SIGKILL); обычно так система останавливает процесс, которому не хватило памяти', fix: MEMORY_FIX };
  }
  if (signal === 'SIGINT' || signal === 'SIGTERM' || signal === 'SIGHUP') {
    return { what: `сборка прервана (${signal})`, fix: `запустите сборку снова: ${BUILD_COMMAND}` };
  }
  if (signal) {
    return {
      what: `процесс сборки аварийно остановился (${signal}) без сообщения об ошибке`,
      fix: 'так бывает, когда разметка текста слишком глубоко вложена (цитаты «>» внутри цитат, списки внутри списков) или строка слишком длинная: упростите разметку этого файла',
    };
  }
  if (outcome.missing?.length) {
    return {
      what: `сборка закончилась, но в ней нет ${outcome.missing.join(', ')}`,
      fix: `запустите сборку снова (${BUILD_COMMAND}); если повторится — сообщите разработчикам`,
    };
  }
  if (log.firstError?.includes('Содержимое не прошло проверку')) {
    return { what: 'содержимое не прошло проверку', fix: 'исправьте ошибки, перечисленные выше (у каждой — файл, поле и что сделать), и запустите сборку снова' };
  }
  const said = log.firstError ? `: ${log.firstError.slice(0, 300)}` : '';
  const what = `сборка завершилась с ошибкой (код ${outcome.code ?? '?'})${said}`;
  if (stoppedPages(outcome).length > 0) {
    return {
      what,
      fix: 'проверьте недавние правки в этом файле; если он в порядке, это ошибка в коде сайта — передайте разработчикам сообщения сборки выше',
    };
  }
  return { what, fix: 'подробности — в сообщениях сборки выше' };
}

function placeOf(outcome: BuildOutcome, places: ReportPlaces): string | undefined {
  const { log } = outcome;
  const pageOf = (route: string) => {
    const file = contentFileOf(route, places.contentDir);
    const address = pageAddress(route);
    return file ? `${show(file, places)} (страница ${address})` : `страница ${address}`;
  };
  const pages = stoppedPages(outcome);
  if (pages.length === 1) return pageOf(pages[0]);
  if (pages.length > 1) return `одна из двух страниц, которые собирались в тот момент: ${pages.map(pageOf).join('; ')}`;
  const compiling = outcome.compiling.filter((file) => !relative(places.contentDir, file).startsWith('..'));
  if (compiling.length === 1) return show(compiling[0], places);
  if (compiling.length > 1) return `один из файлов ${compiling.map((file) => show(file, places)).join(', ')}`;
  switch (log.phase) {
    case 'setup':
      return 'до сборки страниц (проверка содержимого и настройка)';
    case 'content':
      return `при чтении файлов из ${show(places.contentDir, places)}`;
    case 'finish':
      return 'после страниц: поисковый индекс, редактор /admin/ или заголовки безопасности';
    default:
      return undefined;
  }
}

/** The Russian report a failed build ends with: what happened, in which file, what to do. */
export function failureReport(outcome: BuildOutcome, places: ReportPlaces): string {
  const cause = causeOf(outcome);
  const place = placeOf(outcome, places);
  const kept = places.hadPrevious
    ? `Опубликованный сайт (${show(places.outDir, places)}) остался прежним.`
    : `Прежней сборки нет: ${show(places.outDir, places)} не создан.`;
  return [
    `✖ Сайт не опубликован: ${cause.what}.`,
    ...(place ? [`  Где: ${place}.`] : []),
    `  Что делать: ${cause.fix}.`,
    `  ${kept}`,
  ].join('\n');
}
