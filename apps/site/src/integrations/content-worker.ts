import { parentPort, workerData } from 'node:worker_threads';
import type { RawEntry } from '@stazhirovka/schema/validate';
import { checkAndRender, markdownProcessor, type RendererSettings } from './content-render.ts';

/** A file for a worker: read and hashed by the loader, which decided it needs checking and rendering. */
export interface Job {
  id: number;
  raw: RawEntry;
  path: string;
}

// A worker of the content loader's pool (content-loader.ts): checks and renders the files it is
// sent, one at a time, with the renderer astro.config.mjs uses, and answers with the outcome (the
// loader writes the bodies: one file of them per sync, see body-pack.ts).
const renderer = await markdownProcessor().createRenderer(workerData as RendererSettings);
parentPort?.on('message', async ({ id, raw, path }: Job) => {
  parentPort?.postMessage({ id, ...(await checkAndRender(raw, path, renderer)) });
});
