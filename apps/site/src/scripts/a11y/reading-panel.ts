import {
  attributeOf,
  NORMAL,
  parseSettings,
  type ReadingSettings,
  SETTING_NAMES,
  type SettingName,
  STORAGE_KEY,
  withSetting,
} from '../../lib/reading-settings.ts';

/**
 * The «Версия для слабовидящих» panel (components/ReadingPanel.astro): opens and closes, saves a
 * change and applies it at once. The stored choice is applied on the next page before it is
 * drawn by public/reading-settings.js.
 */

const root = document.documentElement;

function load(): ReadingSettings {
  try {
    return parseSettings(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return {};
  }
}

function save(settings: ReadingSettings) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage is off (private mode on some browsers): the choice lasts for this page only.
  }
}

function apply(settings: ReadingSettings) {
  for (const name of SETTING_NAMES) {
    const value = settings[name];
    if (value) root.setAttribute(attributeOf(name), value);
    else root.removeAttribute(attributeOf(name));
  }
  root.toggleAttribute('data-a11y', Object.keys(settings).length > 0);
}

function showInForm(form: HTMLFormElement, settings: ReadingSettings) {
  for (const name of SETTING_NAMES) {
    const value = settings[name] ?? NORMAL;
    const radio = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (radio) radio.checked = true;
  }
}

const toggle = document.querySelector<HTMLButtonElement>('.a11y-toggle');
const panel = document.getElementById('a11y-panel');
const form = panel?.querySelector('form');
const status = document.getElementById('a11y-status');

function setOpen(open: boolean, { returnFocus = false } = {}) {
  if (!toggle || !panel) return;
  toggle.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
  if (open) panel.querySelector<HTMLElement>('input:checked, input')?.focus();
  else if (returnFocus) toggle.focus();
}

function reset() {
  save({});
  apply({});
  if (form) showInForm(form, {});
  if (status) status.textContent = 'Включена обычная версия сайта';
}

if (toggle && panel && form) {
  let settings = load();
  showInForm(form, settings);
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  form.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !SETTING_NAMES.includes(input.name as SettingName)) return;
    settings = withSetting(settings, input.name as SettingName, input.value);
    save(settings);
    apply(settings);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  panel.querySelector('[data-a11y-close]')?.addEventListener('click', () => setOpen(false, { returnFocus: true }));
  for (const button of document.querySelectorAll('[data-a11y-reset]')) {
    button.addEventListener('click', () => {
      settings = {};
      reset();
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    const inside = event.target instanceof Node && (panel.contains(event.target) || toggle.contains(event.target));
    if (inside) setOpen(false, { returnFocus: true });
  });
  // Another tab changed the settings: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    settings = parseSettings(event.newValue);
    apply(settings);
    showInForm(form, settings);
  });
}
