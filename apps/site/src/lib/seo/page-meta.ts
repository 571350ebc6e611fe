import type { CollectionName } from '@stazhirovka/schema';
import type { AnyEntry, SiteData } from '../content.ts';
import { summaryOf } from '../describe.ts';

/** Longest description kept: search engines and link previews cut around 160–200 characters. */
const MAX_DESCRIPTION = 200;

/** Cuts at a word boundary and marks the cut with «…». */
export function shorten(text: string, max = MAX_DESCRIPTION): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** The field that says best what an entry is about, where its type has one. */
const ABOUT: Partial<Record<CollectionName, string>> = { practices: 'problem', sites: 'theme' };

/**
 * An entry page's description (`<meta name="description">`, `og:description`): what it is about
 * where the type says so, its list summary (requisites, issuer, site) otherwise.
 */
export function descriptionOf(entry: AnyEntry, data: SiteData): string {
  const key = ABOUT[entry.collection];
  const about = key ? (entry.data as Record<string, unknown>)[key] : undefined;
  return shorten(typeof about === 'string' && about ? about : summaryOf(entry, data));
}
