import { z } from 'zod';
import { source } from './common.ts';
import { choice, field, ref, text } from './fields.ts';

/** Which part of the training-site network a position belongs to. */
export const UNITS = {
  'training-site': 'Стажировочная площадка',
  'base-site': 'Базовая площадка',
} as const;

/** A должностная (функциональная) инструкция. The body holds its sections verbatim. */
export const InstructionSchema = z.strictObject({
  title: field(text(), { title: 'Наименование', description: 'Заголовок инструкции, как в документе' }),
  position: field(text(), {
    title: 'Должность',
    description: 'Должность в именительном падеже, например «Координатор стажировочной площадки»',
  }),
  unit: choice(UNITS, { title: 'Подразделение', description: 'Стажировочная или базовая площадка' }),
  direction: field(text(), {
    title: 'Направление',
    description: 'Направление работы, как в заголовке, например «по учебно-методическому сопровождению деятельности»',
  }).optional(),
  site: ref('sites', { title: 'Площадка', description: 'Площадка, на которой работает сотрудник' }),
  reportsTo: field(
    z.array(ref('instructions', { title: 'Руководитель', description: 'Slug инструкции руководителя' })),
    { title: 'Подчиняется', description: 'Инструкции тех, кому сотрудник подчиняется (пункт 1.3)' },
  ).optional(),
  appointedBy: field(text(), {
    title: 'Кто назначает',
    description: 'Кем и каким актом назначается, как в пункте 1.2',
  }).optional(),
  order: field(z.number().int().min(0), {
    title: 'Порядок',
    description: 'Место в списке инструкций площадки: 1, 2, 3…',
  }).optional(),
  source: source().optional(),
});

export type Instruction = z.output<typeof InstructionSchema>;
