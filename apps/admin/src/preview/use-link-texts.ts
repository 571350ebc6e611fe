import { type CollectionName, type FoundReference, linkTextOf } from '@stazhirovka/schema';
import { useEffect, useState } from 'react';
import type { ImmutableLike, PreviewProps } from './preview-types.ts';

/**
 * The link texts of referenced entries (their titles, a position for a job instruction), loaded
 * through Decap; a reference shows as its slug until then.
 */
export function useLinkTexts(getCollection: PreviewProps['getCollection'], refs: FoundReference[]) {
  const [texts, setTexts] = useState<Record<string, string>>({});
  const key = refs.map((r) => `${r.collection}/${r.slug}`).join('|');
  useEffect(() => {
    let cancelled = false;
    for (const { collection, slug } of refs) {
      getCollection(collection, slug)
        .then((entry) => linkTextOf(collection, dataOf(entry)))
        .then((text) => !cancelled && text && setTexts((t) => ({ ...t, [`${collection}/${slug}`]: text })))
        .catch(() => undefined);
    }
    return () => {
      cancelled = true;
    };
    // `refs` is summarised by `key`; a new array on each render must not reload.
  }, [key]);
  return (collection: CollectionName, slug: string) => texts[`${collection}/${slug}`] ?? slug;
}

/** An entry's data as plain values, whether Decap hands over an Immutable map or an object. */
function dataOf(entry: ImmutableLike): unknown {
  const data = entry.get('data') as ImmutableLike | Record<string, unknown> | undefined;
  return data && 'toJS' in data && typeof data.toJS === 'function' ? data.toJS() : data;
}
