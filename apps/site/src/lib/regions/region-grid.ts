import { toSlug } from '@stazhirovka/schema';

/**
 * The subjects of the Russian Federation as a tile grid: one square per region, placed roughly
 * where it lies, in the layout Russian data journalists use for tile maps (18 columns, 11 rows,
 * Kaliningrad at the far west, Chukotka and Kamchatka at the east, the Caucasus at the bottom).
 * The four regions added to the constitution's list in 2022 sit in the free cells west of
 * Belgorod (row 7); their places are ours, not the customary layout's.
 *
 * Each region carries its IANA time zone (the administrative centre's), so that local session
 * times of offerings become correct instants in `.ics` files.
 */
export interface Region {
  /** The name as the constitution's list and our documents write it: «Омская область». */
  name: string;
  /** A label short enough for a tile: «Омск». */
  short: string;
  slug: string;
  row: number;
  col: number;
  timeZone: string;
  /** Other spellings found in documents («г. Москва»). */
  aliases: readonly string[];
}

const M = 'Europe/Moscow';
const Y = 'Asia/Yekaterinburg';

/** name, short label, row, column, time zone, other spellings */
const GRID: readonly [string, string, number, number, string, string[]?][] = [
  ['Мурманская область', 'Мурм', 0, 4, M],
  ['Санкт-Петербург', 'СПб', 1, 2, M, ['г. Санкт-Петербург', 'город Санкт-Петербург']],
  ['Республика Карелия', 'Карел', 1, 3, M],
  ['Ненецкий автономный округ', 'НАО', 1, 9, M],
  ['Чукотский автономный округ', 'Чук', 1, 16, 'Asia/Anadyr'],
  ['Калининградская область', 'Калин', 2, 0, 'Europe/Kaliningrad'],
  ['Ленинградская область', 'Ленобл', 2, 2, M],
  ['Новгородская область', 'Новг', 2, 3, M],
  ['Вологодская область', 'Волог', 2, 4, M],
  ['Архангельская область', 'Арх', 2, 8, M],
  ['Республика Коми', 'Коми', 2, 9, M],
  ['Ямало-Ненецкий автономный округ', 'ЯНАО', 2, 10, Y],
  ['Красноярский край', 'Красн', 2, 13, 'Asia/Krasnoyarsk'],
  ['Республика Саха (Якутия)', 'Якут', 2, 15, 'Asia/Yakutsk'],
  ['Магаданская область', 'Магад', 2, 16, 'Asia/Magadan'],
  ['Камчатский край', 'Камч', 2, 17, 'Asia/Kamchatka'],
  ['Псковская область', 'Псков', 3, 2, M],
  ['Тверская область', 'Тверь', 3, 3, M],
  ['Ярославская область', 'Яросл', 3, 4, M],
  ['Ивановская область', 'Иван', 3, 5, M],
  ['Костромская область', 'Костр', 3, 6, M],
  ['Республика Марий Эл', 'Мар Эл', 3, 7, M],
  ['Кировская область', 'Киров', 3, 8, M],
  ['Пермский край', 'Пермь', 3, 9, Y],
  ['Ханты-Мансийский автономный округ — Югра', 'ХМАО', 3, 10, Y, ['Ханты-Мансийский автономный округ']],
  ['Тюменская область', 'Тюмень', 3, 11, Y],
  ['Томская область', 'Томск', 3, 12, 'Asia/Tomsk'],
  ['Кемеровская область — Кузбасс', 'Кузб', 3, 13, 'Asia/Novokuznetsk', ['Кемеровская область']],
  ['Иркутская область', 'Иркут', 3, 14, 'Asia/Irkutsk'],
  ['Амурская область', 'Амур', 3, 15, 'Asia/Yakutsk'],
  ['Хабаровский край', 'Хабар', 3, 16, 'Asia/Vladivostok'],
  ['Калужская область', 'Калуга', 4, 2, M],
  ['Московская область', 'Мособл', 4, 3, M],
  ['Москва', 'Москва', 4, 4, M, ['г. Москва', 'город Москва']],
  ['Владимирская область', 'Владим', 4, 5, M],
  ['Нижегородская область', 'Нижег', 4, 6, M],
  ['Чувашская Республика — Чувашия', 'Чуваш', 4, 7, M, ['Чувашская Республика']],
  ['Республика Татарстан', 'Татар', 4, 8, M],
  ['Удмуртская Республика', 'Удм', 4, 9, 'Europe/Samara'],
  ['Свердловская область', 'Свердл', 4, 10, Y],
  ['Курганская область', 'Курган', 4, 11, Y],
  ['Новосибирская область', 'Новосиб', 4, 12, 'Asia/Novosibirsk'],
  ['Республика Хакасия', 'Хакас', 4, 13, 'Asia/Krasnoyarsk'],
  ['Республика Бурятия', 'Бурят', 4, 14, 'Asia/Irkutsk'],
  ['Еврейская автономная область', 'ЕАО', 4, 15, 'Asia/Vladivostok'],
  ['Приморский край', 'Примор', 4, 16, 'Asia/Vladivostok'],
  ['Смоленская область', 'Смол', 5, 1, M],
  ['Брянская область', 'Брянск', 5, 2, M],
  ['Орловская область', 'Орёл', 5, 3, M],
  ['Тульская область', 'Тула', 5, 4, M],
  ['Рязанская область', 'Рязань', 5, 5, M],
  ['Республика Мордовия', 'Мордов', 5, 6, M],
  ['Ульяновская область', 'Ульян', 5, 7, 'Europe/Ulyanovsk'],
  ['Самарская область', 'Самара', 5, 8, 'Europe/Samara'],
  ['Республика Башкортостан', 'Башк', 5, 9, Y],
  ['Челябинская область', 'Челяб', 5, 10, Y],
  ['Омская область', 'Омск', 5, 11, 'Asia/Omsk'],
  ['Алтайский край', 'Алт кр', 5, 12, 'Asia/Barnaul'],
  ['Республика Тыва', 'Тыва', 5, 13, 'Asia/Krasnoyarsk'],
  ['Забайкальский край', 'Забайк', 5, 14, 'Asia/Chita'],
  ['Курская область', 'Курск', 6, 3, M],
  ['Липецкая область', 'Липецк', 6, 4, M],
  ['Тамбовская область', 'Тамбов', 6, 5, M],
  ['Пензенская область', 'Пенза', 6, 6, M],
  ['Саратовская область', 'Сарат', 6, 7, 'Europe/Saratov'],
  ['Оренбургская область', 'Оренб', 6, 8, Y],
  ['Республика Алтай', 'Р Алтай', 6, 12, 'Asia/Barnaul'],
  ['Сахалинская область', 'Сахал', 6, 17, 'Asia/Sakhalin'],
  ['Херсонская область', 'Херсон', 7, 0, M],
  ['Запорожская область', 'Запор', 7, 1, M],
  ['Донецкая Народная Республика', 'ДНР', 7, 2, M],
  ['Луганская Народная Республика', 'ЛНР', 7, 3, M],
  ['Белгородская область', 'Белг', 7, 4, M],
  ['Воронежская область', 'Ворон', 7, 5, M],
  ['Волгоградская область', 'Волгогр', 7, 6, 'Europe/Volgograd'],
  ['Республика Крым', 'Крым', 8, 2, 'Europe/Simferopol'],
  ['Республика Адыгея', 'Адыг', 8, 3, M],
  ['Краснодарский край', 'Красн кр', 8, 4, M],
  ['Ростовская область', 'Ростов', 8, 5, M],
  ['Республика Калмыкия', 'Калм', 8, 6, M],
  ['Астраханская область', 'Астрах', 8, 7, 'Europe/Astrakhan'],
  ['Севастополь', 'Севаст', 9, 2, 'Europe/Simferopol', ['г. Севастополь', 'город Севастополь']],
  ['Карачаево-Черкесская Республика', 'КЧР', 9, 4, M],
  ['Ставропольский край', 'Ставр', 9, 5, M],
  ['Чеченская Республика', 'Чечня', 9, 6, M],
  ['Республика Дагестан', 'Даг', 9, 7, M],
  ['Кабардино-Балкарская Республика', 'КБР', 10, 4, M],
  ['Республика Северная Осетия — Алания', 'С Осет', 10, 5, M, ['Республика Северная Осетия-Алания']],
  ['Республика Ингушетия', 'Ингуш', 10, 6, M],
];

export const REGIONS: readonly Region[] = GRID.map(([name, short, row, col, timeZone, aliases = []]) => ({
  name, short, row, col, timeZone, aliases, slug: toSlug(name),
}));

export const GRID_COLUMNS = Math.max(...REGIONS.map((r) => r.col)) + 1;
export const GRID_ROWS = Math.max(...REGIONS.map((r) => r.row)) + 1;

const normal = (name: string) => name.toLowerCase().replace(/ё/g, 'е').replace(/\s*[—–-]\s*/g, '-').replace(/\s+/g, ' ').trim();
const byName = new Map(REGIONS.flatMap((region) => [region.name, ...region.aliases].map((name) => [normal(name), region] as const)));

/** The region a document names, by its name or a known other spelling; undefined when unknown. */
export function regionNamed(name: string | undefined): Region | undefined {
  return name === undefined ? undefined : byName.get(normal(name));
}
