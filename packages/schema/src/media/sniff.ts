// What a file really is, from its first bytes and, for ZIP and OLE containers, from the names
// inside. Written here rather than taken from `file-type`: that library is asynchronous only, and
// `validate` (and the build's content guard that calls it) is synchronous. The formats a
// methodologist uploads are few and their signatures are fixed by their specifications.

/** A format recognised by its bytes; the value is the file extension it normally has. */
export type SniffedFormat =
  | 'png' | 'jpg' | 'gif' | 'webp' | 'pdf'
  | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'zip'
  | 'doc' | 'xls' | 'ole'
  | 'gzip' | 'exe' | 'elf' | 'html' | 'svg' | 'xml';

const starts = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((value, i) => bytes[at + i] === value);
const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));
const u16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Names of the files inside a ZIP archive, read from its central directory (the authoritative
 * list, unlike local headers), or undefined when the archive is malformed.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return undefined;
    const nameLength = u16(bytes, at + 28);
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return names;
}

/** OpenDocument: the first entry is an uncompressed `mimetype` file naming the document kind. */
function openDocumentType(bytes: Uint8Array): string | undefined {
  const nameLength = u16(bytes, 26);
  if (ascii(bytes, 30, nameLength) !== 'mimetype') return undefined;
  const start = 30 + nameLength + u16(bytes, 28);
  return ascii(bytes, start, 60).match(/^application\/vnd\.oasis\.opendocument\.[a-z-]+/)?.[0];
}

function zipFormat(bytes: Uint8Array): SniffedFormat {
  const odf = openDocumentType(bytes);
  if (odf === 'application/vnd.oasis.opendocument.text') return 'odt';
  if (odf === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
  const names = zipEntryNames(bytes) ?? [];
  if (!names.includes('[Content_Types].xml')) return 'zip';
  if (names.some((name) => name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  if (names.some((name) => name.startsWith('ppt/'))) return 'pptx';
  return 'zip';
}

/** Stream names in an OLE compound file (old Word and Excel) are stored as UTF-16LE. */
const utf16 = (text: string) => Buffer.from(text, 'utf16le');
const containsBytes = (bytes: Uint8Array, needle: Buffer) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);

function oleFormat(bytes: Uint8Array): SniffedFormat {
  if (containsBytes(bytes, utf16('WordDocument'))) return 'doc';
  if (containsBytes(bytes, utf16('Workbook')) || containsBytes(bytes, utf16('Book'))) return 'xls';
  return 'ole';
}

/** Text that a browser would take for a page or a drawing if it were asked to guess. */
function markupFormat(bytes: Uint8Array): SniffedFormat | undefined {
  const head = ascii(bytes, 0, 1024).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (!head.startsWith('<')) return undefined;
  if (/^<(!doctype html|html|head|body|script|iframe|meta)\b/.test(head)) return 'html';
  if (/<svg[\s>]/.test(head)) return 'svg';
  return /^<\?xml/.test(head) ? 'xml' : 'html';
}

/** The format the bytes are in, or undefined for plain text and anything unrecognised. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat | undefined {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (['GIF87a', 'GIF89a'].includes(ascii(bytes, 0, 6))) return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (starts(bytes, ZIP)) return zipFormat(bytes);
  if (starts(bytes, OLE)) return oleFormat(bytes);
  if (starts(bytes, [0x1f, 0x8b])) return 'gzip';
  if (ascii(bytes, 0, 2) === 'MZ') return 'exe';
  if (starts(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'elf';
  return markupFormat(bytes);
}

/** Office macros: VBA projects in OOXML, OLE and OpenDocument files. */
export function hasMacros(bytes: Uint8Array, format: SniffedFormat | undefined): boolean {
  if (format === 'doc' || format === 'xls' || format === 'ole') return containsBytes(bytes, utf16('_VBA_PROJECT'));
  if (format === 'docx' || format === 'xlsx' || format === 'pptx' || format === 'odt' || format === 'ods') {
    return (zipEntryNames(bytes) ?? []).some((name) => /vbaProject\.bin$|^Basic\/|^Scripts\//i.test(name));
  }
  return false;
}

/**
 * Markup that makes a file a polyglot: an image or document that is also a web page or a script
 * (an HTML page behind PNG bytes, a GIF that is also JavaScript). Genuine files of the allowed
 * kinds never carry these words uncompressed.
 */
export function embeddedMarkup(bytes: Uint8Array): string | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').toLowerCase();
  return ['<script', '<html', '<!doctype html', '<iframe', '<body', 'javascript:'].find((word) => text.includes(word));
}

/** Plain text: no NUL bytes or control characters other than tab, line breaks and form feed. */
export function isPlainText(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c) &&
    markupFormat(bytes) === undefined;
}
