import { COLLECTIONS, type CollectionName, problemsFromZod, russianErrorMap } from '@stazhirovka/schema';
import type { z } from 'zod';
import { SUMMARY_KEY } from '../entries/entry-facts.ts';
import { ORIGIN_KEY } from '../format/entry-format.ts';
import { toFrontmatterData } from '../format/form-data.ts';
import { SLUG_KEY } from '../slug/latin-slug.ts';
import type { ImmutableLike } from './preview-types.ts';

export interface PreviewData<T> {
  /** The entry as the site would read it, or undefined while the form is not yet valid. */
  data?: T;
  /** The form's values as typed, for showing what there is while something is missing. */
  raw: Record<string, unknown>;
  body: string;
  /** The same messages `validate` gives, so the preview says what to fix before saving. */
  problems: string[];
}

/** Reads a form entry the way the site does: through the schema. */
export function previewData<T>(collection: CollectionName, entry: ImmutableLike, schema: z.ZodObject = COLLECTIONS[collection].schema): PreviewData<T> {
  const form = ((entry.get('data') as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, unknown>;
  const { body, [ORIGIN_KEY]: _original, [SLUG_KEY]: _slug, [SUMMARY_KEY]: _summary, ...fields } = form;
  const raw = toFrontmatterData(schema, fields) as Record<string, unknown>;
  const parsed = schema.safeParse(raw, { error: russianErrorMap, reportInput: true });
  const problems = parsed.success
    ? []
    : problemsFromZod('', schema, parsed.error)
        .map((p) => `${p.label ? `«${p.label}»: ` : ''}${p.message}`);
  return { data: parsed.success ? (parsed.data as T) : undefined, raw, body: typeof body === 'string' ? body : '', problems };
}
