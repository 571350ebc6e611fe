import { describe, expect, it } from 'vitest';
import { importSource, readText } from '../src/index.ts';
import { findDates } from '../src/russian-date.ts';
import { positionToNominative, restoreCase } from '../src/russian-words.ts';

describe('dates as Russian documents write them', () => {
  it.each([
    ['от 11.03.2021 г.', '2021-03-11'],
    ['№ 2 от «09» июня 2020 г.', '2020-06-09'],
    ['« 01 » 07 2020 г.', '2020-07-01'],
    ['« 14 _____ » 2021 года', '2021-??-14'],
    ['«___» ________ 2022 г.', '2022'],
    ['9 января 2023 года', '2023-01-09'],
  ])('%s → %s', (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });

  it.each(['«__» ________ 20__ г.', '31.02.2021', 'в 2021 году', '1.1.1. Пункт'])('finds no date in %j rather than inventing one', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});

describe('requisites of an order', () => {
  const order = (number: string) =>
    importSource(readText(`КОМИТЕТ ОБРАЗОВАНИЯ\n\nРАСПОРЯЖЕНИЕ\n\nот 01.02.2023\n\n${number}\n\nО площадке\n\n1. Присвоить статус.\n`), { fileName: 'a.txt' })[0];

  it.each([
    ['№ 364 - р', '364-р', 'rasporyazhenie-364-r'],
    ['№ 80-ОД', '80-ОД', 'rasporyazhenie-80-od'],
    ['№361-ПП', '361-ПП', 'rasporyazhenie-361-pp'],
    ['№ 544н', '544н', 'rasporyazhenie-544n'],
    ['№ 12 – р', '12-р', 'rasporyazhenie-12-r'],
  ])('reads %j as %j', (written, number, slug) => {
    const doc = order(written);
    expect(doc.requisites).toMatchObject({ number, numberAsWritten: written, kind: 'Распоряжение', issuer: 'Комитет образования' });
    expect(doc.slug).toBe(slug);
  });

  it('leaves a blank number unknown and names the entry by its title', () => {
    const doc = order('№ ______');
    expect(doc.requisites.number).toBeUndefined();
    expect(doc.frontmatter.number).toBeUndefined();
    expect(doc.slug).toBe('o-ploschadke');
  });
});

describe('letterheads in capitals', () => {
  it.each([
    ['АДМИНИСТРАЦИЯ ГОРОДА ОМСКА', 'администрация города Омска'],
    ['ЛЕНИНГРАДСКОЙ ОБЛАСТИ', 'Ленинградской области'],
    ['МБОУ «СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 7»', 'МБОУ «Средняя общеобразовательная школа № 7»'],
    ['Комитет образования', 'Комитет образования'],
  ])('%s → %s', (caps, typed) => {
    expect(restoreCase(caps)).toBe(typed);
  });
});

describe('positions from instruction titles, in the nominative', () => {
  it.each([
    ['руководителя стажировочной площадки', 'Руководитель стажировочной площадки'],
    ['старшего воспитателя', 'Старший воспитатель'],
    ['ведущего документоведа', 'Ведущий документовед'],
    ['учителя-наставника', 'Учитель-наставник'],
    ['специалиста (руководителя базовой площадки) стажировочной площадки', 'Специалист (руководитель базовой площадки) стажировочной площадки'],
  ])('%s → %s', (genitive, nominative) => {
    expect(positionToNominative(genitive)).toBe(nominative);
  });
});
