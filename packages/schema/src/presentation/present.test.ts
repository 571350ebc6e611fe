import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../collection-names.ts';
import { externalActText } from './legal-act.ts';
import { entryBadges, entryUrl, presentEntry } from './present.ts';
import type { EntryView, Part, PresentContext, Resolver, Section } from './view.ts';

/** A reader's view of parts: links as [text](href), badges as {label}, screen-reader words dropped. */
const shown = (parts: readonly Part[]) =>
  parts.map((p) => ('badge' in p ? `{${p.badge.label}}` : p.href ? `[${p.text}](${p.href})` : p.text)).join('');
const rows = (view: EntryView) => view.rows.map((row) => `${row.label}: ${shown(row.parts)}`);

const TITLES: Record<string, string> = {
  'sites/tambov': 'Стажировочная площадка Тамбовской области',
  'regulations/order-1': 'Распоряжение о присвоении статуса',
  'regulations/polozhenie': 'Положение о площадке',
  'instructions/head': 'Руководитель стажировочной площадки',
};
const resolve: Resolver = (collection: CollectionName, slug: string) => {
  const text = TITLES[`${collection}/${slug}`];
  const status = collection === 'regulations' ? { code: 'expired', label: 'Срок действия истёк' } : undefined;
  return text ? { text, url: entryUrl(collection, slug), status } : undefined;
};
const site: PresentContext = { resolve, today: '2026-11-30' };

const regulation = {
  kind: 'regulation',
  title: 'Положение о площадке',
  adoptedAt: '2021-??-14',
  issuer: 'Департамент образования',
  level: 'municipal',
  region: 'Омская область',
  municipality: 'город Омск',
  project: { title: 'Наставничество', period: { from: '2021-01', to: '2023-05' } },
  approvedBy: 'order-1',
  site: 'tambov',
  draft: false,
  approval: { heading: 'УТВЕРЖДАЮ', authority: 'Директор', name: 'Г. Ефимова', date: '2021-??-14', dateText: '« 14 _____ » 2021 года' },
  appendices: [
    { label: 'Приложение 1', title: 'Анкета', included: true },
    { label: 'Приложение 2', title: 'Состав совета', included: false },
  ],
};

describe('a document’s requisites', () => {
  const view = presentEntry('regulations', regulation, site);

  it('labels each row from the schema and formats each value once', () => {
    expect(view.heading).toBe('Реквизиты');
    expect(rows(view)).toEqual([
      'Вид документа: Положение',
      'Номер: без номера',
      'Дата принятия: 14 … 2021 г., месяц не указан',
      'Издавший орган: Департамент образования',
      'Уровень: Муниципальный',
      'Регион: Омская область, город Омск',
      'Период проекта: январь 2021 г. — май 2023 г. — проект «Наставничество»',
      'Утверждён документом: [Распоряжение о присвоении статуса](/regulations/order-1/) {Срок действия истёк}',
      'Площадка: [Стажировочная площадка Тамбовской области](/sites/tambov/)',
      'Статус: {Срок действия истёк} на 30 ноября 2026 г.',
    ]);
  });

  it('announces the status of a linked document to screen readers, not of the row the label already names', () => {
    const approvedBy = view.rows.find((row) => row.key === 'approvedBy');
    expect(approvedBy?.parts.at(-1)).toMatchObject({ announce: 'Статус: ' });
    expect(view.rows.at(-1)?.parts[0]).not.toHaveProperty('announce');
  });

  it('keeps the signature block as the source writes it, the date read beside it', () => {
    expect(view.signatures).toEqual([
      {
        side: 'approval',
        heading: 'УТВЕРЖДАЮ',
        lines: [{ text: 'Директор' }, { text: 'Г. Ефимова' }, { text: '« 14 _____ » 2021 года', note: ' (дата: 14 … 2021 г., месяц не указан)' }],
      },
    ]);
  });

  it('lists the documents it approves and links an appendix that is one of them', () => {
    const order = presentEntry('regulations', { ...regulation, title: 'Распоряжение', approvedBy: undefined, appendices: [{ label: 'Приложение', title: 'положение о площадке', included: false }] }, {
      ...site,
      referrers: [{ collection: 'regulations', slug: 'polozhenie', path: ['approvedBy'] }, { collection: 'regulations', slug: 'other', path: ['related', 0] }],
    });
    expect(rows(order)).toContain('Утверждает: [Положение о площадке](/regulations/polozhenie/)');
    expect(order.appendices).toEqual([{ text: 'Приложение: положение о площадке', href: '/regulations/polozhenie/', note: ' — отдельный документ' }]);
  });

  it('links an appendix printed in the text to its place and says when the source has none', () => {
    expect(view.appendices).toEqual([
      { text: 'Приложение 1: Анкета', href: '#prilozhenie-1' },
      { text: 'Приложение 2: Состав совета', note: ' — текста приложения нет в исходном документе' },
    ]);
  });
});

