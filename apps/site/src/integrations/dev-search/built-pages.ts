import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARDS_DIR } from '../../lib/search/search-bundle.ts';

/** What pagefind.js checks before reading a fragment (its `decompress`): the bundle's signature. */
const SIGNATURE = 'pagefind_dcd';
const FRAGMENT = '.pf_fragment';

/** A fragment file's JSON: one page's record, or a group of records by page id. */
type Fragment = { url?: unknown } | Record<string, { url?: unknown }>;

function decode(bytes: Buffer): Fragment | undefined {
  const plain = bytes.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? bytes : gunzipSync(bytes);
  if (plain.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) return undefined;
  return JSON.parse(plain.subarray(SIGNATURE.length).toString('utf8')) as Fragment;
}

/**
 * URL → Pagefind page id of every page in a built bundle (`dist/pagefind/` and its shards, see
 * ../search/shards.ts), read from its fragment files, in the format pagefind.js reads them: the id
 * is the fragment's file name, or its key in a fragment group. Search results carry only this id
 * until their data is loaded, so the dev search page needs it to hide a page's stale record
 * without loading every result. A file in another format is skipped: its page's stale record then
 * stays visible in dev.
 */
export async function builtPageIds(bundle: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const shards = join(bundle, SHARDS_DIR);
  const bundles = [bundle, ...(existsSync(shards) ? (await readdir(shards)).map((name) => join(shards, name)) : [])];
  for (const folder of bundles) await readFragments(join(folder, 'fragment'), ids);
  return ids;
}

async function readFragments(folder: string, ids: Map<string, string>): Promise<void> {
  if (!existsSync(folder)) return;
  for (const name of await readdir(folder)) {
    if (!name.endsWith(FRAGMENT)) continue;
    let fragment: Fragment | undefined;
    try {
      fragment = decode(await readFile(join(folder, name)));
    } catch {
      continue;
    }
    if (!fragment) continue;
    if (typeof fragment.url === 'string') ids.set(fragment.url, basename(name, FRAGMENT));
    else for (const [id, page] of Object.entries(fragment as Record<string, { url?: unknown }>)) if (typeof page?.url === 'string') ids.set(page.url, id);
  }
}
