import { z } from 'zod';
import { legalBasisItem, level, municipality, region, signatureBlock, source } from './common.ts';
import { choice, field, partialDate, period, ref, text } from './fields.ts';

/** Kinds of normative documents a training site publishes. */
export const REGULATION_KINDS = {
  regulation: 'Положение',
  directive: 'Распоряжение',
  order: 'Приказ',
} as const;

/** A положение, распоряжение or приказ: requisites in frontmatter, the legal text in the body, verbatim. */
export const RegulationSchema = z.strictObject({
  kind: choice(REGULATION_KINDS, { title: 'Вид документа', description: 'Положение, распоряжение или приказ' }),
  title: field(text(), {
    title: 'Наименование',
    description: 'Полное наименование, как в документе, без сокращений',
  }),
  number: field(text(), { title: 'Номер', description: 'Номер документа, например «364-р»' }).optional(),
  adoptedAt: partialDate({
    title: 'Дата принятия',
    description: 'Дата подписания или утверждения, ГГГГ-ММ-ДД; неизвестные части — ??',
  }).optional(),
  issuer: field(text(), {
    title: 'Издавший орган',
    description: 'Орган или организация, издавшие документ, например «Комитет образования …»',
  }),
  level: level(),
  region: region(),
  municipality: municipality().optional(),
  approval: signatureBlock('Утверждение', 'Гриф «УТВЕРЖДАЮ» / «Утверждено», как в документе').optional(),
  agreement: signatureBlock('Согласование', 'Гриф «Согласовано», как в документе').optional(),
  signatory: field(text(), {
    title: 'Подписал',
    description: 'Должность и ФИО подписавшего, для распоряжений и приказов',
  }).optional(),
  validity: period({
    title: 'Срок действия',
    description: 'С какого и по какое число документ действует; пусто — бессрочно',
  }).optional(),
  project: field(
    z.strictObject({
      title: field(text(), { title: 'Проект', description: 'Название проекта, на период которого принят документ' }),
      period: period({ title: 'Период проекта', description: 'Начало и окончание проекта' }),
    }),
    { title: 'Проект', description: 'Проект, на время которого действует документ' },
  ).optional(),
  draft: field(z.boolean().default(false), {
    title: 'Проект документа',
    description: 'Отметьте, если документ ещё не принят',
  }),
  repealed: field(
    z.strictObject({
      date: partialDate({ title: 'Дата', description: 'Дата, с которой документ утратил силу' }),
      by: ref('regulations', { title: 'Каким документом', description: 'Документ, отменивший этот' }).optional(),
    }),
    { title: 'Утратил силу', description: 'Заполните, если документ отменён' },
  ).optional(),
  approvedBy: ref('regulations', {
    title: 'Утверждён документом',
    description: 'Распоряжение или приказ, которым утверждён этот документ',
  }).optional(),
  site: ref('sites', { title: 'Площадка', description: 'Площадка, деятельность которой регулирует документ' }).optional(),
  legalBasis: field(z.array(legalBasisItem()), {
    title: 'Правовые основания',
    description: 'Акты, на основании которых принят документ',
  }).optional(),
  related: field(z.array(ref('regulations', { title: 'Документ', description: 'Slug связанного документа' })), {
    title: 'Связанные документы',
    description: 'Другие документы сайта, связанные с этим',
  }).optional(),
  appendices: field(
    z.array(
      z.strictObject({
        label: field(text(), { title: 'Обозначение', description: 'Как в тексте: «Приложение 1», «Приложение»' }),
        title: field(text(), { title: 'Название', description: 'Что это за приложение' }),
        included: field(z.boolean(), {
          title: 'Текст приложения на сайте',
          description: 'Да — текст приложения приведён в документе; нет — в источнике его нет',
        }),
      }),
    ),
    { title: 'Приложения', description: 'Приложения, названные в документе' },
  ).optional(),
  source: source().optional(),
});

export type Regulation = z.output<typeof RegulationSchema>;
