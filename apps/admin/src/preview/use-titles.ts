import type { CollectionName } from '@stazhirovka/schema';
import { useEffect, useState } from 'react';
import type { ImmutableLike, PreviewProps } from './preview-types.ts';

/** Titles of referenced entries, loaded through Decap; a reference shows as its slug until then. */
export function useTitles(getCollection: PreviewProps['getCollection'], refs: [CollectionName, string | undefined][]) {
  const [titles, setTitles] = useState<Record<string, string>>({});
  const key = refs.map(([c, s]) => `${c}/${s ?? ''}`).join('|');
  useEffect(() => {
    let cancelled = false;
    for (const [collection, slug] of refs) {
      if (!slug) continue;
      getCollection(collection, slug)
        .then((entry) => titleOf(entry))
        .then((title) => !cancelled && title && setTitles((t) => ({ ...t, [`${collection}/${slug}`]: title })))
        .catch(() => undefined);
    }
    return () => {
      cancelled = true;
    };
    // `refs` is summarised by `key`; a new array on each render must not reload.
  }, [key]);
  return (collection: CollectionName, slug: string) => titles[`${collection}/${slug}`] ?? slug;
}

function titleOf(entry: ImmutableLike): string | undefined {
  const data = entry.get('data') as ImmutableLike | Record<string, unknown> | undefined;
  const title = data && 'get' in data && typeof data.get === 'function' ? data.get('title') : (data as Record<string, unknown> | undefined)?.title;
  return typeof title === 'string' ? title : undefined;
}
