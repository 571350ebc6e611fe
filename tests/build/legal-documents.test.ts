import { parseClauseNumber } from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content-files.ts';
import { pageText, readPage } from '../support/html-text.ts';

const documents = contentFiles().filter((f) => f.collection === 'regulations' || f.collection === 'instructions');
const instructions = contentFiles().filter((f) => f.collection === 'instructions');

describe('clause permalinks on the built pages', () => {
  it('every numbered clause of every document has an id and a «¶» link to it', () => {
    for (const doc of documents) {
      const article = readPage(doc.url).querySelector('article.document');
      expect(article, doc.url).not.toBeNull();
      const blocks = article?.querySelectorAll('p, li') ?? [];
      const numbered = blocks.filter((b) => b.parentNode?.tagName !== 'LI' && parseClauseNumber(b.text.replace(b.querySelector('a.clause-link')?.text ?? '', '')));
      expect(numbered.length, doc.url).toBeGreaterThan(0);
      for (const block of numbered) {
        expect(block.id, `${doc.url}: ${block.text.slice(0, 40)}`).toMatch(/^p-\d+(-\d+)*(--\d+)?$/);
        expect(block.querySelector('a.clause-link')?.getAttribute('href')).toBe(`#${block.id}`);
      }
    }
  });

  it('ids come from the numbers, with a suffix for repeats and restarts, never a renumbering', () => {
    const ids = (url: string) => readPage(url).querySelectorAll('article [id]').map((e) => e.id);
    expect(ids('/instructions/tambov-dokumentoved/')).toEqual(expect.arrayContaining(['p-3-7', 'p-3-7--2', 'p-3-8']));
    expect(ids('/regulations/omsk-polozhenie-o-msp-2021/')).toEqual(expect.arrayContaining(['s-2', 's-2-1', 'p-2-1-1', 'p-2-1-7', 'p-2-1-2', 'p-3-3']));
    expect(ids('/regulations/tomsk-polozhenie-o-trenerakh-2020/')).toEqual(expect.arrayContaining(['s-3', 's-4', 's-3--2', 's-4--2', 'p-3-1--2', 'prilozhenie']));
    expect(ids('/regulations/priozersk-polozhenie-o-msp-2021/')).toEqual(expect.arrayContaining(['s-i', 's-ii', 'p-5-1', 's-iv', 'p-4-6']));
    expect(ids('/regulations/priozersk-rasporyazhenie-364-r/')).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
  });

  it('a table of contents links to every section by its id', () => {
    const toc = readPage('/regulations/tomsk-polozhenie-o-trenerakh-2020/').querySelectorAll('nav.toc a');
    expect(toc.map((a) => a.getAttribute('href'))).toEqual(['#s-3', '#s-4', '#s-3--2', '#s-4--2', '#s-5', '#s-6', '#s-7', '#prilozhenie']);
    expect(toc[0].text).toBe('3. Общие положения');
    const instruction = readPage('/instructions/tambov-rukovoditel/').querySelectorAll('nav.toc a').map((a) => a.text);
    expect(instruction).toEqual(['1. Общие положения', '2. Функции', '3. Обязанности', '4. Права', '5. Ответственность']);
  });
});

