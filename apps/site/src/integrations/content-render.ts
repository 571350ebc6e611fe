import { pathToFileURL } from 'node:url';
import { COLLECTIONS, type ContentProblem } from '@stazhirovka/schema';
import { internalError, type RawEntry, validateEntry } from '@stazhirovka/schema/validate';
import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownHeading } from 'astro';
import type { MdastPluginDefinition } from 'satteri';
import { recordProgress } from '../build/build-progress.ts';
import { clauseAnchors } from '../lib/clause-anchors.ts';

/*
 * One content file checked and its body rendered: the work of the content loader
 * (content-loader.ts) for each new or changed file, done in the loader's own thread or in a
 * worker (content-worker.ts), with the same renderer either way.
 */

/**
 * The site's Markdown processor (astro.config.mjs): permanent ids and «¶» links for every numbered
 * clause (clause anchors); legal text shown exactly as written, no "smart" quotes, dashes or
 * ellipses; what Markdown would read otherwise than MDX (the files' format) refused, not shown.
 */
export const markdownProcessor = () =>
  satteri({ mdastPlugins: [refuseMdxOnlyDifferences], hastPlugins: [clauseAnchors], features: { smartPunctuation: false } });

export type Renderer = Awaited<ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']>>;

/** The settings of Astro's `markdown` config a renderer is created with, passed to workers as data. */
export type RendererSettings = Parameters<ReturnType<typeof markdownProcessor>['createRenderer']>[0];

/** A file checked and, when valid, rendered. */
export interface Rendered {
  problems: ContentProblem[];
  data?: Record<string, unknown>;
  /** The body's HTML and headings, when the file has no errors. */
  body?: { html: string; headings: MarkdownHeading[] };
}

/** Checks `raw` with the rules of `validate` and renders its body if it has no errors. */
export async function checkAndRender(raw: RawEntry, path: string, renderer: Renderer): Promise<Rendered> {
  // Recorded before the work that may crash the process, so the failure report can name the file.
  recordProgress('+', path);
  const checked = validateEntry(raw);
  let problems = checked.problems;
  let result: Rendered = { problems };
  if (checked.entry && checked.body && !problems.some((p) => p.severity === 'error')) {
    try {
      const data = checked.entry.data as Record<string, unknown>;
      const { code, metadata } = await renderer.render(checked.body.text, { frontmatter: data, fileURL: pathToFileURL(path) });
      // The MDX compiler's output ended at the last block; Markdown's ends with a line break.
      result = { problems, data, body: { html: code.replace(/\n+$/, ''), headings: metadata.headings } };
    } catch (error) {
      problems = [...problems, renderProblem(raw, checked.body.lineOffset, error)];
      result = { problems };
    }
  }
  recordProgress('-', path);
  return result;
}

/** The renderer refused the body (see refuseMdxOnlyDifferences) or failed: named against the file. */
function renderProblem(raw: RawEntry, lineOffset: number, error: unknown): ContentProblem {
  const line = (error as { line?: unknown }).line;
  if (!(error instanceof RefusedMarkdown)) return internalError(raw.file, error);
  return {
    file: typeof line === 'number' ? `${raw.file}:${line + lineOffset}` : raw.file,
    path: 'body',
    label: COLLECTIONS[raw.collection].bodyLabel,
    message: error.message,
    severity: 'error',
  };
}

/** A body the renderer refuses, with the line (counted in the body) where it found the reason. */
export class RefusedMarkdown extends Error {
  readonly line?: number;

  // No parameter property: workers load this file with Node's type stripping, which has none.
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

const FENCE = /^[ ]{0,3}(?:```|~~~)/;

/**
 * The renderer reads a body as Markdown, where MDX differs in four ways: raw HTML, `<https://…>`
 * autolinks and indented code exist in Markdown only. The check (`validate`, which reads MDX)
 * refuses every `<` that would start HTML or an autolink, so only indented code can reach here:
 * MDX shows such lines as text, Markdown as code. Refused instead of shown otherwise than any MDX
 * tool would show it; HTML is refused again here as the last line of defence.
 */
export const refuseMdxOnlyDifferences: MdastPluginDefinition = {
  name: 'stazhirovka:refuse-mdx-only-differences',
  options: { position: true },
  html: (node) => {
    throw new RefusedMarkdown('теги <…> в тексте запрещены; экранируйте их обратной косой чертой: \\<', node.position?.start.line);
  },
  code: (node, ctx) => {
    const start = node.position?.start.offset;
    if (start === undefined || FENCE.test(ctx.source.slice(ctx.source.lastIndexOf('\n', start - 1) + 1, start + 3))) return undefined;
    throw new RefusedMarkdown('строка с отступом в 4 пробела или табуляцией читается в MDX как текст, а в Markdown как код; ' +
      'уберите отступ в начале строки (вложенный пункт списка сдвигайте на 2–3 пробела)', node.position?.start.line);
  },
};
