import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '@stazhirovka/schema';
import { REPO_ROOT, splitFrontmatter } from '@stazhirovka/schema/validate';

/**
 * The published text of an MDX body as a reader sees it, markup removed the way
 * `tests/build/seed-text.test.ts` normalises the sources: headings, bullets, escapes and character
 * references, line-break marks, links and table pipes go; the words stay, in order, with single spaces.
 */
export function publishedText(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^\|(\s*-{3,}\s*\|)+\s*$/.test(line))
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/^-\s+/, '')
        .replace(/\\$/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/\\(.)/g, '$1')
        .replace(/\*\*/g, '')
        .replace(/^\|(.*)\|$/, (_, cells: string) => cells.split(' | ').join(' ')),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface HandMade {
  collection: CollectionName;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

export const SOURCES_DIR = join(REPO_ROOT, 'sources');

/** The hand-made content files that name `source` as their source, in the order of their `order` field or file name. */
export function handMadeFrom(source: string): HandMade[] {
  const contentDir = join(REPO_ROOT, 'content');
  return COLLECTION_NAMES.flatMap((collection) =>
    readdirSync(join(contentDir, collection))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const { data, body } = splitFrontmatter(readFileSync(join(contentDir, collection, name), 'utf8'));
        return { collection, slug: name.replace(/\.mdx$/, ''), data: data as Record<string, unknown>, body };
      }),
  ).filter((entry) => entry.data.source === source && (entry.collection === 'regulations' || entry.collection === 'instructions'));
}

/** The first place two texts part, with some words around it, for a readable failure. */
export function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 60), i + 60)}…\n≠\n…${b.slice(Math.max(0, i - 60), i + 60)}…`;
}