describe('requisites and status at a glance', () => {
  it('shows the approval and agreement blocks as in the source', () => {
    const tomsk = pageText('/regulations/tomsk-polozhenie-o-trenerakh-2020/', '.requisites');
    expect(tomsk).toContain('Согласовано Решением инновационно-экспертного совета ТОИПКРО № 2 от «09» июня 2020 г.');
    expect(tomsk).toContain('Утверждено Ректор ТОИПКРО О.М. Замятина « 01 » 07 2020 г.');
    const omsk = pageText('/regulations/omsk-polozhenie-o-msp-2021/', '.requisites');
    expect(omsk).toContain('УТВЕРЖДАЮ Директор департамента образования Администрации города Омска Г. Ефимова « 14 _____ » 2021 года');
    expect(omsk).toContain('Номер без номера');
  });

  it('Priozersk and Tomsk are no longer in force and say why; Omsk is in force', () => {
    const badge = (url: string) => readPage(url).querySelector('.doc-meta .badge')?.text.replace('Статус: ', '').trim();
    expect(badge('/regulations/priozersk-polozhenie-o-msp-2021/')).toBe('Срок действия истёк');
    expect(badge('/regulations/priozersk-rasporyazhenie-364-r/')).toBe('Срок действия истёк');
    expect(badge('/regulations/tomsk-polozhenie-o-trenerakh-2020/')).toBe('Срок действия истёк');
    expect(badge('/regulations/omsk-polozhenie-o-msp-2021/')).toBe('Действует');
    expect(pageText('/regulations/priozersk-polozhenie-o-msp-2021/', '.notice--status')).toContain(
      'Документ не действует: он принят на период проекта «Сетевое наставничество во взаимодействии школ с высокими и низкими образовательными результатами обучающихся» (январь 2021 г. — май 2023 г.), проект окончен.',
    );
    expect(readPage('/regulations/omsk-polozhenie-o-msp-2021/').querySelector('.notice--status')).toBeNull();
  });

  it('shows the status badge in every list of documents', () => {
    const index = readPage('/regulations/');
    for (const item of index.querySelectorAll('.entry-list li')) expect(item.querySelector('.badge'), item.text).not.toBeNull();
    const site = readPage('/sites/priozersk-msp-shkola-4/');
    expect(site.querySelectorAll('.entry-list li .badge--expired').length).toBeGreaterThan(0);
  });
});

describe('cross-references both ways', () => {
  it('the order and the regulation it approves link to each other', () => {
    const order = readPage('/regulations/priozersk-rasporyazhenie-364-r/');
    const regulation = readPage('/regulations/priozersk-polozhenie-o-msp-2021/');
    expect(order.querySelector('.requisites a[href="/regulations/priozersk-polozhenie-o-msp-2021/"]')).not.toBeNull();
    expect(order.querySelector('.appendices a[href="/regulations/priozersk-polozhenie-o-msp-2021/"]')).not.toBeNull();
    expect(regulation.querySelector('.requisites a[href="/regulations/priozersk-rasporyazhenie-364-r/"]')).not.toBeNull();
    expect(pageText('/regulations/priozersk-rasporyazhenie-364-r/', '#backlinks-heading')).toBe('На этот документ ссылаются');
    const backlinks = order.querySelector('#backlinks-heading')?.parentNode?.querySelectorAll('a').map((a) => a.getAttribute('href'));
    // The approved regulation is listed once, among the appendices, not again among the backlinks.
    expect(backlinks).toEqual(['/sites/priozersk-msp-shkola-4/']);
  });

  it('a site and its documents link to each other', () => {
    const site = readPage('/sites/priozersk-msp-shkola-4/');
    expect(site.querySelector('a[href="/regulations/priozersk-rasporyazhenie-364-r/"]')).not.toBeNull();
    expect(site.querySelector('a[href="/regulations/priozersk-polozhenie-o-msp-2021/"]')).not.toBeNull();
    expect(readPage('/regulations/priozersk-rasporyazhenie-364-r/').querySelector('.requisites a[href="/sites/priozersk-msp-shkola-4/"]')).not.toBeNull();
  });

  it('writes external legal bases with number and date', () => {
    const basis = pageText('/regulations/priozersk-polozhenie-o-msp-2021/', '.related');
    expect(basis).toContain('Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»');
    // The issuer is stored in the nominative and written in the genitive after the kind.
    expect(basis).toContain('Распоряжение Комитета образования администрации муниципального образования Приозерский муниципальный район Ленинградской области от 01.03.2021 № 235-р');
    expect(pageText('/regulations/omsk-polozhenie-o-msp-2021/', '[aria-labelledby="basis-heading"]')).toContain('Приказ Министерства труда и социальной защиты Российской Федерации от 18.10.2013 № 544н');
  });

  it('the Tomsk appendix list links to the questionnaire on the page', () => {
    const link = readPage('/regulations/tomsk-polozhenie-o-trenerakh-2020/').querySelector('.appendices a');
    expect(link?.getAttribute('href')).toBe('#prilozhenie');
    expect(link?.text).toBe('Приложение: Анкета кандидата в тренеры ФИП ТОИПКРО');
  });
});

