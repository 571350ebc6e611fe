import { fileURLToPath } from 'node:url';

/** Where the field reference is kept in the repository (Node only; not exported from the index). */
export const FIELD_REFERENCE_FILE = fileURLToPath(new URL('../../../docs/fields.md', import.meta.url));
