import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import {
  COLLECTION_NAMES, type CollectionName, CONTENT_FOLDER, cutFrontmatter, formatProblem, joinFrontmatter, MEDIA_FOLDER, MEDIA_URL, splitFrontmatter,
} from '@stazhirovka/schema';
import { checkMediaBytes, mediaNameProblem } from '@stazhirovka/schema/media';
import { loadContent, type RawEntry, validateContent } from '@stazhirovka/schema/validate';
import { refuse } from './refusal.ts';
import type { Store, Target } from './store.ts';

// The actions Decap 3.16's proxy backend sends for a site without an editorial workflow
// (decap-cms-backend-proxy/src/implementation.ts), answered in decap-server's shapes
// (decap-server/src/middlewares/localFs). Anything else is refused.

type Params = Record<string, unknown>;
type Action = (store: Store, params: Params) => unknown;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function entryTarget(store: Store, path: unknown): Target & { kind: 'entry' } {
  const target = store.target(path);
  if (target.kind !== 'entry') refuse(403, `${target.path}: это не запись; ожидается content/<раздел>/<имя>.mdx`);
  return target as Target & { kind: 'entry' };
}

function mediaTarget(store: Store, path: unknown): Target & { kind: 'media' } {
  const target = store.target(path);
  if (target.kind !== 'media') refuse(403, `${target.path}: это не медиафайл; ожидается ${MEDIA_FOLDER}/<имя>`);
  return target as Target & { kind: 'media' };
}

function readEntry(store: Store, path: unknown, label?: unknown) {
  const target = entryTarget(store, path);
  const bytes = store.read(target);
  const file = { path: target.path, ...(typeof label === 'string' && { label }), id: bytes ? sha256(bytes) : null };
  return { data: bytes ? bytes.toString('utf8') : null, file };
}

type ListedEntry = ReturnType<typeof readEntry>;

interface Listed {
  stamp: string;
  entry: ListedEntry;
  /** The same entry with its frontmatter alone, made on first demand. */
  frontmatter?: ListedEntry & { fields?: unknown };
}

/**
 * Entries as last read, by path, with the stamp they were read at. Decap asks for a whole
 * collection on every listing and every keystroke in a relation picker; a thousand files read,
 * checked and hashed each time made the picker lag. An unchanged file is answered from here.
 */
const listed = new WeakMap<Store, Map<string, Listed>>();

function listEntry(store: Store, path: string, frontmatterOnly: boolean): ListedEntry {
  const target = entryTarget(store, path);
  const known = listed.get(store) ?? new Map<string, Listed>();
  listed.set(store, known);
  const stamp = store.stamp(target);
  let cached = known.get(path);
  if (stamp === null || cached?.stamp !== stamp) {
    const entry = readEntry(store, path);
    // The stamp is taken before reading: a file changed in between is read again next time.
    cached = { stamp: stamp ?? '', entry };
    if (stamp !== null && entry.data !== null) known.set(path, cached);
    else known.delete(path);
  }
  if (!frontmatterOnly) return cached.entry;
  cached.frontmatter ??= listedFrontmatter(cached.entry);
  return cached.frontmatter;
}

/**
 * An entry as a list shows it: the frontmatter block, and its fields already read (`fields`), so
 * the admin does not parse a thousand YAML blocks on every page load (about a second there); here
 * each file version is read once. A block with YAML the schema refuses goes without `fields`, and
 * the admin reads it itself and reports it as it does for any file.
 */
function listedFrontmatter(entry: ListedEntry): ListedEntry & { fields?: unknown } {
  if (entry.data === null) return entry;
  const data = frontmatterBlock(entry.data);
  try {
    const split = splitFrontmatter(data);
    return split.yamlIssues.length === 0 ? { ...entry, data, fields: split.data } : { ...entry, data };
  } catch {
    return { ...entry, data };
  }
}

const warming = new WeakMap<Store, Set<CollectionName>>();
const WARM_AFTER_MS = 1_000;

/**
 * After a list's first page, reads the rest of the collection's frontmatter a few files at a time
 * between requests: the sort, the search and the relation pickers that follow need all of it, and
 * a thousand YAML blocks read at their request made them wait about a second.
 */
function warmListing(store: Store, collection: CollectionName, names: string[]): void {
  const busy = warming.get(store) ?? new Set<CollectionName>();
  warming.set(store, busy);
  if (busy.has(collection)) return;
  busy.add(collection);
  let next = 0;
  const step = () => {
    for (const end = Math.min(next + 25, names.length); next < end; next++) {
      try {
        listEntry(store, `${CONTENT_FOLDER}/${collection}/${names[next]}`, true);
      } catch {
        // not listed, as in entriesByFolder
      }
    }
    if (next < names.length) setImmediate(step);
    else busy.delete(collection);
  };
  // Started a moment later: on two cores it otherwise slows the browser drawing that first page.
  setTimeout(step, WARM_AFTER_MS);
}

