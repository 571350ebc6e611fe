import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { MdxParser } from '../mdx-safety.ts';

/**
 * The MDX parser `validateEntry` checks bodies with in Node (`#mdx-parser` in package.json; in a
 * browser, where the CMS and the importer's page run it, ../mdx-parser.browser.ts leaves it to
 * micromark's remark-mdx): Sätteri's, in native code, of the same grammar and giving the same
 * tree, ~15 times faster (docs/performance.md). Its errors read «3:7: reason (rule)»; they are
 * rethrown with the line and the reason apart, as remark-mdx throws them.
 */
export const mdxParser: MdxParser = (body) => {
  try {
    return mdxToMdast(body, { features: { gfm: true, frontmatter: false } }) as Root;
  } catch (error) {
    throw parseError(error);
  }
};

const LOCATED = /^(\d+):\d+: (.*?)(?: \([a-z-]+:[a-z-]+\))?$/s;

function parseError(error: unknown): unknown {
  const match = error instanceof Error ? LOCATED.exec(error.message) : null;
  if (!match) return error;
  return Object.assign(new Error(match[2]), { line: Number(match[1]), reason: match[2] });
}
