import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { MdxParser } from '../mdx-safety.ts';

/**
 * The MDX parser `validate` and the site's build check bodies with: Sätteri's, in native code,
 * of the same grammar as micromark's remark-mdx (which the CMS runs in the browser) and giving
 * the same tree, ~15 times faster (docs/performance.md). Its errors read «3:7: reason (rule)»;
 * they are rethrown with the line and the reason apart, as remark-mdx throws them.
 */
export const nativeMdxParser: MdxParser = (body) => {
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
