#!/usr/bin/env node
// `pnpm validate`: checks every content file and exits non-zero on any error. Never writes.
import { resolve } from 'node:path';
import { REPO_ROOT, validateRepository } from './index.ts';

const root = process.argv[2] ? resolve(process.argv[2]) : REPO_ROOT;
const contentDir = process.argv[3] ? resolve(process.argv[3]) : undefined;
const result = validateRepository(root, contentDir);
console.log(result.report);
process.exitCode = result.errors.length > 0 ? 1 : 0;
