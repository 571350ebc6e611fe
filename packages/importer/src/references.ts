import { type ExternalAct, REGULATION_KINDS } from '@stazhirovka/schema';
import { findDate } from './russian-date.ts';
import { bodyToNominative } from './russian-words.ts';

/** An act the document relies on, in the shape of the schema's external `legalBasis` item. */
export interface Reference extends ExternalAct {
  /** The words it was read from. */
  text: string;
}

const KIND_WORDS: [RegExp, string][] = [
  [/^федеральн[а-яё]*\s+закон[а-яё]*/i, 'Федеральный закон'],
  [/^закон[а-яё]*/i, 'Закон'],
  [/^приказ[а-яё]*/i, REGULATION_KINDS.order],
  [/^постановлени[а-яё]*/i, REGULATION_KINDS.resolution],
  [/^распоряжени[а-яё]*/i, REGULATION_KINDS.directive],
  [/^указ[а-яё]*/i, 'Указ'],
  [/^письм[а-яё]*/i, 'Письмо'],
  [/^паспорт[а-яё]*(?:\s+(?:регионального|федерального|национального))?\s+(?:под)?проекта/i, 'Паспорт проекта'],
];

const ACT = /(?<clause>(?:п\.|пункт[а-яё]*|пп\.)\s*\d+(?:\.\d+)*\s+)?(?<kind>федеральн[а-яё]*\s+закон[а-яё]*|закон[а-яё]*|приказ[а-яё]*|постановлени[а-яё]*|распоряжени[а-яё]*|указ[а-яё]*|письм[а-яё]*)(?![а-яё])/gi;
const NUMBER = /^\s*№\s*(\d+[А-ЯЁа-яёA-Za-z]*(?:\s*[-–/]\s*[\dА-ЯЁа-яёA-Za-z]+)*)/;

/**
 * Acts the text cites: «Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании …»»,
 * «приказа Министерства труда … от 18.10.2013 № 544н «…»», «Законом Тамбовской области от … №
 * …-З». An act is taken when the text gives at least its number, its date or its title in quotes.
 */
export function findLegalReferences(text: string): Reference[] {
  const found: Reference[] = findPassports(text);
  for (const match of text.matchAll(ACT)) {
    const start = (match.index ?? 0) + (match.groups?.clause?.length ?? 0);
    const reference = readAct(text, start, match.groups?.kind ?? '', match.groups?.clause);
    if (reference && !found.some((f) => sameAct(f, reference))) found.push(reference);
  }
  return found.sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
}

function readAct(text: string, start: number, kindWords: string, clause: string | undefined): Reference | undefined {
  // The act runs to the end of its sentence part: issuer words, «от DATE», «№ N», «TITLE».
  let rest = text.slice(start + kindWords.length);
  const reference: Reference = { kind: kindOf(kindWords), text: '' };
  const issuer = /^\s*((?:(?!от\s|№|«)[^;,.()«»])*?)\s*(?=от\s|№|«|$)/.exec(rest);
  const issuerWords = issuer?.[1].trim() ?? '';
  if (issuerWords && issuerWords.split(/\s+/).length <= 14) {
    if (/^(рф|российской федерации)$/i.test(issuerWords)) reference.kind += ' РФ';
    else if (reference.kind === 'Закон' && /област|кра[яй]|республик/i.test(issuerWords)) reference.kind = `Закон ${issuerWords}`;
    else reference.issuer = bodyToNominative(issuerWords);
    rest = rest.slice(issuer?.[0].length ?? 0);
  }
  for (let guard = 0; guard < 3; guard++) {
    const trimmed = rest.replace(/^\s*(года|г\.)?\s*/, '');
    const date = /^от\s+/.test(trimmed) ? findDate(trimmed) : undefined;
    if (date && date.index <= 4 && !reference.date) {
      reference.date = date.iso;
      rest = trimmed.slice(date.index + date.text.length);
      continue;
    }
    const number = NUMBER.exec(trimmed);
    if (number && !reference.number) {
      reference.number = number[1].replace(/\s*[-–]\s*/g, '-');
      rest = trimmed.slice(number[0].length);
      continue;
    }
    rest = trimmed;
    break;
  }
  const title = quoted(rest.replace(/^\s*/, ''));
  if (title) reference.title = title;
  if (!reference.number && !reference.date && !reference.title) return undefined;
  if (clause) reference.clause = clause.trim();
  const end = text.length - rest.length + (title ? title.length + 2 : 0);
  reference.text = text.slice(start, Math.max(start, end)).trim();
  return reference;
}

const PASSPORT = /паспорт[а-яё]*\s+((?:регионального|федерального|национального|муниципального)\s+)?(под)?проекта\s+«([^»]+)»(?:,?\s+утвержд[а-яё]+\s+([^«»;]+?)\s+(?=\d|«|от\s))?/gi;

/** «Паспортом регионального подпроекта «…», утвержденным заместителем … 12.05.2020». */
function findPassports(text: string): Reference[] {
  return [...text.matchAll(PASSPORT)].map((match) => {
    const rest = text.slice((match.index ?? 0) + match[0].length);
    const date = match[4] ? findDate(rest.slice(0, 40)) : undefined;
    const reference: Reference = {
      kind: `Паспорт ${match[1] ? match[1].trim().toLowerCase() + ' ' : ''}${match[2] ? 'под' : ''}проекта`,
      title: match[3],
      text: match[0],
    };
    if (match[4]) reference.issuer = match[4].split(/\s+-\s+/).map(instrumentalToNominative).join(' - ');
    if (date && date.index <= 4) reference.date = date.iso;
    return reference;
  });
}

/** «заместителем Председателя …» → «Заместитель Председателя …», «Министром образования …» → «Министр образования …». */
function instrumentalToNominative(text: string): string {
  const [first, ...rest] = text.trim().split(/\s+/);
  const word = first.replace(/телем$/i, 'тель').replace(/([бвгджзклмнпрстфхцчшщ])ом$/i, '$1');
  return [word.charAt(0).toUpperCase() + word.slice(1), ...rest].join(' ');
}

function kindOf(words: string): string {
  return KIND_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? words;
}

/**
 * The text in «…» at the start, nested quotes included. Sources often leave the inner quote
 * unclosed («Об утверждении стандарта «Педагог (…)»;»): the title then ends at the last «»» before
 * the end of the sentence part.
 */
function quoted(text: string): string | undefined {
  if (!text.startsWith('«')) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') depth += 1;
    if (text[i] === '»') depth -= 1;
    if (depth === 0) return text.slice(1, i);
    if (text[i] === ';' || (text[i] === '.' && text[i + 1] === ' ' && /[А-ЯЁ]/.test(text[i + 2] ?? ''))) {
      const close = text.lastIndexOf('»', i);
      return close > 0 ? text.slice(1, close) : undefined;
    }
  }
  return undefined;
}

function sameAct(a: Reference, b: Reference): boolean {
  if (a.number && b.number) return a.number === b.number && a.kind === b.kind;
  return a.kind === b.kind && a.title === b.title && a.date === b.date;
}