describe('the other content types', () => {
  it('a job instruction links its superiors, by position, and the clause that names them', () => {
    const view = presentEntry('instructions', { title: 'Инструкция', position: 'Тьютор', unit: 'base-site', site: 'tambov', reportsTo: ['head'] }, site);
    expect(rows(view)).toEqual([
      'Должность: Тьютор',
      'Подразделение: Базовая площадка',
      'Площадка: [Стажировочная площадка Тамбовской области](/sites/tambov/)',
      'Подчиняется: [Руководитель стажировочной площадки](/instructions/head/) ([пункт 1.3](#p-1-3))',
    ]);
    const alone = presentEntry('instructions', { title: 'Инструкция', position: 'Руководитель', unit: 'training-site', site: 'tambov' }, site);
    expect(rows(alone)).toContain('Подчиняется: в инструкции не указано');
  });

  it('an instruction and a program show their «УТВЕРЖДАЮ» block as a block, not as a row', () => {
    const approval = { heading: 'УТВЕРЖДАЮ', authority: 'Директор МАОУ «Лицей № 2»', name: 'Е.П. Орлова', date: '2023-08-25', dateText: '«25» августа 2023 г.' };
    for (const [collection, data] of [
      ['instructions', { title: 'Инструкция', position: 'Тьютор', unit: 'base-site', site: 'tambov', approval }],
      ['programs', { title: 'Программа', site: 'tambov', approval }],
    ] as const) {
      const view = presentEntry(collection, data, site);
      expect(view.signatures).toEqual([{
        side: 'approval',
        heading: 'УТВЕРЖДАЮ',
        lines: [{ text: 'Директор МАОУ «Лицей № 2»' }, { text: 'Е.П. Орлова' }, { text: '«25» августа 2023 г.', note: ' (дата: 25 августа 2023 г.)' }],
      }]);
      expect(rows(view).filter((row) => row.startsWith('Утверждение'))).toEqual([]);
    }
  });

  it('a sample case says «Пример» above its card and in a badge, and reads as a replication kit', () => {
    const view = presentEntry('practices', {
      title: 'Кейс', example: true, site: 'tambov', organization: 'Школа № 1', authors: [{ name: 'И. Иванов', position: 'учитель' }, { name: 'П. Петров' }],
      year: 2024, evidence: 'measured', targetGroup: 'молодые педагоги', schoolTypes: ['сельская школа'], problem: 'Уходят', technology: 'Наставничество',
      resources: { people: 'наставник на двоих', cost: 'без затрат' },
      steps: [{ step: 'Пары', duration: '1 неделя' }, { step: 'Встречи' }], results: 'Остались',
      measurements: [{ indicator: 'Ушли за год', before: '4 из 10', after: '1 из 10', method: 'кадровый учёт' }, { indicator: 'Пусто' }],
      risks: ['Нет наставников'],
      materials: [{ title: 'Памятка', url: '/media/a.pdf' }, { title: 'Запись' }, { title: 'Скрипт', url: 'javascript:alert(1)' }],
      replications: [{ school: 'Школа № 2', place: 'Мичуринск', year: 2025 }],
      contact: { person: 'И. Иванов', email: 'ivanov@school.ru', how: 'Напишите, какая у вас школа' },
    }, site);
    expect(view.notice?.strong).toBe('Пример.');
    expect(view.notice?.text).toContain('Это пример заполнения формы кейса');
    expect(view.headingBadges).toEqual([{ code: 'example', label: 'Пример' }]);
    expect(rows(view)).toEqual([
      'Площадка: [Стажировочная площадка Тамбовской области](/sites/tambov/)',
      'Организация: Школа № 1',
      'Авторы: И. Иванов, учитель; П. Петров',
      'Год: 2024',
      'Уровень доказательности: Измерены результаты',
      'Целевая группа: молодые педагоги',
      'Тип школы: сельская школа',
    ]);
    const terms = (s: Section) => (s.labels ?? []).map((label, i) => `${label}: ${shown(s.items[i])}`).join(' | ');
    const table = (s: Section) => [s.labels, ...(s.rows ?? []).map((r) => r.map(shown))].map((r) => r?.join(' / ')).join(' | ');
    expect(view.sections.map((s) => `${s.heading} (${s.layout}): ${s.layout === 'terms' ? terms(s) : s.layout === 'table' ? table(s) : s.items.map(shown).join(' | ')}`)).toEqual([
      'Проблема (paragraph): Уходят',
      'Технология, методика (paragraph): Наставничество',
      'Условия и ресурсы (terms): Люди: наставник на двоих | Затраты: без затрат',
      'Шаги (numbered): Пары — Длительность: 1 неделя | Встречи',
      'Результаты (paragraph): Остались',
      'Измеренные результаты (table): Показатель / До / После / Как измеряли | Ушли за год / 4 из 10 / 1 из 10 / кадровый учёт | Пусто /  /  / ',
      'Риски и ограничения (list): Нет наставников',
      'Материалы (list): [Памятка](/media/a.pdf) | Запись | Скрипт, javascript:alert(1)',
      'Где уже повторили (list): Школа № 2, Мичуринск, 2025',
      'Хочу внедрить (terms): Кому писать: И. Иванов | Электронная почта: [ivanov@school.ru](mailto:ivanov@school.ru) | Как обратиться: Напишите, какая у вас школа',
    ]);
  });

  it('any sample entry gets the «Пример» notice, and a real one none', () => {
    expect(presentEntry('programs', { title: 'Программа', example: true }, site).notice?.strong).toBe('Пример.');
    expect(presentEntry('programs', { title: 'Программа' }, site).notice).toBeUndefined();
    expect(presentEntry('practices', { title: 'Кейс', example: false }, site).notice).toBeUndefined();
  });

  it('a site shows its hosts by name and its working status', () => {
    const view = presentEntry('sites', {
      title: 'Площадка', kind: 'base-site', level: 'regional', region: 'Тамбовская область', theme: 'Тема',
      hosts: [{ name: 'МБОУ СОШ № 1', shortName: 'СОШ 1' }], parent: 'tambov', period: { from: '2019' },
    }, site);
    expect(rows(view)).toEqual([
      'Тип площадки: Базовая площадка',
      'Уровень: Региональный',
      'Регион: Тамбовская область',
      'Тема: Тема',
      'На базе: МБОУ СОШ № 1',
      'Входит в: [Стажировочная площадка Тамбовской области](/sites/tambov/)',
      'Период работы: с 2019 г.',
      'Контакты: в документах площадки не указаны',
      'Статус: {Работает}',
    ]);
  });
});

