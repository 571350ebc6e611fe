import { z } from 'zod';
import { choice, field, partialDate, period, ref, text } from './fields.ts';

/** Level of the body that issued a document or runs a site. */
export const LEVELS = {
  federal: 'Федеральный',
  regional: 'Региональный',
  municipal: 'Муниципальный',
  organization: 'Уровень организации',
} as const;

/** Delivery format of a site or program. */
export const FORMATS = {
  'in-person': 'Очный',
  distance: 'Дистанционный',
  blended: 'Смешанный',
} as const;

export const level = () =>
  choice(LEVELS, { title: 'Уровень', description: 'Федеральный, региональный, муниципальный или уровень организации' });

export const region = () =>
  field(text(), { title: 'Регион', description: 'Субъект РФ, как в документе, например «Омская область»' });

export const municipality = () =>
  field(text(), {
    title: 'Муниципалитет',
    description: 'Город или район, например «город Омск» или «Приозерский муниципальный район»',
  });

export const format = () =>
  choice(FORMATS, { title: 'Формат', description: 'Очный, дистанционный или смешанный' });

export const audience = () =>
  field(z.array(text()).min(1), {
    title: 'Для кого',
    description: 'Категории участников, по одной в строке, например «педагогические работники»',
  });

/**
 * «УТВЕРЖДАЮ», «Утверждено», «Согласовано»: a signature block exactly as the source lays it out.
 * `heading` keeps the source wording; `date` is structured, `dateText` keeps the source spelling.
 */
export function signatureBlock(title: string, description: string) {
  return field(
    z.strictObject({
      heading: field(text(), {
        title: 'Гриф',
        description: 'Слово грифа как в источнике: «УТВЕРЖДАЮ», «Утверждено», «Согласовано»',
      }),
      authority: field(text(), {
        title: 'Кто',
        description: 'Должность и организация или орган, как в источнике',
      }),
      name: field(text(), { title: 'ФИО', description: 'Подписант, как в источнике, например «Г. Ефимова»' }).optional(),
      act: field(text(), {
        title: 'Акт',
        description: 'Решение, протокол или приказ, например «Решение инновационно-экспертного совета № 2»',
      }).optional(),
      date: partialDate({
        title: 'Дата',
        description: 'ГГГГ-ММ-ДД; неизвестная часть — ??, например 2021-??-14',
      }).optional(),
      dateText: field(text(), {
        title: 'Дата как в источнике',
        description: 'Написание даты в документе, например «« 14 _____ » 2021 года»',
      }).optional(),
    }),
    { title, description },
  );
}

/** A legal basis: either a document on this site (by slug) or an external act. */
export const legalBasisItem = () =>
  z.union([
    z.strictObject({
      ref: ref('regulations', { title: 'Документ сайта', description: 'Slug документа из раздела «Документы»' }),
      clause: field(text(), { title: 'Пункт', description: 'Пункт документа, если ссылка на пункт' }).optional(),
    }),
    z.strictObject({
      title: field(text(), {
        title: 'Наименование акта',
        description: 'Полное наименование, например «Об образовании в Российской Федерации»',
      }),
      kind: field(text(), { title: 'Вид акта', description: 'Федеральный закон, приказ, паспорт проекта…' }),
      number: field(text(), { title: 'Номер', description: 'Номер акта как в источнике, например «273-ФЗ»' }).optional(),
      date: partialDate({ title: 'Дата', description: 'Дата акта, ГГГГ-ММ-ДД' }).optional(),
      issuer: field(text(), { title: 'Принявший орган', description: 'Кто принял акт' }).optional(),
      clause: field(text(), { title: 'Пункт', description: 'Пункт акта, если ссылка на пункт' }).optional(),
    }),
  ]);

/** Shared by every collection: where the entry came from, so anomalies can be traced. */
export const source = () =>
  field(text(), {
    title: 'Источник',
    description: 'Исходный файл, из которого перенесён текст (для сверки), например «002_3af95056f3294ea4.txt»',
  });

export { period };
