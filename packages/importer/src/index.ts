/**
 * The importer's core: pure functions from a source (text or Word bytes) to typed entries. No
 * file system and no Node built-ins here, so the admin can run the same code in the browser;
 * reading files, detecting encodings and writing live in `cli/`.
 */
export type { Group, Line } from './blocks.ts';
export { readDocx, DocxReadError } from './read-docx.ts';
export { readText } from './read-text.ts';
export { decodeText, looksBinary, looksLikeZip, type TextEncoding } from './decode-text.ts';
export { findDates, type FoundDate } from './russian-date.ts';
export {
  importSource,
  NotADocumentError,
  type Anomaly,
  type HumanTask,
  type ImportedDocument,
  type ImportOptions,
  type OutlineNode,
  type Reference,
  type RequisitesReport,
} from './import-source.ts';
