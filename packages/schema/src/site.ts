import { z } from 'zod';
import { audience, contactEmail, contactPhone, format, level, municipality, name, organization, position, region, source } from './common.ts';
import { choice, group, link, period, records, ref, text } from './fields.ts';

/** Kinds of sites in the network. */
export const SITE_KINDS = {
  'training-site': 'Стажировочная площадка',
  'base-site': 'Базовая площадка',
  'innovation-site': 'Инновационная площадка',
} as const;

/**
 * A площадка: who hosts it, what it works on, on what basis and for how long. Fields are in the
 * order a reader meets them on the page and in the form.
 */
export const SiteSchema = z.strictObject({
  title: name('Полное название площадки'),
  kind: choice(SITE_KINDS, { title: 'Тип площадки', description: 'Стажировочная, базовая или инновационная' }),
  level: level('Федеральная, региональная или муниципальная', ['federal', 'regional', 'municipal']),
  region: region(),
  municipality: municipality().optional(),
  theme: text({ title: 'Тема', description: 'Тема или направление площадки, как в документе' }),
  hosts: records(
    {
      name: organization('Полное название, как в документе'),
      shortName: text({ title: 'Краткое название', description: 'Например «ТОИПКРО»' }).optional(),
    },
    { title: 'На базе', description: 'Организации, на базе которых работает площадка', counted: ['организация', 'организации', 'организаций'] },
  ).optional(),
  parent: ref('sites', { title: 'Входит в', description: 'Площадка верхнего уровня (для базовых площадок)' }).optional(),
  period: period({ title: 'Период работы', description: 'С какого и по какое время работает площадка' }).optional(),
  format: format().optional(),
  audience: audience().optional(),
  contacts: group(
    {
      address: text({ title: 'Адрес', description: 'Почтовый адрес площадки: индекс, город, улица, дом' }).optional(),
      phone: contactPhone('Телефон площадки или её руководителя').optional(),
      email: contactEmail('Адрес для вопросов и записи').optional(),
      website: link({ title: 'Сайт', description: 'Страница площадки или организации, https://…' }).optional(),
      head: text({ title: 'Руководитель', description: 'ФИО руководителя площадки, как в документе' }).optional(),
      headPosition: position('Должность руководителя площадки').optional(),
    },
    { title: 'Контакты', description: 'Как связаться с площадкой: только сведения из документов или с сайта организации' },
  ).optional(),
  officialInfo: link({
    title: 'Сведения об образовательной организации',
    readerLabel: 'Сведения об образовательной организации',
    description: 'Адрес официального раздела «Сведения об образовательной организации» на сайте организации, на базе которой работает площадка',
  }).optional(),
  statusDocument: ref('regulations', {
    title: 'Документ о статусе',
    description: 'Распоряжение, приказ или положение, которым установлен статус',
  }).optional(),
  source: source().optional(),
});

export type Site = z.output<typeof SiteSchema>;
