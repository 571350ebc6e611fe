import type { Browser, BrowserContext } from 'playwright-core';

/** What the «Версия для слабовидящих» panel stores (apps/site/src/lib/reading-settings.ts). */
export type StoredSettings = Partial<Record<'font' | 'scheme' | 'letter' | 'line' | 'images', string>>;

/** The three schemes of ГОСТ Р 52872-2019 and the site's usual colours. */
export const SCHEMES = ['normal', 'bw', 'wb', 'blue'] as const;

/** A browser context whose pages open with these settings already chosen, as a returning reader's would. */
export async function contextWithSettings(
  browser: Browser,
  settings: StoredSettings,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript((stored) => window.localStorage.setItem('reading-settings', stored), JSON.stringify(settings));
  return context;
}

/** The settings a page shows, read from the attributes on <html>. */
export function appliedSettings(): Record<string, string> {
  const applied: Record<string, string> = {};
  for (const { name, value } of document.documentElement.attributes) {
    if (name.startsWith('data-a11y-')) applied[name.slice('data-a11y-'.length)] = value;
  }
  return applied;
}
