import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/*
 * A typed door to Az.js (npm `az`): a port of pymorphy2 with the OpenCorpora dictionary shipped
 * inside the package, so it runs offline. It is used at build time only; nothing of it reaches
 * the browser. The package is plain CommonJS without types, hence the small interfaces below.
 */

/** A set of OpenCorpora grammemes: each present grammeme is a `true` key, e.g. `tag.Supr`. */
interface AzTag {
  /** Part of speech: NOUN, ADJF, VERB… */
  POS?: string;
  [grammeme: string]: unknown;
}

interface AzParse {
  tag: AzTag;
  score: number;
  formCnt?: number;
  normalize(keepPOS?: boolean): AzParse;
  inflect(formIndex: number): AzParse | false;
  toString(): string;
}

interface AzMorph {
  (word: string, config?: Record<string, unknown>): AzParse[];
  init(path: string, callback: (error: Error | null) => void): void;
}

const require = createRequire(import.meta.url);
const Az = require('az') as { Morph: AzMorph };

/** One dictionary reading of a word: its lemma and every form of that lemma. */
export interface Lexeme {
  /** Lemma and part of speech, e.g. «площадка NOUN». */
  id: string;
  forms: string[];
}

let ready: Promise<void> | undefined;

/** Loads the dictionary (about 10 MB, once per process). */
export function loadMorphology(): Promise<void> {
  ready ??= new Promise((resolve, reject) => {
    const dicts = join(dirname(require.resolve('az/package.json')), 'dicts');
    Az.Morph.init(dicts, (error) => (error ? reject(error) : resolve()));
  });
  return ready;
}

// Only dictionary words, no guessing from suffixes, no typo or stutter correction: an unknown word
// (an abbreviation, a surname) is better left to the stemmer than given an invented paradigm.
const STRICT = { typos: 0, stutter: 0, parsers: ['Dictionary'] };
// A reading far less likely than the best one («стали» as steel rather than «became») is dropped.
const MIN_RELATIVE_SCORE = 0.1;

/**
 * Dictionary readings of a word among the given parts of speech, with all their forms of those
 * parts of speech. Call `loadMorphology()` first.
 */
export function lexemesOf(word: string, partsOfSpeech: ReadonlySet<string>): Lexeme[] {
  const parses = Az.Morph(word, STRICT);
  const best = Math.max(0, ...parses.map((parse) => parse.score));
  const lexemes = new Map<string, Lexeme>();
  for (const parse of parses) {
    if (!partsOfSpeech.has(parse.tag.POS ?? '') || parse.score < best * MIN_RELATIVE_SCORE) continue;
    if (SKIPPED_GRAMMEMES.some((grammeme) => parse.tag[grammeme] === true)) continue;
    const lemma = parse.normalize(true);
    const id = `${lemma.toString()} ${lemma.tag.POS}`;
    if (!lexemes.has(id)) lexemes.set(id, { id, forms: formsOf(lemma, partsOfSpeech) });
  }
  return [...lexemes.values()];
}

// Superlatives («наивысший» of «высокий»), abbreviated («к-рый») and misspelt («етот») forms, and
// pronoun-like adjectives («который», «этот») would only add noise to what a search finds.
const SKIPPED_GRAMMEMES = ['Supr', 'Cmp2', 'Abbr', 'Erro', 'Dist', 'Apro'];
const LETTERS_ONLY = /^[а-яё]+$/;

function formsOf(lemma: AzParse, partsOfSpeech: ReadonlySet<string>): string[] {
  const forms = new Set<string>();
  for (let index = 0; index < (lemma.formCnt ?? 0); index++) {
    const form = lemma.inflect(index);
    if (!form || !partsOfSpeech.has(form.tag.POS ?? '')) continue;
    if (SKIPPED_GRAMMEMES.some((grammeme) => form.tag[grammeme] === true)) continue;
    const text = form.toString().toLowerCase();
    if (LETTERS_ONLY.test(text)) forms.add(text);
  }
  return [...forms];
}