describe('a form still being filled in (the CMS preview)', () => {
  it('shows a date as typed until it is one, and no status without a day to judge it on', () => {
    const view = presentEntry('regulations', { title: 'Черновик', adoptedAt: '14.03.2021', kind: 'order', project: { title: 'Проект' } }, { resolve: () => undefined });
    expect(rows(view)).toEqual([
      'Вид документа: Приказ',
      'Номер: без номера',
      'Дата принятия: 14.03.2021',
      'Период проекта: проект «Проект»',
    ]);
  });

  it('shows a reference it cannot resolve as its slug', () => {
    const view = presentEntry('programs', { title: 'П', site: 'nowhere' }, { resolve: () => undefined });
    expect(rows(view)).toEqual(['Площадка: nowhere']);
  });
});

describe('badges wherever an entry is listed', () => {
  it('announce the status unless a label precedes it, and mark a sample case', () => {
    expect(entryBadges('sites', { period: { to: '2020' } }, '2026-01-01')).toEqual([{ badge: { code: 'finished', label: 'Работа завершена' }, announce: 'Статус: ' }]);
    expect(entryBadges('sites', { period: { to: '2020' } }, '2026-01-01', { labelled: true })).toEqual([{ badge: { code: 'finished', label: 'Работа завершена' } }]);
    expect(entryBadges('practices', { example: true }, '2026-01-01')).toEqual([{ badge: { code: 'example', label: 'Пример' } }]);
    expect(entryBadges('practices', { example: false }, '2026-01-01')).toEqual([]);
  });

  it('links the original file as «Скачать оригинал» on documents, instructions and programs', () => {
    const original = '/media/prikaz-80-od.docx';
    expect(rows(presentEntry('regulations', { ...regulation, original }, site))).toContain(`Оригинал документа: [Скачать оригинал](${original})`);
    const instruction = presentEntry('instructions', { title: 'Инструкция', position: 'Тьютор', unit: 'base-site', site: 'tambov', original }, site);
    expect(rows(instruction)).toContain(`Оригинал документа: [Скачать оригинал](${original})`);
    expect(rows(presentEntry('programs', { title: 'Программа', site: 'tambov', original }, site))).toContain(`Оригинал документа: [Скачать оригинал](${original})`);
  });
});

