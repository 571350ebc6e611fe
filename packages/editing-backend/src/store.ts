import { randomBytes } from 'node:crypto';
import {
  closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync,
  type Stats, unlinkSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { COLLECTION_NAMES, type CollectionName, CONTENT_FOLDER, MEDIA_FOLDER, SLUG_PATTERN } from '@stazhirovka/schema';
import { mediaNameProblem } from '@stazhirovka/schema/media';
import { refuse } from './refusal.ts';

/** A file the backend may touch, named as Decap names it and as it lies on disk. */
export type Target =
  | { kind: 'entry'; collection: CollectionName; slug: string; path: string; dir: string; name: string }
  | { kind: 'media'; path: string; dir: string; name: string };

const OUTSIDE = 'можно читать и записывать только записи content/<раздел>/<имя>.mdx и файлы папки медиафайлов';

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The two folders the backend owns, resolved once at start (a configured CONTENT_DIR may itself
 * be a link); from then on every folder and file below them is checked with lstat on each use,
 * so a symbolic link planted later (a collection folder pointing at src/pages, a file pointing
 * at .git/hooks) is refused, never followed.
 */
export class Store {
  readonly contentDir: string;
  readonly mediaDir: string;

  constructor(contentDir: string, mediaDir: string) {
    this.contentDir = realpathSync(contentDir);
    // The media folder may not exist yet: its parent (the site's public/) must.
    this.mediaDir = join(realpathSync(dirname(mediaDir)), basename(mediaDir));
  }

  /** Maps a path Decap sends onto a file the backend owns, or refuses it (nothing else is read). */
  target(path: unknown): Target {
    if (typeof path !== 'string' || path.length === 0 || path.length > 300) return refuse(403, `путь не указан или слишком длинный; ${OUTSIDE}`);
    // Literal names are all the backend accepts: no decoding, no normalising, nothing to smuggle.
    if (/[\\%\0\s]/.test(path) || path.startsWith('/')) return refuse(403, `путь «${path}» недопустим; ${OUTSIDE}`);
    const parts = path.split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..')) return refuse(403, `путь «${path}» недопустим; ${OUTSIDE}`);
    const name = parts.at(-1) as string;
    const folder = parts.slice(0, -1).join('/');
    if (folder === MEDIA_FOLDER) {
      const problem = mediaNameProblem(name);
      if (problem) refuse(422, `${path}: ${problem}`);
      return { kind: 'media', path, dir: this.mediaDir, name };
    }
    const [root, collection] = parts;
    const slug = name.endsWith('.mdx') ? name.slice(0, -'.mdx'.length) : '';
    if (parts.length === 3 && root === CONTENT_FOLDER && (COLLECTION_NAMES as string[]).includes(collection)) {
      if (!SLUG_PATTERN.test(slug)) {
        refuse(422, `${path}: имя файла записи должно быть латиницей в нижнем регистре через дефис и заканчиваться на .mdx`);
      }
      return { kind: 'entry', collection: collection as CollectionName, slug, path, dir: join(this.contentDir, collection), name };
    }
    return refuse(403, `путь «${path}» вне разрешённых папок; ${OUTSIDE}`);
  }

  /** The folder of a target, checked: a real directory inside its root, or absent. */
  private folder(target: Target, create: boolean): string | null {
    const root = target.kind === 'media' ? dirname(this.mediaDir) : this.contentDir;
    if (realpathSync(root) !== root) refuse(403, `папка ${root} заменена ссылкой; запись отклонена`);
    const stat = lstatOrNull(target.dir);
    if (stat === null) {
      if (!create) return null;
      mkdirSync(target.dir);
      return target.dir;
    }
    if (stat.isSymbolicLink() || !stat.isDirectory()) {
      refuse(403, `папка ${target.kind === 'media' ? MEDIA_FOLDER : `${CONTENT_FOLDER}/${target.kind === 'entry' ? target.collection : ''}`} — символическая ссылка или не папка; запись и чтение через неё запрещены`);
    }
    return target.dir;
  }

  /** The file's bytes, or null if it does not exist. A link or anything but a plain file is refused. */
  read(target: Target): Buffer | null {
    const dir = this.folder(target, false);
    if (dir === null) return null;
    let fd: number;
    try {
      // O_NOFOLLOW: a link swapped in after the folder check is still not followed.
      fd = openSync(join(dir, target.name), constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      if (code === 'ELOOP') return refuse(403, `${target.path}: это символическая ссылка; чтение запрещено`);
      throw error;
    }
    try {
      if (!fstatSync(fd).isFile()) return refuse(403, `${target.path}: это не обычный файл`);
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * What identifies a plain file's current bytes without reading them (inode, size, change and
   * modification times), or null for anything else. Listing uses it to skip files it has read
   * before; any write here (a rename) or elsewhere changes it.
   */
  stamp(target: Target): string | null {
    const stat = lstatOrNull(join(target.dir, target.name));
    return stat?.isFile() ? `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}` : null;
  }

  /** Checks that a write can happen (folder and file are what they seem) without writing. */
  checkWritable(target: Target): void {
    const dir = this.folder(target, false);
    if (dir === null) return;
    const stat = lstatOrNull(join(dir, target.name));
    if (stat && (stat.isSymbolicLink() || !stat.isFile())) refuse(403, `${target.path}: это символическая ссылка или не обычный файл; запись запрещена`);
  }

  /**
   * Writes all of `bytes` or nothing: a new file beside the target (O_EXCL: never through a
   * planted link), flushed, then renamed over it. A reader never sees half a file.
   */
  write(target: Target, bytes: Uint8Array): void {
    this.checkWritable(target);
    const dir = this.folder(target, true) as string;
    const temp = join(dir, `.${target.name}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    } catch (error) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw error;
    }
    closeSync(fd);
    try {
      renameSync(temp, join(dir, target.name));
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  /** Removes a plain file (never a link or a folder); a missing file is already removed. */
  remove(target: Target): void {
    this.checkWritable(target);
    const dir = this.folder(target, false);
    if (dir !== null && lstatOrNull(join(dir, target.name))) unlinkSync(join(dir, target.name));
  }

  /** Names of plain files in a target's folder (links, folders and hidden files left out). */
  list(kind: 'media'): string[];
  list(kind: 'entry', collection: CollectionName): string[];
  list(kind: 'entry' | 'media', collection?: CollectionName): string[] {
    const probe: Target = kind === 'media'
      ? { kind, path: MEDIA_FOLDER, dir: this.mediaDir, name: '' }
      : { kind, collection: collection as CollectionName, slug: '', path: `${CONTENT_FOLDER}/${collection}`, dir: join(this.contentDir, collection as string), name: '' };
    const dir = this.folder(probe, false);
    if (dir === null) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  }
}
