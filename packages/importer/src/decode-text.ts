/** The encodings Russian text files come in, as Node's and browsers' TextDecoder name them. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/**
 * Decodes a text file. UTF-8 is tried strictly first (a Windows-1251 file is almost never valid
 * UTF-8: its Cyrillic letters are lone high bytes); a byte-order mark decides UTF-16; anything else
 * is read as Windows-1251, the encoding Word's «save as text» uses on Russian Windows.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/** A .docx is a ZIP archive: it starts with «PK». */
export const looksLikeZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** Binary files (a .doc, a PDF, an image) have NUL bytes; text never does. */
export const looksBinary = (bytes: Uint8Array) => bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe);
