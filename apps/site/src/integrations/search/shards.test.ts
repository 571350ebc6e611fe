import { describe, expect, it } from 'vitest';
import { planShards, shardSize, SHARD_PAGES, sortKeyOf } from './shards.ts';

const pages = (...titles: string[]) => titles.map((sortKey, i) => ({ file: `p${i}/index.html`, sortKey }));
const titlesOf = (shards: { sortKey: string }[][]) => shards.map((shard) => shard.map((page) => page.sortKey));

describe('planShards', () => {
  it('keeps a site that fits in one shard whole', () => {
    expect(titlesOf(planShards(pages('Б', 'А'), 4))).toEqual([['А', 'Б']]);
  });

  it('cuts the pages into ranges of titles, as few and as even as it can', () => {
    const shards = planShards(pages('Ж', 'Б', 'Д', 'А', 'Е', 'В', 'Г'), 3);
    expect(titlesOf(shards)).toEqual([['А', 'Б', 'В'], ['Г', 'Д', 'Е'], ['Ж']]);
    expect(titlesOf(planShards(pages('В', 'Б', 'Г', 'А'), 3))).toEqual([['А', 'Б'], ['В', 'Г']]);
  });

  it('orders titles as Pagefind does, by their UTF-8 bytes: Latin, then Cyrillic, «Ё» before «А»', () => {
    expect(titlesOf(planShards(pages('Яблоко', 'Ёлка', 'Zeta', 'Альфа', 'ёж', '«Кавычки»'), 10))[0]).toEqual([
      'Zeta',
      '«Кавычки»',
      'Ёлка',
      'Альфа',
      'Яблоко',
      'ёж',
    ]);
  });

  it('puts pages of equal title in the same shards whatever order they rendered in', () => {
    const same = [{ file: 'b/index.html', sortKey: 'Положение' }, { file: 'a/index.html', sortKey: 'Положение' }, { file: 'c/index.html', sortKey: 'Устав' }];
    const files = (list: typeof same) => planShards(list, 2).map((shard) => shard.map((page) => page.file));
    expect(files(same)).toEqual([['a/index.html', 'b/index.html'], ['c/index.html']]);
    expect(files([...same].reverse())).toEqual(files(same));
  });

  it('loses no page and repeats none', () => {
    const many = pages(...Array.from({ length: 101 }, (_, i) => `Документ ${String(i).padStart(3, '0')}`));
    const shards = planShards(many, 25);
    expect(shards).toHaveLength(5);
    expect(shards.flat().map((page) => page.file).sort()).toEqual(many.map((page) => page.file).sort());
  });
});

describe('sortKeyOf', () => {
  it('reads the title Pagefind sorts by, entities decoded', () => {
    const html = '<head><meta data-pagefind-sort="title[content]" content="Положение о МСП &amp; &quot;тьюторах&quot; &#39;x&#39;  и  др."></head>';
    expect(sortKeyOf(html)).toBe('Положение о МСП & "тьюторах" \'x\' и др.');
  });

  it('is empty for a page without one', () => {
    expect(sortKeyOf('<main>Текст</main>')).toBe('');
  });
});

describe('shardSize', () => {
  it('takes a positive whole number from SITE_SEARCH_SHARD_PAGES, else the default', () => {
    expect(shardSize({ SITE_SEARCH_SHARD_PAGES: '8' })).toBe(8);
    expect(shardSize({ SITE_SEARCH_SHARD_PAGES: '0' })).toBe(SHARD_PAGES);
    expect(shardSize({ SITE_SEARCH_SHARD_PAGES: 'много' })).toBe(SHARD_PAGES);
    expect(shardSize({})).toBe(SHARD_PAGES);
  });
});
