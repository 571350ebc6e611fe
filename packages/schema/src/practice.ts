import { z } from 'zod';
import { example, name, organization, personName, position, source } from './common.ts';
import { integer, lines, link, longText, records, ref, text } from './fields.ts';

/**
 * A «кейс эффективных практик»: the form in which the Tomsk regulation (3.1) asks trainers to
 * present results. Sample cases carry `example: true` and can be left out of production builds.
 * Fields are in the order a reader meets them on the page and in the form.
 */
export const PracticeSchema = z.strictObject({
  title: text({ title: 'Название кейса', description: 'Коротко: что за практика' }),
  example: example('Пример, не реальный кейс', 'Отметьте, если кейс учебный, а не настоящий: на сайте он будет помечен как пример'),
  site: ref('sites', { description: 'Площадка, на которой практика применяется' }),
  organization: organization('Организация авторов'),
  authors: records(
    {
      name: personName('Автор практики'),
      position: position('Должность автора').optional(),
    },
    { title: 'Авторы', description: 'Авторы практики' },
    { min: 1 },
  ),
  targetGroup: text({ title: 'Целевая группа', description: 'Для кого практика' }),
  year: integer({ title: 'Год', description: 'Год описания кейса' }, { min: 1990, max: 2100 }).optional(),
  problem: longText({ title: 'Проблема', description: 'Какое затруднение педагогов решает практика' }),
  technology: text({ title: 'Технология, методика', description: 'Чем решается проблема' }),
  steps: lines({ title: 'Шаги', description: 'Как практику внедряли, шаг за шагом' }, { min: 1 }),
  results: longText({ title: 'Результаты', description: 'Что изменилось; по возможности в цифрах' }),
  materials: records(
    {
      title: name('Название материала'),
      url: link({ title: 'Ссылка', description: 'Адрес материала или файла в /media/' }).optional(),
    },
    { title: 'Материалы', description: 'Методические материалы, презентации, записи' },
  ).optional(),
  source: source().optional(),
});

export type Practice = z.output<typeof PracticeSchema>;
