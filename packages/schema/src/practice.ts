import { z } from 'zod';
import { contactEmail, contactPhone, example, name, organization, personName, position, source } from './common.ts';
import { choice, group, integer, lines, link, longText, records, ref, text } from './fields.ts';

/**
 * How sure a reader can be that a practice works, from a description alone to repetition
 * elsewhere (the ladder of practice banks such as What Works Clearinghouse and «Смартека»).
 */
export const EVIDENCE_LEVELS = {
  described: 'Описана',
  measured: 'Измерены результаты',
  'independently-confirmed': 'Подтверждена независимо',
  replicated: 'Тиражирована',
} as const;

export type EvidenceLevel = keyof typeof EVIDENCE_LEVELS;

/**
 * A «кейс эффективных практик», described so that another school can repeat it. The Tomsk
 * regulation (section «Основные задачи Тренеров», 3.1) names the form without listing its fields;
 * from it come what a trainer reports — the problem, the technology or method, the target group,
 * how colleagues were taught (steps), the results — and from practice banks what a school needs to
 * repeat it: conditions and resources, durations, measured results, level of evidence, risks,
 * where it was already repeated and how to reach the authors. Fields are in the order a reader
 * meets them on the page and in the form.
 */
export const PracticeSchema = z.strictObject({
  title: text({ title: 'Название кейса', description: 'Коротко: что за практика' }),
  example: example(),
  site: ref('sites', { description: 'Площадка, на которой практика применяется' }),
  organization: organization('Организация авторов'),
  authors: records(
    {
      name: personName('Автор практики'),
      position: position('Должность автора').optional(),
    },
    { title: 'Авторы', description: 'Авторы практики', counted: ['автор', 'автора', 'авторов'] },
    { min: 1 },
  ),
  year: integer({ title: 'Год', description: 'Год описания кейса' }, { min: 1990, max: 2100 }).optional(),
  evidence: choice(EVIDENCE_LEVELS, {
    title: 'Уровень доказательности',
    description:
      'Описана — есть только описание; измерены результаты — есть цифры до и после; подтверждена независимо — результат проверил кто-то кроме авторов; тиражирована — практику повторили в других школах',
  }),
  targetGroup: text({ title: 'Целевая группа', description: 'Для кого практика: кто учится и кто учит' }),
  schoolTypes: lines({
    title: 'Тип школы',
    description: 'Каким школам подходит, по одному в строке, например «сельская малокомплектная школа»',
  }).optional(),
  problem: longText({ title: 'Проблема', description: 'Какое затруднение педагогов решает практика' }),
  technology: text({ title: 'Технология, методика', description: 'Чем решается проблема' }),
  resources: group(
    {
      people: longText({ title: 'Люди', description: 'Кто нужен и сколько: например, «тренер и 3–5 педагогов»' }).optional(),
      time: longText({ title: 'Время', description: 'Сколько времени займёт внедрение и сколько часов в неделю' }).optional(),
      equipment: longText({ title: 'Оборудование и материалы', description: 'Что нужно из техники, помещений, материалов' }).optional(),
      cost: longText({ title: 'Затраты', description: 'Во что обойдётся, или «без затрат»' }).optional(),
    },
    { title: 'Условия и ресурсы', description: 'Что нужно школе, чтобы повторить практику' },
  ).optional(),
  steps: records(
    {
      step: text({ title: 'Шаг', description: 'Что делают на этом шаге' }),
      duration: text({ title: 'Длительность', description: 'Сколько длится шаг, например «2 недели»' }).optional(),
    },
    { title: 'Шаги', description: 'Как практику внедряли, шаг за шагом, с длительностью каждого шага', counted: ['шаг', 'шага', 'шагов'] },
    { min: 1 },
  ),
  results: longText({ title: 'Результаты', description: 'Что изменилось; по возможности в цифрах' }),
  measurements: records(
    {
      indicator: text({ title: 'Показатель', description: 'Что измеряли, например «доля педагогов, применяющих технологию»' }),
      before: text({ title: 'До', description: 'Значение до внедрения, с единицами' }).optional(),
      after: text({ title: 'После', description: 'Значение после внедрения, с единицами' }).optional(),
      method: text({ title: 'Как измеряли', description: 'Способ и время измерения: анкета, наблюдение уроков, результаты работ' }).optional(),
    },
    { title: 'Измеренные результаты', description: 'Показатели до и после внедрения и как их измеряли' },
  ).optional(),
  risks: lines({ title: 'Риски и ограничения', description: 'Что может помешать и где практика не сработает, по одному в строке' }).optional(),
  materials: records(
    {
      title: name('Название материала'),
      url: link({ title: 'Ссылка на материал', description: 'Адрес материала или файла в /media/' }).optional(),
    },
    { title: 'Материалы', description: 'Методические материалы, презентации, записи', counted: ['материал', 'материала', 'материалов'] },
  ).optional(),
  replications: records(
    {
      school: text({ title: 'Школа', description: 'Организация, которая повторила практику' }),
      place: text({ title: 'Где', description: 'Населённый пункт или район' }).optional(),
      year: integer({ title: 'Год', description: 'Когда повторили' }, { min: 1990, max: 2100 }).optional(),
    },
    { title: 'Где уже повторили', description: 'Школы, которые уже внедрили практику' },
  ).optional(),
  contact: group(
    {
      person: text({ title: 'Кому писать', description: 'ФИО автора или сотрудника, который отвечает на вопросы о внедрении' }).optional(),
      email: contactEmail('Адрес, по которому авторы отвечают на вопросы о внедрении').optional(),
      phone: contactPhone('Телефон с кодом города, например «+7 (3822) 90-20-55»').optional(),
      how: longText({ title: 'Как обратиться', description: 'Что написать авторам: например, о какой школе речь и что нужно' }).optional(),
    },
    { title: 'Хочу внедрить', description: 'Как связаться с авторами, чтобы внедрить практику у себя' },
  ).optional(),
  source: source().optional(),
});

export type Practice = z.output<typeof PracticeSchema>;
