import { z } from 'zod';
import { alternatives, choice, email, flag, group, lines, link, partialDate, phone, ref, text } from './fields.ts';

/**
 * Fields several content types share. A label used by more than one type is written here once,
 * so that a change of wording is one change (a test greps for second copies).
 */

/** Level of the body that issued a document or runs a site. */
export const LEVELS = {
  federal: 'Федеральный',
  regional: 'Региональный',
  municipal: 'Муниципальный',
  organization: 'Образовательная организация',
} as const;

export type Level = keyof typeof LEVELS;

/** Delivery format of a site or program. */
export const FORMATS = {
  'in-person': 'Очный',
  distance: 'Дистанционный',
  blended: 'Смешанный',
} as const;

/** The labels of some values of a choice, in the choice's order. */
function pick<T extends Record<string, string>, K extends keyof T & string>(options: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(Object.entries(options).filter(([key]) => (keys as readonly string[]).includes(key))) as Pick<T, K>;
}

/** The level, out of `LEVELS` or the given few of them. */
export function level<K extends Level>(description: string, values: readonly K[] = Object.keys(LEVELS) as K[]) {
  return choice(pick(LEVELS, values), { title: 'Уровень', description });
}

export const region = () =>
  text({ title: 'Регион', description: 'Субъект РФ, как в документе, например «Омская область»' });

export const municipality = () =>
  text({
    title: 'Муниципалитет',
    description: 'Город или район, например «город Омск» или «Приозерский муниципальный район»',
  });

export const format = () => choice(FORMATS, { title: 'Формат', description: 'Очный, дистанционный или смешанный' });

export const audience = () =>
  lines(
    { title: 'Для кого', description: 'Категории участников, по одной в строке, например «педагогические работники»' },
    { min: 1 },
  );

/** The full official title of a document («Наименование»). */
export const officialTitle = (description: string) => text({ title: 'Наименование', description });

/** The name of a site, program, appendix or material. */
export const name = (description: string) => text({ title: 'Название', description });

/** A document's number as the source writes it. */
export const documentNumber = (description: string) => text({ title: 'Номер', description });

/** The date of an act, a signature or a repeal. */
export const actDate = (description: string) => partialDate({ title: 'Дата', description });

/** A person, as the source names them. */
export const personName = (description: string) => text({ title: 'ФИО', description });

/** A position, in the nominative case. */
export const position = (description: string) => text({ title: 'Должность', description });

export const organization = (description: string) => text({ title: 'Организация', description });

/**
 * «УТВЕРЖДАЮ», «Утверждено», «Согласовано»: a signature block exactly as the source lays it out.
 * `heading` keeps the source wording; `date` is structured, `dateText` keeps the source spelling.
 */
export function signatureBlock(title: string, description: string) {
  return group(
    {
      heading: text({
        title: 'Гриф',
        description: 'Слово грифа как в источнике: «УТВЕРЖДАЮ», «Утверждено», «Согласовано»',
      }),
      authority: text({ title: 'Кто', description: 'Должность и организация или орган, как в источнике' }),
      name: personName('Подписант, как в источнике, например «Г. Ефимова»').optional(),
      act: text({
        title: 'Акт',
        description: 'Решение, протокол или приказ, например «Решение инновационно-экспертного совета № 2»',
      }).optional(),
      date: actDate('ГГГГ-ММ-ДД; неизвестная часть — ??, например 2021-??-14').optional(),
      dateText: text({
        title: 'Дата как в источнике',
        description: 'Написание даты в документе, например «« 14 _____ » 2021 года»',
      }).optional(),
    },
    { title, description },
  );
}

/** The «УТВЕРЖДАЮ» / «Утверждено» block of a document, an instruction or a program. */
export const approval = () => signatureBlock('Утверждение', 'Гриф «УТВЕРЖДАЮ» / «Утверждено», как в документе');

/** Legal bases: each either a document on this site (by slug) or an external act. */
export const legalBasis = () =>
  alternatives(
    [
      z.strictObject({
        ref: ref('regulations', { title: 'Документ сайта', description: 'Slug документа из раздела «Документы»' }),
        clause: text({ title: 'Пункт', description: 'Пункт документа, если ссылка на пункт' }).optional(),
      }),
      z.strictObject({
        // Documents often cite an act by number and date only («Федеральный закон № 273-ФЗ»).
        title: text({
          title: 'Наименование акта',
          description: 'Полное наименование, например «Об образовании в Российской Федерации»; пусто, если в документе его нет',
        }).optional(),
        kind: text({ title: 'Вид акта', description: 'Федеральный закон, приказ, паспорт проекта…' }),
        number: documentNumber('Номер акта как в источнике, например «273-ФЗ»').optional(),
        date: actDate('Дата акта, ГГГГ-ММ-ДД').optional(),
        issuer: text({ title: 'Принявший орган', description: 'Кто принял акт' }).optional(),
        clause: text({ title: 'Пункт', description: 'Пункт акта, если ссылка на пункт' }).optional(),
      }),
    ],
    { title: 'Правовые основания', description: 'Акты, на основании которых принят документ', counted: ['основание', 'основания', 'оснований'] },
  );

/**
 * The original file (Word, PDF) in the media folder, published beside the text: readers get it
 * by «Скачать оригинал»; «Импорт из Word» fills it with the uploaded file.
 */
export const original = () =>
  link({
    title: 'Оригинал документа',
    description: 'Файл оригинала в медиатеке, например «/media/polozhenie-2021.docx»',
    readerLabel: 'Скачать оригинал',
  });

/** Shared by every collection: where the entry came from, so anomalies can be traced. */
export const source = () =>
  text({
    title: 'Источник',
    description: 'Исходный файл, из которого перенесён текст (для сверки), например «002_3af95056f3294ea4.txt»',
  });


/**
 * A sample entry, not a real one (a demo practice or offering). Every collection that may hold
 * samples declares it with this one builder under the key `example`: the page, lists and search
 * results then say «Пример», and a build with `SITE_EXCLUDE_EXAMPLES=1` leaves the entry out
 * everywhere (pages, lists, search, feeds, sitemap).
 */
export const EXAMPLE_KEY = 'example';

export const example = () =>
  flag({
    title: 'Пример',
    readerLabel: 'Пример',
    description: 'Отметьте, если запись учебная, а не настоящая: на сайте она помечена «Пример» и не попадает в рабочую сборку',
  });

/** Whether an entry is a sample (`example: true`), whatever its collection. */
export const isExample = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as Record<string, unknown>)[EXAMPLE_KEY] === true;

/** Whether a build leaves samples out: `SITE_EXCLUDE_EXAMPLES=1`. */
export const excludesExamples = (env: Record<string, string | undefined>): boolean => env.SITE_EXCLUDE_EXAMPLES === '1';

export const contactPhone = (description: string) => phone({ title: 'Телефон', description });

export const contactEmail = (description: string) => email({ title: 'Электронная почта', description });