function mediaFile(target: Target, bytes: Uint8Array) {
  return { id: sha256(bytes), content: Buffer.from(bytes).toString('base64'), encoding: 'base64', path: target.path, name: target.name };
}

/** The collection of a folder Decap lists: exactly `content/<collection>`. */
function folderCollection(folder: unknown): CollectionName {
  const collection = typeof folder === 'string' && folder.startsWith(`${CONTENT_FOLDER}/`) ? folder.slice(CONTENT_FOLDER.length + 1) : '';
  if (!(COLLECTION_NAMES as string[]).includes(collection)) refuse(403, `папка «${String(folder)}» не раздел сайта; разделы: ${COLLECTION_NAMES.map((name) => `${CONTENT_FOLDER}/${name}`).join(', ')}`);
  return collection as CollectionName;
}

/** Decodes an upload strictly: base64 only, nothing ignored on the way. */
function decodeAsset(asset: unknown): { path: unknown; bytes: Buffer } {
  const { path, content, encoding } = (asset ?? {}) as Params;
  if (encoding !== 'base64' || typeof content !== 'string' || content.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)) {
    refuse(400, 'файл передан не в base64; загрузите его заново');
  }
  return { path, bytes: Buffer.from(content as string, 'base64') };
}

/** A media upload, checked by name and by content; an SVG comes back cleaned. */
function checkedAsset(store: Store, asset: unknown): { target: Target; stored: Uint8Array } {
  const { path, bytes } = decodeAsset(asset);
  const target = mediaTarget(store, path);
  const checked = checkMediaBytes(target.name, bytes);
  if (!checked.ok) refuse(422, `${target.path}: ${checked.problem}`);
  store.checkWritable(target);
  return { target, stored: (checked as { stored: Uint8Array }).stored };
}

/** The frontmatter block alone (cut, its YAML left for the reader): another file's body cannot make the saved file invalid. */
function frontmatterBlock(source: string): string {
  try {
    return joinFrontmatter(cutFrontmatter(source).block, '');
  } catch {
    return source; // validate reports it, on that file, not on the saved one
  }
}

/**
 * Runs `validate` over the content as it would be after the save and keeps the errors of the
 * saved file: its fields, its body, its references to what exists, and whatever else `validate`
 * checks now or later (the same function, not a copy of its rules). The other files go in
 * without their bodies: parsing every body as MDX is most of `validate`'s time (about a minute
 * for 10 000 documents), and nothing in another file's body bears on this one.
 */
export function problemsAfterSave(store: Store, target: Target & { kind: 'entry' }, raw: string): string[] {
  const shown = (entry: RawEntry) => ({
    ...entry,
    file: `${CONTENT_FOLDER}/${entry.collection}/${basename(entry.file)}`,
    source: frontmatterBlock(entry.source),
  });
  const raws = loadContent(store.contentDir, dirname(store.contentDir)).map(shown);
  const saved: RawEntry = { collection: target.collection, slug: target.slug, file: target.path, source: raw };
  const others = raws.filter((entry) => entry.file !== target.path);
  return validateContent([...others, saved]).problems
    .filter((problem) => problem.severity === 'error' && (problem.file === target.path || problem.file.startsWith(`${target.path}:`)))
    .map(formatProblem);
}

/** Content files that link to a media file (`/media/<name>`), by their paths. */
function linksTo(store: Store, name: string): string[] {
  const url = `${MEDIA_URL}/${name}`;
  return loadContent(store.contentDir, dirname(store.contentDir))
    .filter((entry) => entry.source.includes(url))
    .map((entry) => `${CONTENT_FOLDER}/${entry.collection}/${basename(entry.file)}`);
}

