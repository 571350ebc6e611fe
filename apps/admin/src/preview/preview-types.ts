import type { CollectionName } from '@stazhirovka/schema';

/** What Decap passes to a preview template (decap-cms-core's PreviewTemplateComponentProps), narrowed. */
export interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}

export interface PreviewProps {
  entry: ImmutableLike;
  getCollection: (collection: CollectionName, slug: string) => Promise<ImmutableLike>;
}
