import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CONTENT_LIMITS } from './limits.ts';

/**
 * Components content may use. Content is data, not code: anything else in angle brackets is
 * rejected so a content file can never run code at build time or in a reader's browser.
 */
export const ALLOWED_COMPONENTS: readonly string[] = [];

/** A body problem with the line it is on (1-based, counted from the top of the file). */
export interface BodyProblem {
  line?: number;
  message: string;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Reads a body as MDX into an mdast tree, or throws with the parser's reason and the body line
 * (`line`, or unist's `place.line`). micromark's parser (remark-mdx) runs anywhere, the CMS's
 * browser included; `validate` passes the native one of the same grammar (validate/native-mdx.ts).
 */
export type MdxParser = (body: string) => Root;

export const remarkMdxParser: MdxParser = (body) => parser.parse(body) as Root;

const ESCAPE_FIX = 'чтобы показать символ как текст, поставьте перед ним обратную косую черту: \\{ или \\<';

/** A body parsed once: its tree for further checks (numbering), and every problem found. */
export interface ParsedBody {
  /** Absent when the body does not parse or is over a limit that makes parsing unsafe. */
  tree?: Root;
  problems: BodyProblem[];
}

/** Parses a body exactly as MDX does and reports anything that would run code or fail to build. */
export function checkMdxBody(body: string, lineOffset = 0): BodyProblem[] {
  return parseMdxBody(body, lineOffset).problems;
}

/**
 * `checkMdxBody` that also hands back the tree, so callers needing it (the numbering outline)
 * do not parse the body a second time.
 */
export function parseMdxBody(body: string, lineOffset = 0, parse: MdxParser = remarkMdxParser): ParsedBody {
  // Lines the parser would take minutes over are refused before it sees them.
  const overLimit = lineProblems(body, lineOffset);
  if (overLimit.length > 0) return { problems: overLimit };
  let tree: Root;
  try {
    tree = parse(body);
  } catch (error) {
    const cause = error as { line?: number; place?: { line?: number }; reason?: string; message: string };
    const line = cause.line ?? cause.place?.line;
    return {
      problems: [{
        line: line === undefined ? undefined : line + lineOffset,
        message: `текст не разбирается как MDX (${cause.reason ?? cause.message}). Обычно это «{» или «<» в тексте; ${ESCAPE_FIX}`,
      }],
    };
  }
  return { tree, problems: treeProblems(tree, body, lineOffset) };
}

/** Blocks and inline marks whose nesting is limited (`CONTENT_LIMITS.nestingDepth`). */
const NESTING = new Set(['blockquote', 'list', 'emphasis', 'strong', 'delete']);

/** Code, unsafe links and too deep nesting, in document order; iterative, so depth cannot overflow. */
function treeProblems(tree: Root, body: string, lineOffset: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (node: { position?: { start: { line: number } } }) =>
    node.position ? node.position.start.line + lineOffset : undefined;
  const stack: [MdxNode, number][] = [[tree as MdxNode, 0]];
  let tooDeep = false;
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, outer] = top;
    const message = problemOf(node) ?? literalUrlProblem(node, body);
    if (message) problems.push({ line: at(node), message });
    const depth = outer + (NESTING.has(node.type) ? 1 : 0);
    if (depth > CONTENT_LIMITS.nestingDepth) {
      if (!tooDeep) problems.push({ line: at(node), message: nestingMessage() });
      tooDeep = true;
      continue;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth]);
  }
  return problems;
}

function nestingMessage(): string {
  const limit = CONTENT_LIMITS.nestingDepth;
  return `цитаты («>»), списки и выделение вложены друг в друга глубже ${limit} уровней; ` +
    `упростите структуру: такую вложенность сборка сайта не выдерживает`;
}

