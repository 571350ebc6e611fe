import CMS from '../decap.ts';
import { Cursor, CURSOR_COMPATIBILITY_SYMBOL } from 'decap-cms-lib-util';
import { rememberListed } from './parsed-files.ts';

/** Entries per page of a collection list; more load as the list is scrolled. */
export const PAGE_SIZE = 50;

interface ProxyImplementation {
  request(payload: { action: string; params: Record<string, unknown> }): Promise<unknown>;
  entriesByFolder(folder: string, extension: string, depth: number): Promise<unknown[]>;
  allEntriesByFolder?: (folder: string, extension: string, depth: number) => Promise<unknown[]>;
  traverseCursor?: (cursor: Cursor, action: string) => Promise<{ entries: unknown[]; cursor: Cursor }>;
}

/** An entry as the backend lists it: frontmatter only, with the fields it read from it. */
interface Listed {
  data: string | null;
  file: { path: string };
  fields?: unknown;
}

interface Page {
  entries: Listed[];
  total: number;
}

interface PageData {
  folder: string;
  extension: string;
  depth: number;
  offset: number;
}

/** The running local backend, for the relation pickers' own reads (relation/ranked-relation.tsx). */
let running: ProxyImplementation | undefined;

/**
 * Every entry of a collection, frontmatter only (a tenth of the bytes; a picker needs no body),
 * or undefined when the admin edits through a git host instead of the local backend.
 */
export async function frontmatterOf(collection: string): Promise<{ slug: string; text: string }[] | undefined> {
  if (!running) return undefined;
  const params = { folder: `content/${collection}`, extension: 'mdx', depth: 1, frontmatterOnly: true };
  const entries = (await running.request({ action: 'entriesByFolder', params })) as Listed[];
  rememberListed(entries);
  const slugOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
  return entries.flatMap(({ data, file }) => (data === null ? [] : [{ slug: slugOf(file.path), text: data }]));
}

/**
 * Decap's proxy backend, listing a collection a page at a time and without the texts. Decap 3.16
 * renders every entry it is given, and with a thousand entries the first list took 10–20 s; with
 * a cursor it shows the first page and asks for the next one when the list is scrolled to its end
 * (`append_next`). Sorting, searching and relation pickers read the whole folder
 * (`allEntriesByFolder`). Every listing is frontmatter only: a list, a sort, a search and a picker
 * show requisites, and the texts of a thousand entries were 9 MB to send and parse; an entry
 * opened for editing is read whole (`getEntry`: Decap's editor always loads the entry itself).
 */
export function PagedProxyBackend(config: unknown, options: unknown): ProxyImplementation {
  const proxy = CMS.getBackend('proxy') as { init: (config: unknown, options: unknown) => ProxyImplementation };
  const inner = proxy.init(config, options);
  const page = async (data: PageData) => {
    const { folder, extension, depth, offset } = data;
    const params = { folder, extension, depth, offset, limit: PAGE_SIZE, frontmatterOnly: true };
    const answer = (await inner.request({ action: 'entriesByFolder', params })) as Page;
    rememberListed(answer.entries);
    const next = offset + PAGE_SIZE < answer.total;
    const cursor = Cursor.create({
      actions: next ? ['next'] : [],
      data: { ...data, offset: offset + PAGE_SIZE },
      meta: { page: offset / PAGE_SIZE + 1, count: answer.total, pageSize: PAGE_SIZE, pageCount: Math.ceil(answer.total / PAGE_SIZE) },
    });
    return { entries: answer.entries, cursor };
  };
  inner.allEntriesByFolder = async (folder, extension, depth) => {
    const entries = (await inner.request({ action: 'entriesByFolder', params: { folder, extension, depth, frontmatterOnly: true } })) as Listed[];
    rememberListed(entries);
    return entries;
  };
  inner.entriesByFolder = async (folder, extension, depth) => {
    const { entries, cursor } = await page({ folder, extension, depth, offset: 0 });
    return Object.assign(entries, { [CURSOR_COMPATIBILITY_SYMBOL]: cursor });
  };
  inner.traverseCursor = (cursor) => page(cursor.data?.toJS() as PageData);
  running = inner;
  // Decap calls `new` on a backend; a function called so may hand back another object: the proxy backend, paged.
  return inner;
}
