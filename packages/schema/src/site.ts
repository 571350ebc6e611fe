import { z } from 'zod';
import { audience, format, municipality, region, source } from './common.ts';
import { choice, field, period, ref, text } from './fields.ts';

/** Kinds of sites in the network. */
export const SITE_KINDS = {
  'training-site': 'Стажировочная площадка',
  'base-site': 'Базовая площадка',
  'innovation-site': 'Инновационная площадка',
} as const;

/** A площадка: who hosts it, what it works on, on what basis and for how long. */
export const SiteSchema = z.strictObject({
  title: field(text(), { title: 'Название', description: 'Полное название площадки' }),
  kind: choice(SITE_KINDS, { title: 'Тип площадки', description: 'Стажировочная, базовая или инновационная' }),
  level: field(
    z.enum(['federal', 'regional', 'municipal']),
    {
      title: 'Уровень',
      description: 'Федеральная, региональная или муниципальная',
      options: { federal: 'Федеральный', regional: 'Региональный', municipal: 'Муниципальный' },
    },
  ),
  hosts: field(
    z.array(
      z.strictObject({
        name: field(text(), { title: 'Организация', description: 'Полное название, как в документе' }),
        shortName: field(text(), { title: 'Краткое название', description: 'Например «ТОИПКРО»' }).optional(),
      }),
    ),
    { title: 'Организации на базе', description: 'Организации, на базе которых работает площадка' },
  ).optional(),
  parent: ref('sites', { title: 'Входит в', description: 'Площадка верхнего уровня (для базовых площадок)' }).optional(),
  theme: field(text(), { title: 'Тема', description: 'Тема или направление площадки, как в документе' }),
  region: region(),
  municipality: municipality().optional(),
  statusDocument: ref('regulations', {
    title: 'Документ о статусе',
    description: 'Распоряжение, приказ или положение, которым установлен статус',
  }).optional(),
  period: period({ title: 'Период работы', description: 'С какого и по какое время работает площадка' }).optional(),
  format: format().optional(),
  audience: audience().optional(),
  source: source().optional(),
});

export type Site = z.output<typeof SiteSchema>;
