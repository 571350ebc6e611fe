import { SLUG_PATTERN } from '@stazhirovka/schema';
import { describe, expect, it } from 'vitest';
import { addLatinSlug, FALLBACK_SLUG, SLUG_KEY, slugForTitle } from './latin-slug.ts';

/** A stand-in for Decap's Immutable map with just get/set, so the listener is tested as called. */
class Data {
  readonly values: Record<string, unknown>;
  constructor(values: Record<string, unknown>) {
    this.values = values;
  }
  get(key: string) {
    return this.values[key];
  }
  set(key: string, value: unknown) {
    return new Data({ ...this.values, [key]: value });
  }
}
const entry = (values: Record<string, unknown>, newRecord: boolean) =>
  ({ get: (key: string) => (key === 'data' ? new Data(values) : newRecord) }) as unknown as Parameters<typeof addLatinSlug>[0]['entry'];

describe('new entries get Latin file names', () => {
  it('transliterates Russian titles with the project slug policy', () => {
    expect(slugForTitle('Положение о площадке')).toBe('polozhenie-o-ploschadke');
    expect(slugForTitle('Кейс «Взаимообучение» № 2')).toMatch(SLUG_PATTERN);
    expect(slugForTitle('«»')).toBe(FALLBACK_SLUG);
  });

  it('sets the slug only when the entry is new, so renaming a title never moves a page', () => {
    const created = addLatinSlug({ entry: entry({ title: 'Новая практика' }, true) }) as unknown as Data;
    expect(created.values[SLUG_KEY]).toBe('novaya-praktika');
    expect(addLatinSlug({ entry: entry({ title: 'Другое название' }, false) })).toBeUndefined();
  });
});
