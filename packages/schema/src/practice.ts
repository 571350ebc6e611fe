import { z } from 'zod';
import { source } from './common.ts';
import { field, ref, text } from './fields.ts';

/**
 * A «кейс эффективных практик»: the form in which the Tomsk regulation (3.1) asks trainers to
 * present results. Sample cases carry `example: true` and can be left out of production builds.
 */
export const PracticeSchema = z.strictObject({
  title: field(text(), { title: 'Название кейса', description: 'Коротко: что за практика' }),
  example: field(z.boolean().default(false), {
    title: 'Пример',
    description: 'Отметьте, если кейс учебный, а не настоящий: на сайте он помечен «Пример»',
  }),
  site: ref('sites', { title: 'Площадка', description: 'Площадка, на которой практика применяется' }),
  problem: field(text(), {
    title: 'Проблема',
    description: 'Какое затруднение педагогов решает практика',
    widget: 'text',
  }),
  technology: field(text(), { title: 'Технология, методика', description: 'Чем решается проблема' }),
  targetGroup: field(text(), { title: 'Целевая группа', description: 'Для кого практика' }),
  steps: field(z.array(text()).min(1), { title: 'Шаги', description: 'Как практику внедряли, шаг за шагом' }),
  results: field(text(), {
    title: 'Результаты',
    description: 'Что изменилось; по возможности в цифрах',
    widget: 'text',
  }),
  materials: field(
    z.array(
      z.strictObject({
        title: field(text(), { title: 'Название', description: 'Название материала' }),
        url: field(z.string().trim().regex(/^(https?:\/\/|\/)/, {
          message: 'ссылка должна начинаться с https://, http:// или / (файл на сайте)',
        }), { title: 'Ссылка', description: 'Адрес материала или файла в /media/' }).optional(),
      }),
    ),
    { title: 'Материалы', description: 'Методические материалы, презентации, записи' },
  ).optional(),
  authors: field(
    z.array(
      z.strictObject({
        name: field(text(), { title: 'ФИО', description: 'Автор практики' }),
        position: field(text(), { title: 'Должность', description: 'Должность автора' }).optional(),
      }),
    ).min(1),
    { title: 'Авторы', description: 'Авторы практики' },
  ),
  organization: field(text(), { title: 'Организация', description: 'Организация авторов' }),
  year: field(z.number().int().min(1990).max(2100), { title: 'Год', description: 'Год описания кейса' }).optional(),
  source: source().optional(),
});

export type Practice = z.output<typeof PracticeSchema>;
