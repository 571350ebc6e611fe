import {
  InstructionSchema,
  PracticeSchema,
  ProgramSchema,
  RegulationSchema,
  SiteSchema,
  type CollectionName,
} from '@stazhirovka/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Schemas come from packages/schema, the single source of truth; nothing is restated here.
const CONTENT_ROOT = new URL('../../../content/', import.meta.url);
const files = (name: CollectionName) => glob({ pattern: '*.{md,mdx}', base: new URL(`${name}/`, CONTENT_ROOT) });

export const collections = {
  regulations: defineCollection({ loader: files('regulations'), schema: RegulationSchema }),
  instructions: defineCollection({ loader: files('instructions'), schema: InstructionSchema }),
  sites: defineCollection({ loader: files('sites'), schema: SiteSchema }),
  programs: defineCollection({ loader: files('programs'), schema: ProgramSchema }),
  practices: defineCollection({ loader: files('practices'), schema: PracticeSchema }),
};
