import type { PagefindAnchor } from './pagefind-api.ts';

/**
 * Where in a long document the query matched: the clause (`#p-2-1-3`) or section heading (`#s-2`)
 * each match falls under. Pagefind lists every element with an id and its position in the page
 * text, and the positions of the matched words; Pagefind's own sub-results only know headings,
 * while a reader of a regulation wants the clause.
 */
export interface Place {
  /** Fragment id to link to. */
  id: string;
  /** «Пункт 3.1» or the heading text «3. Общие положения». */
  label: string;
  /** Matched words under this place. */
  hits: number;
  /** Safe HTML: escaped words, matches in <mark>. */
  excerpt: string;
}

export interface PlaceInput {
  content: string;
  locations: readonly number[];
  anchors: readonly PagefindAnchor[];
}

const CLAUSE_ID = /^p-/;
const HEADING = /^h[1-6]$/;
const EXCERPT_WORDS = 24;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Clauses and headings are the places a reader can be sent to; other ids are page furniture. */
function isPlace(anchor: PagefindAnchor): boolean {
  return CLAUSE_ID.test(anchor.id) || HEADING.test(anchor.element);
}

function labelOf(anchor: PagefindAnchor, words: readonly string[]): string {
  if (!CLAUSE_ID.test(anchor.id)) return (anchor.text ?? '').trim() || anchor.id;
  // A clause starts with its number as the source writes it: «3.1.» → «Пункт 3.1».
  const number = words[anchor.location]?.replace(/\.$/, '');
  return number && /^\d/.test(number) ? `Пункт ${number}` : 'Пункт без номера';
}

function excerptOf(words: readonly string[], from: number, to: number, hits: ReadonlySet<number>, first: number): string {
  const start = Math.max(from, Math.min(first - 6, to - EXCERPT_WORDS));
  const end = Math.min(to, start + EXCERPT_WORDS);
  const parts = words.slice(start, end).map((word, i) => (hits.has(start + i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)));
  return `${start > from ? '… ' : ''}${parts.join(' ')}${end < to ? ' …' : ''}`;
}

/** The places of a result with the most matches first (document order among equals), at most `limit`. */
export function placesOf({ content, locations, anchors }: PlaceInput, limit = 3): Place[] {
  const words = content.split(/\s+/);
  const places = anchors.filter(isPlace).sort((a, b) => a.location - b.location);
  const hits = new Set(locations);
  const byPlace = new Map<number, number[]>();
  for (const location of [...locations].sort((a, b) => a - b)) {
    let index = -1;
    for (let i = 0; i < places.length && places[i].location <= location; i++) index = i;
    if (index >= 0) byPlace.set(index, [...(byPlace.get(index) ?? []), location]);
  }
  return [...byPlace.entries()]
    .sort(([a, hitsA], [b, hitsB]) => hitsB.length - hitsA.length || a - b)
    .slice(0, limit)
    .map(([index, found]) => {
      const anchor = places[index];
      const end = places[index + 1]?.location ?? words.length;
      return {
        id: anchor.id,
        label: labelOf(anchor, words),
        hits: found.length,
        excerpt: excerptOf(words, anchor.location, end, hits, found[0]),
      };
    });
}
