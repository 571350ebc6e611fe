import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The package's main entry is bundled into the CMS, which runs in a browser: nothing it reaches
 * may import a Node built-in (Vite would stub it and the admin would fail to start).
 */
const ENTRY = join(import.meta.dirname, '../src/index.ts');
/** Sätteri is a native addon: `validate` parses with it (src/validate/native-mdx.ts), the CMS cannot. */
const NATIVE_ONLY = 'satteri';
const IMPORT = /^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm;

function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, target] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    if (target.startsWith('.')) reachable(join(dirname(file), target), seen);
  }
  return seen;
}

describe('the schema package in the browser', () => {
  it('imports no Node built-in and no native addon from its main entry', () => {
    const files = [...reachable(ENTRY)];
    expect(files.length).toBeGreaterThan(20);
    const nodeImports = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)].filter(([, target]) => target.startsWith('node:') || target === NATIVE_ONLY).map(([, target]) => `${file}: ${target}`),
    );
    expect(nodeImports).toEqual([]);
  });
});