describe('job instructions and the org chart', () => {
  it('links «Подчиняется» to the superiors’ instructions and to clause 1.3', () => {
    const card = readPage('/instructions/tambov-dokumentoved/').querySelector('.requisites');
    const links = card?.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/instructions/tambov-rukovoditel/', '/instructions/tambov-koordinator-normativno-pravovoe/', '#p-1-3']));
  });

  it('the training site page charts every instruction of its network, each node linking to it', () => {
    const chart = readPage('/sites/tambov-stazhirovochnaya-ploschadka/').querySelector('.org-chart svg');
    const nodes = chart?.querySelectorAll('a.org-chart__node').map((a) => a.getAttribute('href')).sort();
    expect(nodes).toEqual(instructions.map((i) => i.url).sort());
    // Lines a longer path already implies are not drawn; the list under the chart names every relation.
    expect(chart?.querySelectorAll('.org-chart__edges path').length).toBeGreaterThan(0);
    expect(chart?.getAttribute('role')).toBe('group');
    const list = readPage('/sites/tambov-stazhirovochnaya-ploschadka/').querySelectorAll('.org-chart__list li');
    expect(list).toHaveLength(instructions.length);
    const relations = instructions.reduce((n, i) => n + ((i.data.reportsTo as string[] | undefined)?.length ?? 0), 0);
    const named = list.reduce((n, li) => n + (li.text.split('подчиняется:')[1]?.split(';').length ?? 0), 0);
    expect(named).toBe(relations);
  });

  it('the instructions of a site, filtered on the instructions index, link to the chart of its network', () => {
    const page = readPage('/instructions/site/tambov-bazovaya-ploschadka/');
    const link = page.querySelector('a[href="/sites/tambov-bazovaya-ploschadka/#org-chart-tambov-bazovaya-ploschadka-heading"]');
    expect(link?.text).toBe('Кто кому подчиняется: схема на странице площадки');
    const target = readPage('/sites/tambov-bazovaya-ploschadka/').querySelector('#org-chart-tambov-bazovaya-ploschadka-heading');
    expect(target?.parentNode?.querySelectorAll('svg a.org-chart__node')).toHaveLength(instructions.length);
  });

  it('each instruction page marks itself in the chart and lists the lines as text too', () => {
    for (const instruction of instructions) {
      const page = readPage(instruction.url);
      const current = page.querySelectorAll('.org-chart a[aria-current="page"]').map((a) => a.getAttribute('href'));
      expect(current, instruction.url).toEqual([instruction.url, instruction.url]);
    }
    const list = pageText('/instructions/tambov-tyutor-bazovoy/', '.org-chart__list');
    expect(list).toContain('Тьютор базовой площадки — подчиняется: Координатор базовой площадки');
  });
});

describe('print', () => {
  it('puts the page address and a date in the footer of every printed page', () => {
    for (const doc of documents) {
      // The page's script makes the @page rule of these (printPageCss; no inline CSS under the CSP).
      const meta = readPage(doc.url).querySelector('meta#print-page-meta');
      expect(meta?.getAttribute('data-url'), doc.url).toMatch(new RegExp(`^https?://[^/]+${doc.url}$`));
      expect(meta?.getAttribute('data-version'), doc.url).toMatch(/^Версия от \d{2}\.\d{2}\.\d{4}$/);
    }
  });
});
