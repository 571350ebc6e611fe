import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One hash of every file under `dir` (names and bytes), for turbo: it hashes only the inputs a
 * task declares, and a content folder outside the repository is not one of them. Reading the files
 * is cheap beside a build (10 000 documents, ~60 MB: well under a second); their modification
 * times would be cheaper still but change on every checkout and miss an edit within one tick.
 */
export function contentHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string, prefix: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // A content folder kept as its own repository: its history is not content.
      if (entry.name === '.git') continue;
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else if (entry.isFile()) hash.update(`${path}\0`).update(readFileSync(join(folder, entry.name))).update('\0');
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}
