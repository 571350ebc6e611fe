import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '@stazhirovka/schema';
import { splitFrontmatter } from '@stazhirovka/schema/validate';
import { CONTENT_DIR } from './paths.ts';

export interface ContentFile {
  collection: CollectionName;
  slug: string;
  data: Record<string, unknown>;
  /** The page that shows this entry. */
  url: string;
}

/** Every content file with its raw frontmatter, read straight from disk (not through the build). */
export function contentFiles(): ContentFile[] {
  return COLLECTION_NAMES.flatMap((collection) =>
    readdirSync(join(CONTENT_DIR, collection))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => {
        const slug = basename(name, extname(name));
        const { data } = splitFrontmatter(readFileSync(join(CONTENT_DIR, collection, name), 'utf8'));
        return { collection, slug, data: data as Record<string, unknown>, url: `/${collection}/${slug}/` };
      }),
  );
}
