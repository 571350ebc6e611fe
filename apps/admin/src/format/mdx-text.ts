import { checkMdxBody } from '@stazhirovka/schema';
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import type { Event } from 'micromark-util-types';

/**
 * The body is Markdown to the methodologist and MDX to the site. In MDX `{`, `}` and `<` start
 * code, so a typed «{x} <y>» breaks the build. Before saving, every such character that Markdown
 * would show as text gets a backslash (which Markdown and MDX both read as «this is text»); on
 * loading, those backslashes are hidden again so the form shows what the reader will see.
 *
 * Positions come from micromark's tokens, not regexes: code spans and code blocks are left as
 * they are (code is shown verbatim, a backslash there would show), blockquote markers `>` stay
 * markers, and raw HTML and autolinks, which MDX would read as JSX, become text.
 */

const SPECIAL = new Set(['{', '}', '<', '>']);

/** Token types whose characters are literal text (or raw HTML, which content shows as text). */
const TEXT_TOKENS = new Set(['data', 'htmlFlowData', 'htmlTextData', 'autolinkMarker', 'autolinkProtocol', 'autolinkEmail']);

/**
 * Inline code that spans lines is read differently by MDX (a `{` opening the next line starts an
 * expression there), so when the careful escape still does not parse, code spans are escaped
 * too: a visible backslash in rare inline code is better than a site that does not build.
 */
const CODE_SPAN_TOKENS = new Set([...TEXT_TOKENS, 'codeTextData']);

/** Markdown with every MDX-special character outside code escaped; idempotent. */
export function escapeMdx(markdown: string): string {
  const careful = escapeAll(markdown, TEXT_TOKENS);
  return checkMdxBody(careful).length === 0 ? careful : escapeAll(markdown, CODE_SPAN_TOKENS);
}

function escapeAll(markdown: string, textTokens: Set<string>): string {
  let current = markdown;
  // An inserted backslash can change how the neighbourhood parses (rarely: raw HTML that held a
  // backslash); a few passes reach the fixpoint.
  for (let pass = 0; pass < 4; pass++) {
    const next = escapeOnce(current, textTokens);
    if (next === current) return next;
    current = next;
  }
  return current;
}

function escapeOnce(markdown: string, textTokens: Set<string>): string {
  const edits: Edit[] = [];
  for (const [kind, token] of tokens(markdown)) {
    if (kind !== 'enter' || !textTokens.has(token.type)) continue;
    const start = token.start.offset;
    const end = token.end.offset;
    if (token.type === 'data' && token.start.column === 1) {
      const esm = /^(import|export)(?=\s|$)/.exec(markdown.slice(start, start + 7));
      // A line starting with import/export is a module statement in MDX; a character reference
      // for its first letter keeps the word as it reads.
      if (esm) edits.push({ at: start, end: start + 1, text: `&#${esm[1].charCodeAt(0)};` });
    }
    for (let i = start; i < end; i++) {
      if (SPECIAL.has(markdown[i])) edits.push({ at: i, end: i, text: '\\' });
    }
  }
  return applyEdits(markdown, edits);
}

/** Token types whose text is shown verbatim: a backslash there is a real backslash. */
const CODE_TOKENS = new Set(['codeText', 'codeFenced', 'codeIndented']);

/**
 * Removes the backslashes escapeMdx adds, where removing them keeps the meaning. A plain scan
 * outside code (not characterEscape tokens) because GFM's literal autolinks swallow escapes.
 */
export function unescapeMdx(mdx: string): string {
  const code = tokens(mdx)
    .filter(([kind, token]) => kind === 'enter' && CODE_TOKENS.has(token.type))
    .map(([, token]) => [token.start.offset, token.end.offset] as const);
  const inCode = (at: number) => code.some(([from, to]) => at >= from && at < to);
  const edits: Edit[] = [];
  for (let i = 0; i < mdx.length - 1; i++) {
    if (mdx[i] !== '\\') continue;
    const char = mdx[i + 1];
    if (SPECIAL.has(char) && !inCode(i) && !opensLine(mdx, i, char)) edits.push({ at: i, end: i + 1, text: '' });
    i++; // the escaped character (or a second backslash) is consumed either way
  }
  return applyEdits(mdx, edits);
}

/** «\>» (or «\<») opening a line would become a blockquote marker or HTML without its backslash. */
function opensLine(text: string, at: number, char: string): boolean {
  return char === '>' && /(^|\n)[ \t>]*$/.test(text.slice(0, at));
}

function tokens(markdown: string): Event[] {
  const chunks = preprocess()(markdown, undefined, true);
  return postprocess(parse({ extensions: [gfm()] }).document().write(chunks));
}

/** Replaces `source[at, end)` with `text`; edits never overlap. */
interface Edit {
  at: number;
  end: number;
  text: string;
}

function applyEdits(source: string, edits: Edit[]): string {
  let out = '';
  let from = 0;
  for (const edit of [...edits].sort((a, b) => a.at - b.at)) {
    out += source.slice(from, edit.at) + edit.text;
    from = edit.end;
  }
  return out + source.slice(from);
}
