import { z } from 'zod';
import { approval, audience, format, name, original, source } from './common.ts';
import { lines, period, ref } from './fields.ts';

/** A program or offering of a site: what a visiting teacher can learn there, how and when. */
export const ProgramSchema = z.strictObject({
  title: name('Название программы или предложения'),
  site: ref('sites', { description: 'Площадка, которая реализует программу' }),
  goals: lines({ title: 'Цели', description: 'Цели программы, по одной в строке, как в документе', counted: ['цель', 'цели', 'целей'] }, { min: 1 }).optional(),
  tasks: lines({ title: 'Задачи', description: 'Задачи программы, по одной в строке', counted: ['задача', 'задачи', 'задач'] }, { min: 1 }).optional(),
  forms: lines({ title: 'Формы работы', description: 'Семинары, вебинары, тьюторское сопровождение…', counted: ['форма', 'формы', 'форм'] }, { min: 1 }).optional(),
  audience: audience().optional(),
  period: period({ title: 'Сроки', description: 'Сроки реализации программы' }).optional(),
  format: format().optional(),
  basis: ref('regulations', {
    title: 'Основание',
    description: 'Документ, из которого взяты цели и задачи программы',
  }).optional(),
  approval: approval().optional(),
  original: original().optional(),
  source: source().optional(),
});

export type Program = z.output<typeof ProgramSchema>;
