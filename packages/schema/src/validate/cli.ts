#!/usr/bin/env node
// `pnpm validate`: checks every content file and exits non-zero on any error. Never writes.
import { resolve } from 'node:path';
import { REPO_ROOT, validateRepository } from './index.ts';

try {
  const root = process.argv[2] ? resolve(process.argv[2]) : REPO_ROOT;
  const contentDir = process.argv[3] ? resolve(process.argv[3]) : undefined;
  const result = validateRepository(root, contentDir);
  console.log(result.report);
  process.exitCode = result.errors.length > 0 ? 1 : 0;
} catch (error) {
  // Each file is checked on its own and a failure names it; this is the last resort (an
  // unreadable content folder, a bug outside the per-file checks): a sentence, not a stack.
  const reason = error instanceof Error ? error.message : String(error);
  console.log(`✖ Проверка не выполнена: ${reason.split('\n')[0]}. Сообщите разработчикам; сайт с таким содержимым не собирается.`);
  process.exitCode = 1;
}
