/**
 * «Версия для слабовидящих» (ГОСТ Р 52872-2019): the reader's own settings for size, colours,
 * spacing and images. Each setting is a `data-a11y-*` attribute on `<html>` that the styles in
 * `styles/reading-settings.css` act on; no attribute means the site's usual look.
 *
 * The choice is kept in localStorage as `{ "font": "150", … }` and applied before the first paint
 * by `public/reading-settings.js`, a classic script in `<head>` that copies every stored pair it
 * finds into an attribute: it knows no setting by name, so this file stays the only list.
 */

/** The localStorage key shared with `public/reading-settings.js`. */
export const STORAGE_KEY = 'reading-settings';

/** The value of every setting that means «as usual»: it sets no attribute. */
export const NORMAL = 'normal';

export interface SettingDefinition {
  /** The fieldset's legend in the panel. */
  legend: string;
  /** Value (what the attribute says) and its label in the panel; the first is the usual look. */
  choices: readonly (readonly [value: string, label: string])[];
}

export const SETTINGS = {
  font: {
    legend: 'Размер шрифта',
    choices: [[NORMAL, '100 %'], ['125', '125 %'], ['150', '150 %'], ['200', '200 %']],
  },
  scheme: {
    legend: 'Цвета',
    choices: [[NORMAL, 'Обычные'], ['bw', 'Чёрным по белому'], ['wb', 'Белым по чёрному'], ['blue', 'Синим по голубому']],
  },
  letter: {
    legend: 'Расстояние между буквами',
    choices: [[NORMAL, 'Обычное'], ['wide', 'Увеличенное'], ['wider', 'Большое']],
  },
  line: {
    legend: 'Расстояние между строками',
    choices: [[NORMAL, 'Обычное'], ['wide', 'Увеличенное'], ['wider', 'Большое']],
  },
  images: {
    legend: 'Изображения',
    choices: [[NORMAL, 'Показывать'], ['off', 'Не показывать']],
  },
} as const satisfies Record<string, SettingDefinition>;

export type SettingName = keyof typeof SETTINGS;
export type ReadingSettings = Partial<Record<SettingName, string>>;

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** `data-a11y-font` for `font`: the attribute `public/reading-settings.js` sets. */
export function attributeOf(name: SettingName): string {
  return `data-a11y-${name}`;
}

function isChoice(name: SettingName, value: unknown): value is string {
  return typeof value === 'string' && value !== NORMAL && SETTINGS[name].choices.some(([v]) => v === value);
}

/** Reads stored settings, keeping only known settings with known values (anything else is ignored). */
export function parseSettings(stored: string | null): ReadingSettings {
  let raw: unknown;
  try {
    raw = stored ? JSON.parse(stored) : {};
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const settings: ReadingSettings = {};
  for (const name of SETTING_NAMES) {
    const value = (raw as Record<string, unknown>)[name];
    if (isChoice(name, value)) settings[name] = value;
  }
  return settings;
}

/** Sets one setting; the usual value removes it, so an all-usual choice stores `{}`. */
export function withSetting(settings: ReadingSettings, name: SettingName, value: string): ReadingSettings {
  const next: ReadingSettings = Object.fromEntries(Object.entries(settings).filter(([key]) => key !== name));
  if (isChoice(name, value)) next[name] = value;
  return next;
}