describe('an external act, however little the source says of it', () => {
  it('reads the Russian legal way: kind, issuer in the genitive, date, number, title', () => {
    expect([
      { kind: 'Федеральный закон', number: '273-ФЗ', date: '2012-12-29', title: 'Об образовании в Российской Федерации' },
      { kind: 'Федеральный закон', number: '273-ФЗ' },
      { kind: 'Приказ', issuer: 'Министерство просвещения Российской Федерации', date: '2021-03-22', number: '115' },
      { kind: 'Постановление', issuer: 'администрация Лужского муниципального района', number: '57', clause: 'п. 2' },
      { kind: 'Паспорт регионального подпроекта', title: 'Учитель будущего', issuer: 'Заместитель Председателя Правительства Омской области' },
    ].map(externalActText)).toEqual([
      'Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»',
      'Федеральный закон № 273-ФЗ',
      'Приказ Министерства просвещения Российской Федерации от 22.03.2021 № 115',
      'Постановление администрации Лужского муниципального района № 57, п. 2',
      'Паспорт регионального подпроекта «Учитель будущего» (Заместитель Председателя Правительства Омской области)',
    ]);
  });
});

describe('offerings and site contacts', () => {
  const offering = {
    title: 'Семинар', example: true, kind: 'seminar', site: 'tambov', format: 'blended', cost: 'бесплатно',
    sessions: [{ start: '2026-12-15 14:00', end: '2026-12-15 17:00' }, { start: '2026-12-16 10:00', end: '2026-12-17 13:00' }],
    signup: { url: 'https://example.org/zapis', email: 'zapis@example.org', phone: '+7 (3812) 00-00-00', deadline: '2026-12-10' },
  };

  it('shows sessions in words, sign-up as links, the status from the dates, and the sample note', () => {
    const view = presentEntry('offerings', offering, site);
    expect(rows(view)).toEqual([
      'Вид: Семинар',
      'Площадка: [Стажировочная площадка Тамбовской области](/sites/tambov/)',
      'Даты и время: 15 декабря 2026 г., 14:00–17:00; 16 декабря 2026 г., 10:00 — 17 декабря 2026 г., 13:00',
      'Формат: Смешанный',
      'Стоимость: бесплатно',
      'Как записаться: [Записаться](https://example.org/zapis); [zapis@example.org](mailto:zapis@example.org); [+7 (3812) 00-00-00](tel:+73812000000); запись до 10 декабря 2026 г.',
      'Статус: {Набор открыт}',
    ]);
    expect(view.notice?.strong).toBe('Пример.');
    expect(view.headingBadges.map((b) => b.label)).toEqual(['Пример']);
    expect(rows(presentEntry('offerings', offering, { ...site, today: '2026-12-16' })).at(-1)).toBe('Статус: {Идёт}');
  });

  it('shows a site\'s contacts, or says its documents give none', () => {
    const base = { title: 'Площадка', kind: 'training-site', level: 'regional', theme: 'Тема', region: 'Тамбовская область' };
    expect(rows(presentEntry('sites', base, site))).toContain('Контакты: в документах площадки не указаны');
    const withContacts = { ...base, contacts: { address: 'г. Тамбов, ул. Примерная, 1', email: 'info@example.org', head: 'И. И. Иванова' }, officialInfo: 'https://example.org/sveden/' };
    const shownRows = rows(presentEntry('sites', withContacts, site));
    expect(shownRows).toContain('Контакты: Адрес: г. Тамбов, ул. Примерная, 1; Электронная почта: [info@example.org](mailto:info@example.org); Руководитель: И. И. Иванова');
    expect(shownRows).toContain('Сведения об образовательной организации: [Сведения об образовательной организации](https://example.org/sveden/)');
  });
});
