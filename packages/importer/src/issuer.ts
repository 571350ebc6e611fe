import { findDate } from './russian-date.ts';
import { bodyToGenitive, bodyToNominative, restoreCase } from './russian-words.ts';

/** Lines of a letterhead that name no body. */
const NOT_A_BODY = /^(РОССИЙСКАЯ\s+ФЕДЕРАЦИЯ|г\.\s|город\s|[А-ЯЁ][а-яё]+\s*$)/i;
/** The issuing unit inside its parent: «КОМИТЕТ ОБРАЗОВАНИЯ» under «АДМИНИСТРАЦИЯ …». */
const UNIT = /^(комитет|департамент|управление|отдел|министерство)(?![а-яё])/i;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The issuer from a letterhead, written the way requisites name it: the unit first, its parent
 * after it in the genitive. «АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ / ПРИОЗЕРСКИЙ МУНИЦИПАЛЬНЫЙ
 * РАЙОН / ЛЕНИНГРАДСКОЙ ОБЛАСТИ / КОМИТЕТ ОБРАЗОВАНИЯ» → «Комитет образования администрации
 * муниципального образования Приозерский муниципальный район Ленинградской области».
 */
export function issuerFromLetterhead(lines: string[]): string | undefined {
  const named = lines
    .map((line) => line.trim())
    .filter((line) => line && !NOT_A_BODY.test(line) && !findDate(line) && !/^(№|от\s)/i.test(line))
    .map(restoreCase);
  if (named.length === 0) return undefined;
  const at = findLastIndex(named, (line) => UNIT.test(line));
  if (at <= 0) return capitalize(named.join(' '));
  const unit = named.slice(at).join(' ');
  const parent = bodyToGenitive(named.slice(0, at).join(' '));
  return capitalize(`${unit} ${parent}`);
}

const HEAD_GENITIVE = /^(?:директора|руководителя|председателя|начальника|заведующ[а-яё]+|ректора|главы)\s+(.+)$/i;
const HEAD = /^(?:директор|руководитель|председатель|начальник|заведующ[а-яё]+|ректор|глава|президент)\s+(.+)$/i;

/**
 * The body a head of it approved for: «Директор департамента образования Администрации города
 * Омска» → «Департамент образования Администрации города Омска», «Ректор ТОИПКРО» → «ТОИПКРО».
 * A block approved by a council or a meeting («Решением … совета») names no issuer.
 */
export function issuerFromAuthority(authority: string | undefined): string | undefined {
  if (!authority) return undefined;
  // «приказом комитета образования …», «приказом директора МБОУ …»: the body that issued the order.
  const byAct = /^(?:приказом|распоряжением|постановлением)\s+(.+)$/i.exec(authority.trim());
  if (byAct) {
    const head = HEAD_GENITIVE.exec(byAct[1]);
    return capitalize(bodyToNominative(head ? head[1] : byAct[1]));
  }
  const minister = /^министр\s+(.+)$/i.exec(authority.trim());
  if (minister) return `Министерство ${minister[1]}`;
  const head = HEAD.exec(authority.trim());
  return head ? capitalize(bodyToNominative(head[1])) : undefined;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

/** «… Ленинградской области» → «Ленинградская область»; a region the text does not name stays unknown. */
export function regionOf(text: string | undefined): string | undefined {
  const match = /([А-ЯЁ][а-яё-]+)(ской|цкой)\s+области/.exec(text ?? '');
  if (match) return `${match[1]}${match[2] === 'ской' ? 'ская' : 'цкая'} область`;
  const krai = /([А-ЯЁ][а-яё-]+)(ского|цкого)\s+края/.exec(text ?? '');
  return krai ? `${krai[1]}${krai[2] === 'ского' ? 'ский' : 'цкий'} край` : undefined;
}

/** «… Приозерский муниципальный район …» → «Приозерский муниципальный район». */
export function municipalityOf(text: string | undefined): string | undefined {
  const district = /([А-ЯЁ][а-яё-]+(?:ий|ый))\s+(муниципальный\s+район|район|городской\s+округ)/.exec(text ?? '');
  return district ? `${district[1]} ${district[2]}` : undefined;
}

/** Federal, regional, municipal or the organisation itself, from the issuer's own words. */
export function levelOf(issuer: string | undefined): 'federal' | 'regional' | 'municipal' | 'organization' | undefined {
  if (!issuer) return undefined;
  // An institution is the organisation level, even a municipal one («Муниципальное … учреждение»).
  if (/^[^«]*учреждени[ея]|^[А-ЯЁ]{3,}\s/.test(issuer)) return 'organization';
  if (/муниципальн|города\s|городского округа|района/i.test(issuer)) return 'municipal';
  if (/(министерство|правительство|департамент|комитет|управление)[^«]*(област|кра[яй]|республик)/i.test(issuer)) return 'regional';
  if (/(министерство|правительство)[^«]*российской федерации|минпросвещения|минобрнауки/i.test(issuer)) return 'federal';
  if (/учреждение|школа|гимназия|лицей|институт|колледж|университет|детский сад|центр|^[А-ЯЁ]{3,}/.test(issuer)) return 'organization';
  return undefined;
}
