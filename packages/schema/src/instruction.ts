import { z } from 'zod';
import { approval, officialTitle, original, position, source } from './common.ts';
import { choice, integer, ref, refs, text } from './fields.ts';
import { SITE_KINDS } from './site.ts';

/** Which part of the training-site network a position belongs to: the kinds of site that have staff. */
export const UNITS = {
  'training-site': SITE_KINDS['training-site'],
  'base-site': SITE_KINDS['base-site'],
} as const;

/** A должностная (функциональная) инструкция. The body holds its sections verbatim. */
export const InstructionSchema = z.strictObject({
  title: officialTitle('Заголовок инструкции, как в документе'),
  position: position('Должность в именительном падеже, например «Координатор стажировочной площадки»'),
  unit: choice(UNITS, { title: 'Подразделение', description: 'Стажировочная или базовая площадка' }),
  direction: text({
    title: 'Направление',
    description: 'Направление работы, как в заголовке, например «по учебно-методическому сопровождению деятельности»',
  }).optional(),
  site: ref('sites', { description: 'Площадка, на которой работает сотрудник' }),
  appointedBy: text({
    title: 'Назначается',
    description: 'Кем и каким актом назначается, как в пункте 1.2',
  }).optional(),
  reportsTo: refs('instructions', {
    title: 'Подчиняется',
    description: 'Инструкции тех, кому сотрудник подчиняется (пункт 1.3)',
    inverseLabel: 'Ему подчиняются',
  }).optional(),
  order: integer({ title: 'Место в списке', description: 'Место инструкции в списке инструкций площадки: 1, 2, 3…' }, { min: 0 }).optional(),
  approval: approval().optional(),
  original: original().optional(),
  source: source().optional(),
});

export type Instruction = z.output<typeof InstructionSchema>;
