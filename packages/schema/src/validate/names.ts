/**
 * What the site publishes by file name alone. Pure (no file system), so validate.ts stays usable
 * in the browser (the importer runs it in the admin).
 */

/** The only extension the site publishes (apps/site/src/content.config.ts reads `*.mdx`). */
export const CONTENT_EXTENSION = '.mdx';

/** A name the site's loader publishes: `*.mdx`, not hidden (Astro's glob skips dot files). */
export function isPublishedName(name: string): boolean {
  return name.endsWith(CONTENT_EXTENSION) && !name.startsWith('.');
}

const BACKUP = /(?:~|\.swp|\.swo|\.bak|\.orig|\.tmp|\.rej)$|^#.*#$|^\.#/i;

/** Why a file in a collection folder is not published, and what to do about it. */
export function unpublishedFile(name: string): string {
  if (BACKUP.test(name)) return 'резервная или временная копия редактора не публикуется; удалите её';
  if (name.startsWith('.')) {
    return name.endsWith(CONTENT_EXTENSION)
      ? `скрытый файл (имя с точки) не публикуется; переименуйте в «${name.replace(/^\.+/, '')}»`
      : 'скрытый файл (имя с точки) не публикуется; удалите его';
  }
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  const extension = name.slice(stem.length);
  if (extension === '.md') {
    return `файлы .md не публикуются: в них HTML попадает на страницу как есть; переименуйте в «${stem}${CONTENT_EXTENSION}»`;
  }
  if (extension.toLowerCase() === CONTENT_EXTENSION || extension.toLowerCase() === '.md') {
    return `расширение пишется строчными буквами; переименуйте в «${stem}${CONTENT_EXTENSION}»`;
  }
  return `${extension ? `файл ${extension}` : 'файл без расширения'} не публикуется: в разделе только документы ${CONTENT_EXTENSION}; ` +
    'изображения и PDF кладите в папку медиа, остальное удалите';
}
