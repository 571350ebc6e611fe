import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { Root as HastRoot } from 'hast';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { escapeMdx } from '@stazhirovka/schema';

// The body is parsed as MDX after the same escaping the save applies, so the preview shows what
// the site will: typed «{x} <y>» appears as text. No raw HTML passes (remark-rehype drops it) and
// nothing is set as innerHTML, so the preview cannot run anything typed into it.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkRehype);

const SAFE_URL = /^(https?:|mailto:|tel:|\/|#|\.)/i;

/** The body as the site renders it, as React elements. */
export function MdxBody({ markdown }: { markdown: string }): ReactNode {
  let tree: HastRoot;
  try {
    tree = processor.runSync(processor.parse(escapeMdx(markdown))) as HastRoot;
  } catch (error) {
    return <p className="notice">Текст не разбирается: {(error as Error).message}</p>;
  }
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: { a: SafeLink },
  });
}

function SafeLink({ href, children }: { href?: string; children?: ReactNode }) {
  return href && SAFE_URL.test(href.trim()) ? <a href={href}>{children}</a> : <span>{children}</span>;
}
