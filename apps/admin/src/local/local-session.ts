import { proxyUrlOf, SESSION_PATH } from '@stazhirovka/editing-backend/protocol';

/**
 * The per-run address of the editing backend, asked from the dev server the admin was loaded
 * from (same origin: no address is built into the admin). Undefined when there is none: a
 * static host, a built site opened without `pnpm start`.
 */
export async function localProxyUrl(): Promise<string | undefined> {
  try {
    const response = await fetch(SESSION_PATH, { cache: 'no-store', credentials: 'same-origin' });
    return response.ok ? proxyUrlOf(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

const HELP = [
  ['h1', 'Редактор здесь не подключён к хранилищу'],
  ['p', 'Локальное редактирование работает только вместе с сайтом в режиме разработки: в папке проекта выполните «npx -y pnpm@10.34.9 start» и откройте адрес редактора, который команда напечатает (обычно http://127.0.0.1:4321/admin/).'],
  ['p', 'На опубликованном сайте редактор работает через git-хостинг (GitHub, Forgejo или Gitea): его выбирают при сборке переменными CMS_BACKEND, CMS_REPO, CMS_BASE_URL и CMS_APP_ID; как это настроить, написано в docs/cms.md.'],
] as const;

/** A page that says why there is no editor and what to run, instead of Decap's blank screen. */
export function showLocalEditingHelp(document: Document): void {
  const main = document.createElement('main');
  main.style.cssText = 'max-width: 40rem; margin: 4rem auto; padding: 0 1rem; font: 1.1rem/1.5 system-ui, sans-serif';
  for (const [tag, text] of HELP) {
    const element = document.createElement(tag);
    element.textContent = text;
    main.append(element);
  }
  document.body.replaceChildren(main);
}
