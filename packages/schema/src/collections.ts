import type { z } from 'zod';
import type { CollectionName } from './fields.ts';
import { InstructionSchema } from './instruction.ts';
import { PracticeSchema } from './practice.ts';
import { ProgramSchema } from './program.ts';
import { RegulationSchema } from './regulation.ts';
import { SiteSchema } from './site.ts';

export interface CollectionDefinition {
  schema: z.ZodObject;
  /** Plural Russian name: navigation, index pages, CMS sidebar. */
  label: string;
  /** Singular Russian name: badges, «новый …» buttons. */
  labelSingular: string;
  /** What the body holds; shown as the body field's label. */
  bodyLabel: string;
  /** One line for index pages. */
  description: string;
}

/** Every content type; `content/<name>/<slug>.mdx` holds its entries, `/<name>/<slug>/` shows them. */
export const COLLECTIONS = {
  regulations: {
    schema: RegulationSchema,
    label: 'Документы',
    labelSingular: 'Документ',
    bodyLabel: 'Текст документа',
    description: 'Положения, распоряжения и приказы о стажировочных площадках',
  },
  instructions: {
    schema: InstructionSchema,
    label: 'Инструкции',
    labelSingular: 'Инструкция',
    bodyLabel: 'Текст инструкции',
    description: 'Должностные и функциональные инструкции сотрудников площадок',
  },
  sites: {
    schema: SiteSchema,
    label: 'Площадки',
    labelSingular: 'Площадка',
    bodyLabel: 'Описание',
    description: 'Стажировочные, базовые и инновационные площадки',
  },
  programs: {
    schema: ProgramSchema,
    label: 'Программы',
    labelSingular: 'Программа',
    bodyLabel: 'Описание',
    description: 'Программы и предложения площадок для педагогов',
  },
  practices: {
    schema: PracticeSchema,
    label: 'Практики',
    labelSingular: 'Кейс',
    bodyLabel: 'Описание кейса',
    description: 'Кейсы эффективных практик',
  },
} as const satisfies Record<CollectionName, CollectionDefinition>;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
