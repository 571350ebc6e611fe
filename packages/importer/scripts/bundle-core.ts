import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), '../src/index.ts');

/**
 * Bundles the importer's core for the browser (browser builds of its libraries, no Node
 * built-ins), as the admin will. Returns the ES module's code and the warnings the bundler gave,
 * so a test can prove the same code runs in a browser.
 */
export async function bundleCore(): Promise<{ code: string; warnings: string[] }> {
  const warnings: string[] = [];
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: ENTRY, formats: ['es'], fileName: 'importer' },
      rolldownOptions: { onwarn: (warning) => void warnings.push(warning.message) },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the bundle has no code');
  return { code: chunk.code, warnings };
}
