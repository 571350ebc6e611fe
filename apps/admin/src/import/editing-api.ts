import { CONTENT_FOLDER, splitFrontmatter } from '@stazhirovka/schema';

/**
 * «Импорт из Word» talks to the editing backend exactly as Decap's proxy backend does
 * (decap-cms-backend-proxy: one POST of `{ action, params }` to the per-run address), so an
 * imported entry passes the same guards and the same `validate` as any save from the editor.
 */
export class EditingApi {
  private readonly proxyUrl: string;
  constructor(proxyUrl: string) {
    this.proxyUrl = proxyUrl;
  }

  private async request<T>(action: string, params: Record<string, unknown>): Promise<T> {
    const response = await fetch(this.proxyUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      credentials: 'same-origin',
      body: JSON.stringify({ branch: 'main', action, params: { branch: 'main', ...params } }),
    });
    const json = (await response.json().catch(() => ({}))) as { error?: unknown };
    if (!response.ok) throw new Error(typeof json.error === 'string' ? json.error : `редактор не ответил (код ${response.status}); перезапустите «pnpm start» и обновите страницу`);
    return json as T;
  }

  /** Creates a new entry with its original in the media folder, in one request; never replaces an entry. */
  createEntry(entry: { path: string; slug: string; raw: string }, asset?: { path: string; content: string; encoding: 'base64' }): Promise<unknown> {
    return this.request('persistEntry', {
      dataFiles: [entry],
      assets: asset ? [asset] : [],
      options: { newEntry: true, commitMessage: `Импорт из Word: ${entry.path}` },
    });
  }

  /** The sites an entry can belong to: slug and title. */
  async sites(): Promise<{ slug: string; title: string }[]> {
    const files = await this.request<{ data: string | null; file: { path: string } }[]>('entriesByFolder', { folder: `${CONTENT_FOLDER}/sites`, extension: 'mdx', depth: 1 });
    return files.map(({ data, file }) => {
      const slug = file.path.replace(/^.*\//, '').replace(/\.mdx$/, '');
      const title = (() => {
        try {
          return String((splitFrontmatter(data ?? '').data as { title?: unknown } | undefined)?.title ?? slug);
        } catch {
          return slug; // a site file validate would refuse is still offered, by its slug
        }
      })();
      return { slug, title };
    }).sort((a, b) => a.title.localeCompare(b.title, 'ru'));
  }
}
