import { SLUG_PATTERN } from '../fields.ts';
import { toSlug } from '../slug.ts';
import { embeddedMarkup, hasMacros, isPlainText, type SniffedFormat, sniffFormat } from './sniff.ts';
import { sanitizeSvg } from './svg.ts';

/**
 * What a methodologist may publish in the media folder: pictures for the text and the originals
 * of documents to download. Nothing a browser runs: no HTML, XHTML, XML, JavaScript, compressed
 * SVG (`.svgz`, which cannot be checked without unpacking), archives or programs.
 */
export const MEDIA_TYPES = {
  png: { label: 'изображение PNG', format: 'png' },
  jpg: { label: 'изображение JPEG', format: 'jpg' },
  jpeg: { label: 'изображение JPEG', format: 'jpg' },
  gif: { label: 'изображение GIF', format: 'gif' },
  webp: { label: 'изображение WebP', format: 'webp' },
  svg: { label: 'рисунок SVG', format: 'svg' },
  pdf: { label: 'документ PDF', format: 'pdf' },
  docx: { label: 'документ Word (DOCX)', format: 'docx' },
  xlsx: { label: 'таблица Excel (XLSX)', format: 'xlsx' },
  pptx: { label: 'презентация PowerPoint (PPTX)', format: 'pptx' },
  odt: { label: 'документ OpenDocument (ODT)', format: 'odt' },
  ods: { label: 'таблица OpenDocument (ODS)', format: 'ods' },
  doc: { label: 'документ Word 97–2003 (DOC)', format: 'doc' },
  xls: { label: 'таблица Excel 97–2003 (XLS)', format: 'xls' },
  txt: { label: 'текстовый файл', format: 'text' },
  csv: { label: 'таблица CSV', format: 'text' },
} as const satisfies Record<string, { label: string; format: SniffedFormat | 'text' }>;

export type MediaExtension = keyof typeof MEDIA_TYPES;

/** The largest upload: a scanned order or a presentation fits, a video does not. */
export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;
/** SVG is parsed as a whole document to be cleaned; real drawings are far smaller. */
export const MAX_SVG_BYTES = 5 * 1024 * 1024;

const ALLOWED_LIST = 'изображения (PNG, JPEG, GIF, WebP, SVG), документы (PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS), TXT и CSV';
/** Extensions refused because a browser would run what is inside. */
const RUNNABLE = new Set(['html', 'htm', 'xhtml', 'shtml', 'xht', 'xml', 'xsl', 'xslt', 'js', 'mjs', 'cjs', 'svgz', 'swf', 'hta', 'php', 'wasm']);
const FORMAT_EXTENSION: Partial<Record<SniffedFormat, string>> = {
  png: 'png', jpg: 'jpg', gif: 'gif', webp: 'webp', pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', pptx: 'pptx',
  odt: 'odt', ods: 'ods', doc: 'doc', xls: 'xls', svg: 'svg',
};
const FORMAT_WORDS: Partial<Record<SniffedFormat, string>> = {
  html: 'веб-страница (HTML)', xml: 'XML-документ', gzip: 'архив gzip', zip: 'ZIP-архив', exe: 'программа Windows', elf: 'программа',
  ole: 'документ Office неизвестного вида',
};

const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '');
const stemOf = (name: string) => (name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name);
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

/**
 * The problem with a media file's name, or undefined: one allowed extension, in lowercase, after
 * a Latin slug (`toSlug`), so the address `/media/<name>` is plain and stable.
 */
export function mediaNameProblem(name: string): string | undefined {
  if (name.startsWith('.')) return 'скрытые файлы (имя начинается с точки) не публикуются; переименуйте файл латиницей, например «document.pdf»';
  const extension = extensionOf(name);
  const lower = extension.toLowerCase();
  if (!(lower in MEDIA_TYPES)) {
    const why = RUNNABLE.has(lower) ? 'браузер выполнил бы код из такого файла' : 'такой тип файла сайт не публикует';
    return `файлы «.${extension || '(без расширения)'}» загружать нельзя: ${why}; допустимы ${ALLOWED_LIST}. Сохраните документ в PDF или DOCX`;
  }
  const stem = stemOf(name);
  if (!SLUG_PATTERN.test(stem) || extension !== lower) {
    return `имя файла должно быть латиницей в нижнем регистре через дефис; переименуйте в «${toSlug(stem) || 'file'}.${lower}»`;
  }
  return undefined;
}

/** The outcome of checking a file's bytes; `stored` is what to write (a cleaned SVG). */
export type MediaCheck = { ok: true; stored: Uint8Array; removed: string[] } | { ok: false; problem: string };

function svgCheck(bytes: Uint8Array): MediaCheck {
  if (bytes.length > MAX_SVG_BYTES) return { ok: false, problem: `SVG больше ${MAX_SVG_BYTES / 1024 / 1024} МБ (${megabytes(bytes.length)} МБ); упростите рисунок или загрузите PNG` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'SVG не в кодировке UTF-8; сохраните его заново из графического редактора' };
  }
  const result = sanitizeSvg(text);
  if (!result.ok) return result;
  return { ok: true, stored: new TextEncoder().encode(result.clean), removed: result.removed };
}

/**
 * Checks a file's bytes against its (already checked) name: the content must be what the
 * extension says, by its signature, with no macros and no web page or script inside. An SVG is
 * cleaned; what was removed is listed so `validate` can report a file that needed cleaning.
 */
export function checkMediaBytes(name: string, bytes: Uint8Array): MediaCheck {
  const type = MEDIA_TYPES[extensionOf(name).toLowerCase() as MediaExtension];
  if (bytes.length === 0) return { ok: false, problem: 'файл пустой; загрузите его заново' };
  if (bytes.length > MAX_MEDIA_BYTES) {
    return { ok: false, problem: `файл больше ${MAX_MEDIA_BYTES / 1024 / 1024} МБ (${megabytes(bytes.length)} МБ); уменьшите его (сожмите изображения, сохраните PDF с меньшим разрешением)` };
  }
  if (type.format === 'svg') return svgCheck(bytes);
  const format = sniffFormat(bytes);
  if (type.format === 'text' ? !isPlainText(bytes) : format !== type.format) {
    return { ok: false, problem: mismatch(name, type.label, format) };
  }
  if (hasMacros(bytes, format)) {
    return { ok: false, problem: 'документ содержит макросы; сохраните его без макросов (DOCX, XLSX) или в PDF' };
  }
  const markup = embeddedMarkup(bytes);
  if (markup) {
    return { ok: false, problem: `внутри файла есть разметка веб-страницы или скрипт («${markup}»): браузер мог бы выполнить её как код; сохраните файл заново из программы, в которой он создан` };
  }
  return { ok: true, stored: bytes, removed: [] };
}

function mismatch(name: string, label: string, format: SniffedFormat | undefined): string {
  const actual = format && FORMAT_EXTENSION[format];
  if (actual) return `это ${MEDIA_TYPES[actual as MediaExtension].label}, а не ${label}; переименуйте файл в «${stemOf(name)}.${actual}»`;
  const words = format && FORMAT_WORDS[format];
  if (words) return `это ${words}, а не ${label}; такие файлы загружать нельзя. Сохраните документ в PDF или DOCX`;
  if (label === MEDIA_TYPES.txt.label || label === MEDIA_TYPES.csv.label) {
    return `это не ${label}: в нём двоичные данные или разметка; сохраните текст в кодировке UTF-8 без форматирования`;
  }
  return `содержимое файла не похоже на ${label}; сохраните файл заново в этом формате или выберите верное расширение`;
}
