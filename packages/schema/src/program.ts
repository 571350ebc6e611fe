import { z } from 'zod';
import { audience, format, source } from './common.ts';
import { field, period, ref, text } from './fields.ts';

const lines = (title: string, description: string) => field(z.array(text()).min(1), { title, description });

/** A program or offering of a site: what a visiting teacher can learn there, how and when. */
export const ProgramSchema = z.strictObject({
  title: field(text(), { title: 'Название', description: 'Название программы или предложения' }),
  site: ref('sites', { title: 'Площадка', description: 'Площадка, которая реализует программу' }),
  goals: lines('Цели', 'Цели программы, по одной в строке, как в документе').optional(),
  tasks: lines('Задачи', 'Задачи программы, по одной в строке').optional(),
  forms: lines('Формы работы', 'Семинары, вебинары, тьюторское сопровождение…').optional(),
  audience: audience().optional(),
  period: period({ title: 'Период', description: 'Сроки реализации программы' }).optional(),
  format: format().optional(),
  basis: ref('regulations', {
    title: 'Основание',
    description: 'Документ, из которого взяты цели и задачи программы',
  }).optional(),
  source: source().optional(),
});

export type Program = z.output<typeof ProgramSchema>;
