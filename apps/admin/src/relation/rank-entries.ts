/**
 * Ranks entries for a relation picker the way a person reads the list: what they typed as a
 * whole word start beats it in the middle of a word, which beats its letters scattered about
 * (Decap's fuzzy ranking put the Omsk site first for «Приозер», whose letters occur in its long
 * title, above the Priozersk site whose district is «Приозерский»).
 */

export interface Searchable<T> {
  item: T;
  /** The title, then the other texts searched (district, region, number…). */
  texts: string[];
}

/** Lower case, ё as е, runs of spaces and punctuation as one space. */
export const normalise = (text: string) => text.toLowerCase().replaceAll('ё', 'е').replace(/[\s«»"'.,;:()—–-]+/g, ' ').trim();

/** Higher is better; 0 — not a match. */
function score(texts: string[], words: string[]): number {
  let total = 0;
  for (const word of words) {
    let best = 0;
    texts.forEach((text, i) => {
      const titleBonus = i === 0 ? 1 : 0;
      if (text === word) best = Math.max(best, 8 + titleBonus);
      else if (text.startsWith(word)) best = Math.max(best, 6 + titleBonus);
      else if (text.includes(` ${word}`)) best = Math.max(best, 4 + titleBonus);
      else if (text.includes(word)) best = Math.max(best, 2 + titleBonus);
    });
    if (best === 0) return 0; // every typed word must be found
    total += best;
  }
  return total;
}

/** The entries that contain every typed word, best first; ties keep the shorter, then alphabetical title. */
export function rankEntries<T>(entries: Searchable<T>[], term: string): T[] {
  const words = normalise(term).split(' ').filter(Boolean);
  const prepared = entries.map((entry) => ({ entry, texts: entry.texts.map(normalise) }));
  if (words.length === 0) return [...prepared].sort((a, b) => a.texts[0].localeCompare(b.texts[0], 'ru')).map(({ entry }) => entry.item);
  return prepared
    .map(({ entry, texts }) => ({ entry, texts, score: score(texts, words) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.texts[0].length - b.texts[0].length || a.texts[0].localeCompare(b.texts[0], 'ru'))
    .map(({ entry }) => entry.item);
}