export const ACTIONS: Record<string, Action> = {
  info: () => ({ repo: 'stazhirovka', publish_modes: ['simple'], type: 'local_fs' }),

  /**
   * A collection's entries; with `offset` and `limit` (the admin's paged list) one page of them
   * and the total, so a list of thousands opens with its first page; with `frontmatterOnly`, each
   * file without its body and with its fields read (`fields`).
   */
  entriesByFolder(store, { folder, extension, offset, limit, frontmatterOnly }) {
    if (extension !== 'mdx') refuse(403, 'записи хранятся только в файлах .mdx');
    const collection = folderCollection(folder);
    const names = store.list('entry', collection).filter((name) => name.endsWith('.mdx'));
    const paged = Number.isInteger(offset) && Number.isInteger(limit) && (offset as number) >= 0 && (limit as number) > 0;
    if (paged && offset === 0 && frontmatterOnly === true) warmListing(store, collection, names);
    const shown = paged ? names.slice(offset as number, (offset as number) + (limit as number)) : names;
    // A list, a sort, a search or a relation picker reads the requisites and needs none of the texts.
    const entries = shown
      .flatMap((name) => {
        try {
          return [listEntry(store, `${CONTENT_FOLDER}/${collection}/${name}`, frontmatterOnly === true)];
        } catch {
          return []; // a name the backend would not write (Cyrillic, upper case) is not listed either
        }
      });
    return paged ? { entries, total: names.length } : entries;
  },

  entriesByFiles: (store, { files }) => {
    if (!Array.isArray(files)) refuse(400, 'не указан список файлов');
    return (files as Params[]).map((file) => readEntry(store, file?.path, file?.label));
  },

  getEntry: (store, { path }) => readEntry(store, path),

  persistEntry(store, { entry, dataFiles, assets = [], options }) {
    const { useWorkflow, newEntry } = (options ?? {}) as Params;
    if (useWorkflow) refuse(403, 'черновики (editorial workflow) при локальном редактировании не поддерживаются');
    const files = (dataFiles ?? (entry ? [entry] : [])) as Params[];
    if (!Array.isArray(files) || files.length !== 1) refuse(400, 'сохраняется ровно одна запись за раз');
    const [file] = files;
    if (file.newPath) refuse(403, 'переименовать файл записи нельзя: имя файла задаётся один раз, при создании записи');
    const target = entryTarget(store, file.path);
    if (file.slug !== undefined && file.slug !== target.slug) refuse(400, `${target.path}: имя записи «${String(file.slug)}» не совпадает с именем файла`);
    if (typeof file.raw !== 'string') refuse(400, `${target.path}: нет текста записи`);
    if (!Array.isArray(assets)) refuse(400, 'список файлов записи неверен');
    // A new entry never replaces one that exists (Decap and «Импорт из Word» both say `newEntry`).
    if (newEntry === true && store.read(target)) refuse(409, `${target.path}: запись с таким именем уже есть; выберите другое имя записи — существующая не перезаписывается`);
    const uploads = (assets as unknown[]).map((asset) => checkedAsset(store, asset));
    store.checkWritable(target);
    const problems = problemsAfterSave(store, target, file.raw as string);
    if (problems.length > 0) refuse(422, problems.join('\n'));
    for (const upload of uploads) store.write(upload.target, upload.stored);
    store.write(target, Buffer.from(file.raw as string, 'utf8'));
    return { message: 'entry persisted' };
  },

  getMedia(store, { mediaFolder }) {
    if (mediaFolder !== MEDIA_FOLDER) refuse(403, `медиафайлы хранятся только в ${MEDIA_FOLDER}`);
    // A file the backend would not accept (put there by hand: a Cyrillic name, page.html) is not
    // listed, so it is not served to the admin either; `validate` names it.
    return store.list('media').filter((name) => mediaNameProblem(name) === undefined).flatMap((name) => {
      const target = store.target(`${MEDIA_FOLDER}/${name}`);
      const bytes = store.read(target);
      return bytes ? [mediaFile(target, bytes)] : [];
    });
  },

  getMediaFile(store, { path }) {
    const target = mediaTarget(store, path);
    const bytes = store.read(target) ?? refuse(404, `${target.path}: файла нет`);
    return mediaFile(target, bytes);
  },

  persistMedia(store, { asset }) {
    const { target, stored } = checkedAsset(store, asset);
    store.write(target, stored);
    return mediaFile(target, stored);
  },

  /**
   * Entries are never deleted from the editor (their collections have `delete: false`: other
   * entries and outside links point at them). A media file is, unless a content file links to it.
   */
  deleteFiles(store, { paths }) {
    if (!Array.isArray(paths) || paths.length === 0) refuse(400, 'не указаны файлы для удаления');
    const targets = (paths as unknown[]).map((path) => store.target(path));
    for (const target of targets) {
      if (target.kind === 'entry') refuse(403, `${target.path}: записи не удаляются из редактора; на них ссылаются другие записи и внешние сайты`);
      const users = linksTo(store, target.name);
      if (users.length > 0) refuse(403, `${target.path}: файл нельзя удалить, на него ссылаются: ${users.join(', ')}; сначала уберите ссылки`);
      store.checkWritable(target);
    }
    for (const target of targets) store.remove(target);
    return { message: `deleted files ${targets.map((target) => target.path).join(', ')}` };
  },

  getDeployPreview: () => null,
};
