// `pnpm build` of the site: `astro build` into a folder beside dist/, published only when complete.
// Arguments are passed to `astro build` (`--outDir` names the folder to publish into).
import { safeBuild } from './safe-build.ts';

process.exitCode = await safeBuild(process.argv.slice(2));
