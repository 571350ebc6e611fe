import { checkMdxBody } from './mdx-safety.ts';
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
// A `{` inside a literal URL (`http://x.y{`) is read as a link by one MDX parser and as code by
// the other (packages/schema's guard refuses it), so it is escaped like text.
const TEXT_TOKENS = new Set(['data', 'htmlFlowData', 'htmlTextData', 'autolinkMarker', 'autolinkProtocol', 'autolinkEmail',
  'literalAutolinkHttp', 'literalAutolinkWww', 'literalAutolinkEmail']);

/**
 * Inline code that spans lines is read differently by MDX (a `{` opening the next line starts an
 * expression there), and a URL typed right before `<` swallows the backslash (GFM autolinks end
 * at `<`, not at `\`). So when the careful escape still does not parse, character references are
 * used instead (`&lt;`, which both parsers decode in text), and as a last resort in inline code
 * too: a visible `&lt;` in rare inline code is better than a site that does not build.
 */
const CODE_SPAN_TOKENS = new Set([...TEXT_TOKENS, 'codeTextData']);
const REFERENCES: Record<string, string> = { '{': '&#123;', '}': '&#125;', '<': '&lt;', '>': '&gt;' };

type Escaper = (char: string) => string;
const backslash: Escaper = () => '\\';
const reference: Escaper = (char) => REFERENCES[char];

/** Markdown with every MDX-special character outside code escaped; idempotent. */
export function escapeMdx(markdown: string): string {
  const attempts: [Set<string>, Escaper][] = [[TEXT_TOKENS, backslash], [TEXT_TOKENS, reference], [CODE_SPAN_TOKENS, reference]];
  let escaped = markdown;
  for (const [textTokens, escaper] of attempts) {
    escaped = escapeAll(markdown, textTokens, escaper);
    if (checkMdxBody(escaped).length === 0) return escaped;
  }
  return escaped;
}

function escapeAll(markdown: string, textTokens: Set<string>, escaper: Escaper): string {
  let current = markdown;
  // An inserted backslash can change how the neighbourhood parses (rarely: raw HTML that held a
  // backslash); a few passes reach the fixpoint.
  for (let pass = 0; pass < 4; pass++) {
    const next = escapeOnce(current, textTokens, escaper);
    if (next === current) return next;
    current = next;
  }
  return current;
}

function escapeOnce(markdown: string, textTokens: Set<string>, escaper: Escaper): string {
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
      if (!SPECIAL.has(markdown[i])) continue;
      const replacement = escaper(markdown[i]);
      if (replacement === '\\') {
        if (!escapedByBackslash(markdown, i)) edits.push({ at: i, end: i, text: replacement });
      } else edits.push({ at: i, end: i + 1, text: replacement });
    }
  }
  return applyEdits(markdown, edits);
}

/** An odd run of backslashes before `at` already escapes it. */
function escapedByBackslash(text: string, at: number): boolean {
  let count = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** Token types whose text is shown verbatim: a backslash there is a real backslash. */
const CODE_TOKENS = new Set(['codeText', 'codeFenced', 'codeIndented']);

/**
 * Removes the backslashes escapeMdx adds, where removing them keeps the meaning. A plain scan
 * outside code (not characterEscape tokens) because GFM's literal autolinks swallow escapes.
 */
export function unescapeMdx(mdx: string): string {
  // Most bodies hold nothing escapeMdx writes; those need no Markdown parse (which would cost
  // ~15 ms per legal text, seconds for an admin listing a thousand entries).
  if (!ESCAPED.test(mdx)) return mdx;
  const code = tokens(mdx)
    .filter(([kind, token]) => kind === 'enter' && CODE_TOKENS.has(token.type))
    .map(([, token]) => [token.start.offset, token.end.offset] as const);
  const inCode = (at: number) => code.some(([from, to]) => at >= from && at < to);
  const edits: Edit[] = [];
  for (let i = 0; i < mdx.length - 1; i++) {
    const ref = Object.entries(REFERENCES).find(([, text]) => mdx.startsWith(text, i));
    if (ref) {
      if (!inCode(i) && !opensLine(mdx, i, ref[0]) && !escapedByBackslash(mdx, i)) edits.push({ at: i, end: i + ref[1].length, text: ref[0] });
      continue;
    }
    if (mdx[i] !== '\\') continue;
    const char = mdx[i + 1];
    if (SPECIAL.has(char) && !inCode(i) && !opensLine(mdx, i, char)) edits.push({ at: i, end: i + 1, text: '' });
    i++; // the escaped character (or a second backslash) is consumed either way
  }
  return applyEdits(mdx, edits);
}

/** What escapeMdx writes: a backslash before a special character, or a character reference. */
const ESCAPED = /\\[{}<>]|&#123;|&#125;|&lt;|&gt;/;

/** «\>» (or «\<») opening a line would become a blockquote marker or HTML without its backslash. */
function opensLine(text: string, at: number, char: string): boolean {
  return char === '>' && /(^|\n)[ \t>]*$/.test(text.slice(0, at));
}

/** MDX has no indented code: four leading spaces are text there, so they must be escaped too. */
const AS_MDX_READS_IT = { disable: { null: ['codeIndented'] } };

function tokens(markdown: string): Event[] {
  const chunks = preprocess()(markdown, undefined, true);
  return postprocess(parse({ extensions: [gfm(), AS_MDX_READS_IT] }).document().write(chunks));
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
