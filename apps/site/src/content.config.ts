import {
  InstructionSchema,
  OfferingSchema,
  PracticeSchema,
  ProgramSchema,
  RegulationSchema,
  SiteSchema,
  type CollectionName,
} from '@stazhirovka/schema';
import { contentDirectory } from '@stazhirovka/schema/validate';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Schemas come from packages/schema, the single source of truth; nothing is restated here.
// Only `.mdx` is published (a `.md` file would pass raw HTML through); `validate` reports any other file.
const CONTENT_ROOT = contentDirectory();
const files = (name: CollectionName) => glob({ pattern: '*.mdx', base: `${CONTENT_ROOT}/${name}` });

export const collections = {
  regulations: defineCollection({ loader: files('regulations'), schema: RegulationSchema }),
  instructions: defineCollection({ loader: files('instructions'), schema: InstructionSchema }),
  sites: defineCollection({ loader: files('sites'), schema: SiteSchema }),
  programs: defineCollection({ loader: files('programs'), schema: ProgramSchema }),
  offerings: defineCollection({ loader: files('offerings'), schema: OfferingSchema }),
  practices: defineCollection({ loader: files('practices'), schema: PracticeSchema }),
};
