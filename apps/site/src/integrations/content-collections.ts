import {
  InstructionSchema,
  OfferingSchema,
  PracticeSchema,
  ProgramSchema,
  RegulationSchema,
  SiteSchema,
  type CollectionName,
} from '@stazhirovka/schema';
import { defineCollection } from 'astro/content/config';
import { contentLoader } from './content-loader.ts';

// Schemas come from packages/schema, the single source of truth; nothing is restated here. The
// loader checks each `<content>/<collection>/*.mdx` with them (the rules of `validate`) and renders
// its body once, cached by content hash; `validate` reports any other file.
const files = (name: CollectionName) => contentLoader(name);

/** The site's collections, which src/content.config.ts hands to Astro. */
export const collections = {
  regulations: defineCollection({ loader: files('regulations'), schema: RegulationSchema }),
  instructions: defineCollection({ loader: files('instructions'), schema: InstructionSchema }),
  sites: defineCollection({ loader: files('sites'), schema: SiteSchema }),
  programs: defineCollection({ loader: files('programs'), schema: ProgramSchema }),
  offerings: defineCollection({ loader: files('offerings'), schema: OfferingSchema }),
  practices: defineCollection({ loader: files('practices'), schema: PracticeSchema }),
};
