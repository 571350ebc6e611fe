import { createRequire } from 'node:module';
import type * as Collections from './integrations/content-collections.ts';

// Astro runs this file in Vite's module runner, which would transform and run the schema package,
// the content loader and Astro's own runtime (~125 modules) a second time: astro.config.mjs has
// Node load most of them already. Nothing in the collections needs Vite, so Node hands them over
// from its own module cache instead (`astro sync` of no documents 2.0–2.3 → 0.9–1.0 s). While
// `astro dev` runs, a change to the loader or the schema needs a restart, as one to an integration does.
const { collections } = createRequire(import.meta.url)('./integrations/content-collections.ts') as typeof Collections;

export { collections };
