import { z } from 'zod';
import { audience, contactEmail, contactPhone, example, format, name, personName, region, source } from './common.ts';
import { choice, dateTime, group, integer, lines, link, partialDate, records, ref, refs, text } from './fields.ts';

/** What a site offers a visiting teacher. */
export const OFFERING_KINDS = {
  internship: 'Стажировка',
  seminar: 'Семинар',
  webinar: 'Вебинар',
  'master-class': 'Мастер-класс',
  course: 'Курсы повышения квалификации',
  mentoring: 'Наставничество',
  conference: 'Конференция',
  other: 'Другое',
} as const;

/**
 * An offering: one event or course a teacher can sign up for, with its sessions, audience, place,
 * cost and how to enrol. A collection of its own, not a field group of `programs`: a program is
 * a site's multi-year plan taken from its documents, while an offering is dated and repeats (one
 * program, many internships), and the calendar, the status and the `.ics` files are per offering.
 * Session times are local to the region (see the site's region list for its time zone).
 */
export const OfferingSchema = z.strictObject({
  title: name('Название мероприятия, как его объявляет площадка'),
  example: example(),
  kind: choice(OFFERING_KINDS, { title: 'Вид', description: 'Стажировка, семинар, вебинар, мастер-класс, курсы…' }),
  site: ref('sites', { description: 'Площадка, которая проводит мероприятие' }),
  sessions: records(
    {
      start: dateTime({ title: 'Дата и время начала', description: 'Дата и местное время начала: ГГГГ-ММ-ДД ЧЧ:ММ' }),
      end: dateTime({ title: 'Дата и время окончания', description: 'Дата и местное время окончания: ГГГГ-ММ-ДД ЧЧ:ММ' }),
    },
    { title: 'Даты и время', description: 'Дни или встречи по местному времени региона; по одной записи на встречу' },
    { min: 1 },
  ),
  hours: integer({ title: 'Объём, часов', description: 'Сколько академических часов' }, { min: 1, max: 2000 }).optional(),
  format: format(),
  audience: audience().optional(),
  subjects: lines({ title: 'Предметы', description: 'Учебные предметы, по одному в строке, например «математика»' }).optional(),
  stages: lines({
    title: 'Уровни образования',
    description: 'Дошкольное, начальное общее, основное общее, среднее общее…, по одному в строке',
  }).optional(),
  region: region().optional(),
  venue: text({ title: 'Место проведения', description: 'Адрес или площадка трансляции; для очного — город, улица, дом' }).optional(),
  capacity: integer({ title: 'Мест', description: 'Сколько участников принимают' }, { min: 1, max: 100000 }).optional(),
  cost: text({ title: 'Стоимость', description: '«Бесплатно» или сумма, например «3 000 ₽»' }).optional(),
  certificate: text({
    title: 'Документ по итогам',
    description: 'Например «удостоверение о повышении квалификации» или «сертификат участника»',
  }).optional(),
  signup: group(
    {
      url: link({ title: 'Ссылка на запись', description: 'Адрес формы записи', readerLabel: 'Записаться' }).optional(),
      email: contactEmail('Куда писать, чтобы записаться').optional(),
      phone: contactPhone('Куда звонить, чтобы записаться').optional(),
      contact: personName('Контактное лицо').optional(),
      deadline: partialDate({ title: 'Запись до', description: 'Последний день записи, ГГГГ-ММ-ДД' }).optional(),
    },
    { title: 'Как записаться', description: 'Ссылка, почта, телефон, контактное лицо и срок записи' },
  ),
  program: ref('programs', { title: 'По программе', description: 'Программа площадки, по которой проходит мероприятие' }).optional(),
  documents: refs('regulations', { title: 'Документы-основания', description: 'Документы, на которых основано мероприятие' }).optional(),
  source: source().optional(),
});

export type Offering = z.output<typeof OfferingSchema>;
