import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { type MdxParser, remarkMdxParser } from '../mdx-safety.ts';

/**
 * The MDX parser `validateEntry` checks bodies with in Node (`#mdx-parser` in package.json; in a
 * browser, where the CMS and the importer's page run it, ../mdx-parser.browser.ts leaves it to
 * micromark's remark-mdx): Sätteri's, in native code, of the same grammar and giving the same
 * tree, ~15 times faster (docs/performance.md).
 *
 * A body it cannot parse (rare: a file being fixed) is read again by remark-mdx, whose tree or
 * error the check then reports, so a broken file gets the messages the CMS gives. They can be more
 * precise: `http://x.ru/{` is a link with a brace in it to remark-mdx (the check says to write
 * %7B), an unclosed expression to Sätteri and to the MDX compiler.
 */
export const mdxParser: MdxParser = (body) => {
  try {
    return mdxToMdast(body, { features: { gfm: true, frontmatter: false } }) as Root;
  } catch {
    return remarkMdxParser(body);
  }
};