/** Line length, and emphasis marks per paragraph, counted without parsing (see CONTENT_LIMITS). */
function lineProblems(body: string, lineOffset: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = body.split('\n');
  let paragraph = { line: 0, marks: 0, reported: false };
  let fenced = false;
  for (let i = 0; i < lines.length && problems.length < 3; i++) {
    const line = lines[i];
    if (line.length > CONTENT_LIMITS.lineLength) {
      problems.push({
        line: i + 1 + lineOffset,
        message: `строка длиной ${line.length} символов, допускается не больше ${CONTENT_LIMITS.lineLength}; ` +
          'разбейте её на абзацы пустой строкой',
      });
      continue;
    }
    // The text of the line inside any quotes; a blank one or a new block starts a new paragraph.
    const inner = line.replace(/^(?:[ \t]*>)*[ \t]*/, '');
    if (/^(?:```|~~~)/.test(inner)) fenced = !fenced;
    if (fenced || inner === '') {
      paragraph = { line: i + 1, marks: 0, reported: false };
      continue;
    }
    if (/^(?:[-+*]\s|\d{1,9}[.)]\s|#|\|)/.test(inner)) paragraph = { line: i, marks: 0, reported: false };
    paragraph.marks += emphasisMarks(inner);
    if (paragraph.marks > CONTENT_LIMITS.emphasisMarksPerParagraph && !paragraph.reported) {
      paragraph.reported = true;
      problems.push({
        line: paragraph.line + 1 + lineOffset,
        message: `в абзаце больше ${CONTENT_LIMITS.emphasisMarksPerParagraph} знаков «*» и «_»: их разбор занимает минуты; ` +
          'поставьте перед лишними обратную косую черту (\\* или \\_) или разбейте абзац пустой строкой',
      });
    }
  }
  return problems;
}

/** `*` and `_` not escaped with a backslash. */
function emphasisMarks(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '_') count++;
  }
  return count;
}

/**
 * A bare address (`http://x.y{…`, not `[text](…)` or `<…>`) typed with a brace: the guard's
 * parser reads the brace as part of the address, the MDX compiler's sometimes as code.
 */
function literalUrlProblem(node: MdxNode, body: string): string | undefined {
  if (node.type !== 'link' || !node.position) return undefined;
  const source = body.slice(node.position.start.offset, node.position.end.offset);
  if (/^[[<]/.test(source) || !/[{}]/.test(source)) return undefined;
  return `фигурные скобки в адресе «${source}» недопустимы: их можно прочесть как код; замените { на %7B и } на %7D`;
}

interface MdxNode {
  type: string;
  children?: MdxNode[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

function problemOf(node: MdxNode): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'import и export в тексте запрещены: содержимое не может выполнять код; удалите эту строку';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `фигурные скобки {${node.value ?? ''}} в MDX выполняются как код; ${ESCAPE_FIX}`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxProblem(node);
    case 'link':
    case 'definition':
    case 'image':
      return unsafeUrl(node.url) ? `ссылка «${node.url}» запускает код; укажите адрес, начинающийся с https://` : undefined;
    default:
      return undefined;
  }
}

function jsxProblem(node: MdxNode): string | undefined {
  const name = node.name ?? '';
  if (name.toLowerCase() === 'script') return 'тег <script> запрещён: содержимое не может выполнять код; удалите его';
  for (const attribute of node.attributes ?? []) {
    const problem = attributeProblem(name, attribute);
    if (problem) return problem;
  }
  if (!ALLOWED_COMPONENTS.includes(name)) {
    return `тег <${name}> не разрешён в тексте; ${ESCAPE_FIX}, или оформите текст средствами Markdown`;
  }
  return undefined;
}

function attributeProblem(tag: string, attribute: { type: string; name?: string; value?: unknown }): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') return `выражение в атрибутах <${tag}> запрещено; удалите его`;
  if (attribute.name && /^on/i.test(attribute.name)) return `атрибут ${attribute.name} у <${tag}> запускает код; удалите его`;
  if (typeof attribute.value === 'object' && attribute.value !== null) {
    return `выражение в атрибуте ${attribute.name} у <${tag}> запрещено; укажите значение в кавычках`;
  }
  if (typeof attribute.value === 'string' && unsafeUrl(attribute.value)) {
    return `атрибут ${attribute.name} у <${tag}> запускает код; укажите адрес, начинающийся с https://`;
  }
  return undefined;
}

/** `javascript:`, `vbscript:` and `data:` URLs, however they are spaced or cased. */
function unsafeUrl(url: string | undefined): boolean {
  if (!url) return false;
  // Browsers ignore whitespace and control characters inside a scheme («java\tscript:»).
  const compact = [...url].filter((ch) => ch.charCodeAt(0) > 0x20).join('').toLowerCase();
  return /^(javascript|vbscript|data):/.test(compact);
}
