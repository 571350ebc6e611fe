import CMS from '../decap.ts';
import { RUSSIAN_OVERRIDES } from './russian-phrases.ts';

type Phrases = { [key: string]: string | Phrases };

function merged(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = out[key];
    out[key] = typeof value === 'object' && typeof below === 'object' ? merged(below, value) : value;
  }
  return out;
}

/** Registers Decap's Russian with these corrections. */
export function registerRussian(): void {
  const base = (CMS.getLocale('ru') ?? {}) as Phrases;
  CMS.registerLocale('ru', merged(base, RUSSIAN_OVERRIDES));
}
