import { z } from 'zod';
import {
  actDate, approval, documentNumber, type Level, legalBasis, level, LEVELS, municipality, name, officialTitle, original, region, signatureBlock, source,
} from './common.ts';
import { choice, flag, group, partialDate, period, records, ref, refs, text, yesNo } from './fields.ts';
import type { DocumentStatus } from './status.ts';

/**
 * Kinds of normative documents a training site publishes, named as the document names itself
 * (the label is the heading word: «ПОСТАНОВЛЕНИЕ» → «Постановление»). The importer recognises a
 * document by these labels; a new kind is one line here.
 */
export const REGULATION_KINDS = {
  regulation: 'Положение',
  directive: 'Распоряжение',
  order: 'Приказ',
  resolution: 'Постановление',
  decision: 'Решение',
  procedure: 'Порядок',
  rules: 'Правила',
  statute: 'Регламент',
} as const;

export type RegulationKind = keyof typeof REGULATION_KINDS;

/** Levels whose documents always belong to a region; a federal act or a school's own order need not name one. */
const REGION_REQUIRED: readonly Level[] = ['regional', 'municipal'];

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
  kind: choice(REGULATION_KINDS, {
    title: 'Вид документа',
    description: 'Как документ называет себя: положение, распоряжение, приказ, постановление, порядок…',
  }),
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
  region: region().optional(),
  municipality: municipality().optional(),
  approval: approval().optional(),
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
}).superRefine((data, ctx) => {
  if (data.region === undefined && REGION_REQUIRED.includes(data.level)) {
    ctx.addIssue({
      code: 'custom',
      path: ['region'],
      message: `для уровня «${LEVELS[data.level]}» поле обязательно; укажите субъект РФ, например «Омская область»`,
    });
  }
});

export type Regulation = z.output<typeof RegulationSchema>;
