/**
 * The little Russian grammar requisites need: headers are often typed in capitals, positions
 * and bodies appear in the genitive («Директор департамента …», «приказом Министерства …») and the
 * fields want them as a person would write them in the nominative. Each rule is narrow on purpose:
 * a word it does not know is left as written, never guessed.
 */

/** «ПОЛОЖЕНИЕ» → «Положение». */
export function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export const isAllCaps = (text: string) => /[А-ЯЁ]/.test(text) && !/[а-яё]/.test(text);

/** Toponym adjectives («ЛЕНИНГРАДСКОЙ», «ПРИОЗЕРСКИЙ») are names; these -ск- words are not. */
const COMMON_SK = /(ИЧЕСК|ГОРОДСК|СЕЛЬСК|ДЕТСК|ЧЕЛОВЕЧЕСК|ОБЩЕСТВЕНСК)/;
const TOPONYM = /^[А-ЯЁ-]+(?:СК|ЦК)(?:ИЙ|ОЙ|ОГО|АЯ|ОЕ|ИХ|ОМУ|ИМ|УЮ)$/;

/** Abbreviations stay in capitals. */
const ABBREVIATIONS = new Set(['МБОУ', 'МАОУ', 'МКОУ', 'МОУ', 'ГБОУ', 'ГАОУ', 'ОГБУ', 'ОГАОУ', 'МБДОУ', 'МАДОУ', 'МБУ', 'ДО', 'ДПО', 'СОШ', 'ООШ', 'РФ', 'ИРО']);

/**
 * An all-capitals header line as it would be typed: «АДМИНИСТРАЦИЯ ГОРОДА ОМСКА» →
 * «администрация города Омска». Place names (adjectives in -ский, the word after «города») and
 * «Российской Федерации» keep their capital; text in «…» gets a capital first letter.
 */
export function restoreCase(text: string): string {
  if (!isAllCaps(text)) return text;
  let previous = '';
  return text
    .split(/(\s+)/)
    .map((token) => {
      if (!token.trim()) return token;
      const bare = token.replace(/^[^А-ЯЁA-Z0-9]+|[^А-ЯЁA-Z0-9-]+$/g, '');
      const name = /^(ГОРОДА|ГОРОД|Г)$/.test(previous) || (TOPONYM.test(bare) && !COMMON_SK.test(bare)) || /^ФЕДЕРАЦИ/.test(bare);
      previous = bare;
      if (ABBREVIATIONS.has(bare)) return token;
      return name || /^[«"]/.test(token) ? capitalize(token.toLowerCase()) : token.toLowerCase();
    })
    .join('');
}

function capitalize(word: string): string {
  const at = word.search(/[а-яёa-z]/i);
  return at < 0 ? word : word.slice(0, at) + word.charAt(at).toUpperCase() + word.slice(at + 1);
}

/** Genitive → nominative of the nouns that head bodies and positions. */
const NOMINATIVE: Record<string, string> = {
  администрации: 'администрация',
  правительства: 'правительство',
  министерства: 'министерство',
  департамента: 'департамент',
  комитета: 'комитет',
  управления: 'управление',
  отдела: 'отдел',
  главы: 'глава',
  учреждения: 'учреждение',
  института: 'институт',
  центра: 'центр',
  совета: 'совет',
  школы: 'школа',
  гимназии: 'гимназия',
  лицея: 'лицей',
};

/** Nominative → genitive for the parent body in «Комитет образования администрации …». */
const GENITIVE: Record<string, string> = {
  администрация: 'администрации',
  правительство: 'правительства',
  министерство: 'министерства',
  мэрия: 'мэрии',
};

/** «Министерства труда …» → «Министерство труда …»; unknown first words stay as written. */
export function bodyToNominative(text: string): string {
  const [first, ...rest] = text.trim().split(/\s+/);
  const nominative = NOMINATIVE[first.toLowerCase()];
  return nominative ? [capitalize(nominative), ...rest].join(' ') : text.trim();
}

/** «АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО …» → «администрации муниципального …». */
export function bodyToGenitive(text: string): string {
  const [first, ...rest] = text.trim().split(/\s+/);
  const genitive = GENITIVE[first.toLowerCase()];
  return genitive ? [genitive, ...rest].join(' ') : text.trim();
}

/**
 * A position in the genitive, as instruction titles write it («руководителя стажировочной
 * площадки», «старшего воспитателя», «учителя-наставника»), to the nominative: only the words up
 * to the first noun change; the rest is a genitive complement and stays.
 */
export function positionToNominative(text: string): string {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  let done = false;
  for (const word of words) {
    if (done) {
      // «специалиста (руководителя …)»: the position in brackets is in the same case.
      const bracketed = /^\((.+)$/.exec(word);
      out.push(bracketed && out.length === 1 ? `(${nounToNominative(bracketed[1])}` : word);
      continue;
    }
    if (/^(?:[а-яё]+(?:ого|его))$/i.test(word)) {
      out.push(word.replace(/ого$/i, 'ый').replace(/его$/i, 'ий').replace(/(ск|цк|к|г|х)ый$/i, '$1ий'));
      continue;
    }
    out.push(word.split('-').map(nounToNominative).join('-'));
    done = true;
  }
  return capitalize(out.join(' '));
}

function nounToNominative(word: string): string {
  if (/теля$/i.test(word)) return word.replace(/я$/i, 'ь');
  if (/ея$/i.test(word)) return word.replace(/я$/i, 'й');
  if (/[бвгджзклмнпрстфхцчшщ]а$/i.test(word)) return word.slice(0, -1);
  return word;
}
