import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

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

const ESCAPE_FIX = 'чтобы показать символ как текст, поставьте перед ним обратную косую черту: \\{ или \\<';

/** Parses a body exactly as MDX does and reports anything that would run code or fail to build. */
export function checkMdxBody(body: string, lineOffset = 0): BodyProblem[] {
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (error) {
    const cause = error as { line?: number; place?: { line?: number }; reason?: string; message: string };
    const line = cause.line ?? cause.place?.line;
    return [{
      line: line === undefined ? undefined : line + lineOffset,
      message: `текст не разбирается как MDX (${cause.reason ?? cause.message}). Обычно это «{» или «<» в тексте; ${ESCAPE_FIX}`,
    }];
  }
  const problems: BodyProblem[] = [];
  const at = (node: { position?: { start: { line: number } } }) =>
    node.position ? node.position.start.line + lineOffset : undefined;
  visit(tree, (node) => {
    const message = problemOf(node as MdxNode);
    if (message) problems.push({ line: at(node), message });
  });
  return problems;
}

interface MdxNode {
  type: string;
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
