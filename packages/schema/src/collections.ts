import type { z } from 'zod';
import { COLLECTION_NAMING, type CollectionName, type CollectionNames } from './collection-names.ts';
import { InstructionSchema } from './instruction.ts';
import { OfferingSchema } from './offering.ts';
import { PracticeSchema } from './practice.ts';
import { ProgramSchema } from './program.ts';
import { RegulationSchema } from './regulation.ts';
import { SiteSchema } from './site.ts';

export interface CollectionDefinition extends CollectionNames {
  schema: z.ZodObject;
}

/** Every content type; `content/<name>/<slug>.mdx` holds its entries, `/<name>/<slug>/` shows them. */
export const COLLECTIONS = {
  regulations: { ...COLLECTION_NAMING.regulations, schema: RegulationSchema },
  instructions: { ...COLLECTION_NAMING.instructions, schema: InstructionSchema },
  sites: { ...COLLECTION_NAMING.sites, schema: SiteSchema },
  programs: { ...COLLECTION_NAMING.programs, schema: ProgramSchema },
  offerings: { ...COLLECTION_NAMING.offerings, schema: OfferingSchema },
  practices: { ...COLLECTION_NAMING.practices, schema: PracticeSchema },
} as const satisfies Record<CollectionName, CollectionDefinition>;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Collections whose bodies are numbered legal text (see `CollectionNames.legalText`). */
export const isLegalText = (collection: string): boolean =>
  COLLECTION_NAMES.some((name) => name === collection && COLLECTIONS[name].legalText);
