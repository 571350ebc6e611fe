import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSettings, SETTINGS, STORAGE_KEY, withSetting } from './reading-settings.ts';

describe('reading settings («Версия для слабовидящих»)', () => {
  it('keeps only known settings with known values from storage', () => {
    expect(parseSettings('{"font":"150","scheme":"wb","letter":"huge","colour":"red"}')).toEqual({ font: '150', scheme: 'wb' });
    expect(parseSettings('not json')).toEqual({});
    expect(parseSettings(null)).toEqual({});
    expect(parseSettings('["font"]')).toEqual({});
  });

  it('drops a setting set back to the usual value', () => {
    expect(withSetting({ font: '200', images: 'off' }, 'font', 'normal')).toEqual({ images: 'off' });
    expect(withSetting({}, 'line', 'wide')).toEqual({ line: 'wide' });
  });

  it('offers the ГОСТ Р 52872-2019 schemes and at least three sizes', () => {
    expect(SETTINGS.scheme.choices.map(([, label]) => label)).toEqual(['Обычные', 'Чёрным по белому', 'Белым по чёрному', 'Синим по голубому']);
    expect(SETTINGS.font.choices.length).toBeGreaterThanOrEqual(3);
  });

  it('shares its storage key and value shape with the early script in <head>', () => {
    const early = readFileSync(new URL('../../public/reading-settings.js', import.meta.url), 'utf8');
    expect(early).toContain(`getItem('${STORAGE_KEY}')`);
    const accepted = /\/\^\[a-z0-9\]\{1,10\}\$\//;
    expect(early).toMatch(accepted);
    for (const { choices } of Object.values(SETTINGS)) for (const [value] of choices) expect(value).toMatch(/^[a-z0-9]{1,10}$/);
  });
});
