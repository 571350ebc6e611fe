import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../collection-names.ts';
import { entryBadges, entryUrl, presentEntry } from './present.ts';
import type { EntryView, Part, PresentContext, Resolver } from './view.ts';

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

  it('a sample case says so above its card and in a badge, and its fields become sections', () => {
    const view = presentEntry('practices', {
      title: 'Кейс', example: true, site: 'tambov', organization: 'Школа № 1', authors: [{ name: 'И. Иванов', position: 'учитель' }, { name: 'П. Петров' }],
      targetGroup: 'молодые педагоги', year: 2024, problem: 'Уходят', technology: 'Наставничество', steps: ['Пары', 'Встречи'], results: 'Остались',
      materials: [{ title: 'Памятка', url: '/media/a.pdf' }, { title: 'Запись' }, { title: 'Скрипт', url: 'javascript:alert(1)' }],
    }, site);
    expect(view.notice?.strong).toBe('Это пример заполнения формы кейса, а не реальная практика.');
    expect(view.headingBadges).toEqual([{ code: 'example', label: 'Пример, не реальный кейс' }]);
    expect(rows(view)).toEqual([
      'Площадка: [Стажировочная площадка Тамбовской области](/sites/tambov/)',
      'Организация: Школа № 1',
      'Авторы: И. Иванов, учитель; П. Петров',
      'Целевая группа: молодые педагоги',
      'Год: 2024',
    ]);
    expect(view.sections.map((s) => `${s.heading} (${s.layout}): ${s.items.map(shown).join(' | ')}`)).toEqual([
      'Проблема (paragraph): Уходят',
      'Технология, методика (paragraph): Наставничество',
      'Шаги (numbered): Пары | Встречи',
      'Результаты (paragraph): Остались',
      'Материалы (list): [Памятка](/media/a.pdf) | Запись | Скрипт, javascript:alert(1)',
    ]);
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
    expect(entryBadges('practices', { example: true }, '2026-01-01')).toEqual([{ badge: { code: 'example', label: 'Пример, не реальный кейс' } }]);
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
    expect(view.notice?.strong).toBe('Это пример, а не настоящее мероприятие площадки.');
    expect(view.headingBadges.map((b) => b.label)).toEqual(['Пример, не реальное мероприятие']);
    expect(rows(presentEntry('offerings', offering, { ...site, today: '2026-12-16' })).at(-1)).toBe('Статус: {Идёт}');
  });

  it('shows a site\'s contacts, or says its documents give none', () => {
    const base = { title: 'Площадка', kind: 'training-site', level: 'regional', theme: 'Тема', region: 'Тамбовская область' };
    expect(rows(presentEntry('sites', base, site))).toContain('Контакты: в документах площадки не указаны');
    const withContacts = { ...base, contacts: { address: 'г. Тамбов, ул. Примерная, 1', email: 'info@example.org', head: 'И. И. Иванова' }, officialInfo: 'https://example.org/sveden/' };
    const shownRows = rows(presentEntry('sites', withContacts, site));
    expect(shownRows).toContain('Контакты: Адрес: г. Тамбов, ул. Примерная, 1; Электронная почта: info@example.org; Руководитель: И. И. Иванова');
    expect(shownRows).toContain('Сведения об образовательной организации: [Сведения об образовательной организации](https://example.org/sveden/)');
  });
});
