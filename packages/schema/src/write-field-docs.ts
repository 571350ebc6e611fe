#!/usr/bin/env node
/** Writes docs/fields.md from the schema (see field-reference.ts). */
import { writeFileSync } from 'node:fs';
import { COLLECTION_NAMES, COLLECTIONS } from './collections.ts';
import { fieldReference } from './field-reference.ts';
import { FIELD_REFERENCE_FILE } from './field-reference-file.ts';

writeFileSync(FIELD_REFERENCE_FILE, fieldReference(COLLECTION_NAMES.map((name) => ({ name, ...COLLECTIONS[name] }))));
console.log(`wrote ${FIELD_REFERENCE_FILE}`);
