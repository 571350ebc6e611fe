import { z } from 'zod';
import {
  actDate, documentNumber, legalBasis, level, municipality, name, officialTitle, original, region, signatureBlock, source,
} from './common.ts';
import { choice, flag, group, partialDate, period, records, ref, refs, text, yesNo } from './fields.ts';
import type { DocumentStatus } from './status.ts';

/** Kinds of normative documents a training site publishes. */
export const REGULATION_KINDS = {
  regulation: 'Положение',
  directive: 'Распоряжение',
  order: 'Приказ',
} as const;

/** A document's legal status as a reader sees it; `draft` and `repealed` follow the fields below. */
export const STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: 'Проект',
  repealed: 'Утратил силу',
  expired: 'Срок действия истёк',
  'not-yet': 'Не вступил в силу',
  active: 'Действует',
};

/**
 * A положение, распоряжение or приказ: requisites in frontmatter, the legal text in the body,
 * verbatim. Fields are in the order a reader meets them on the page and in the form.
 */
export const RegulationSchema = z.strictObject({
  kind: choice(REGULATION_KINDS, { title: 'Вид документа', description: 'Положение, распоряжение или приказ' }),
  title: officialTitle('Полное наименование, как в документе, без сокращений'),
  number: documentNumber('Номер документа, например «364-р»').optional(),
  adoptedAt: partialDate({
    title: 'Дата принятия',
    description: 'Дата подписания или утверждения, ГГГГ-ММ-ДД; неизвестные части — ??',
  }).optional(),
  issuer: text({
    title: 'Издавший орган',
    description: 'Орган или организация, издавшие документ, например «Комитет образования …»',
  }),
  signatory: text({
    title: 'Подписал',
    description: 'Должность и ФИО подписавшего, для распоряжений и приказов',
  }).optional(),
  level: level('Федеральный, региональный, муниципальный или образовательная организация'),
  region: region(),
  municipality: municipality().optional(),
  approval: signatureBlock('Утверждение', 'Гриф «УТВЕРЖДАЮ» / «Утверждено», как в документе').optional(),
  agreement: signatureBlock('Согласование', 'Гриф «Согласовано», как в документе').optional(),
  validity: period({
    title: 'Срок действия',
    description: 'С какого и по какое число документ действует; пусто — бессрочно',
  }).optional(),
  project: group(
    {
      title: text({ title: 'Название проекта', description: 'Название проекта, на период которого принят документ' }),
      period: period({ title: 'Период проекта', description: 'Начало и окончание проекта' }),
    },
    { title: 'Проект', description: 'Проект, на время которого действует документ' },
  ).optional(),
  draft: flag({ title: 'Проект документа', description: 'Отметьте, если документ ещё не принят' }),
  repealed: group(
    {
      date: actDate('Дата, с которой документ утратил силу'),
      by: ref('regulations', { title: 'Каким документом', description: 'Документ, отменивший этот' }).optional(),
    },
    { title: 'Утратил силу', description: 'Заполните, если документ отменён' },
  ).optional(),
  approvedBy: ref('regulations', {
    title: 'Утверждён документом',
    description: 'Распоряжение или приказ, которым утверждён этот документ',
    inverseLabel: 'Утверждает',
  }).optional(),
  site: ref('sites', { description: 'Площадка, деятельность которой регулирует документ' }).optional(),
  legalBasis: legalBasis().optional(),
  related: refs('regulations', {
    title: 'Связанные документы',
    description: 'Другие документы сайта, связанные с этим',
    counted: ['документ', 'документа', 'документов'],
  }).optional(),
  appendices: records(
    {
      label: text({ title: 'Обозначение', description: 'Как в тексте: «Приложение 1», «Приложение»' }),
      title: name('Что это за приложение'),
      included: yesNo({
        title: 'Текст приложения на сайте',
        description: 'Да — текст приложения приведён в документе; нет — в источнике его нет',
      }),
    },
    { title: 'Приложения', description: 'Приложения, названные в документе', counted: ['приложение', 'приложения', 'приложений'] },
  ).optional(),
  original: original().optional(),
  source: source().optional(),
});

export type Regulation = z.output<typeof RegulationSchema>;
