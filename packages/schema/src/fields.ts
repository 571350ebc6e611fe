import { z } from 'zod';
import { isRealDate, parsePartialDate } from './dates.ts';

/** Names of the content collections; references point at one of them. */
export type CollectionName = 'regulations' | 'instructions' | 'sites' | 'programs' | 'practices';

/**
 * What every field carries besides its type: the Russian label and a one-line hint. The site, the
 * CMS form and the error messages all read them from here, so a field is described exactly once.
 */
export interface FieldMeta {
  /** Russian label shown in forms and error messages. */
  title: string;
  /** One line telling a methodologist what to put here. */
  description: string;
  /** Collection a slug reference points to. */
  ref?: CollectionName;
  /** Russian labels of enum values, in display order. */
  options?: Record<string, string>;
  /** Editing hint for the CMS where the zod type alone is ambiguous. */
  widget?: 'text' | 'markdown';
  /** Example value, shown in error messages as a fix. */
  example?: string;
}

/** Attaches label and hint to a schema (zod's global registry), returning the same type. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta }) as T;
}

/** Reads the field metadata of a schema, looking through optional/default/nullable wrappers. */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  const own = z.globalRegistry.get(schema) as FieldMeta | undefined;
  if (own?.title) return own;
  const inner = unwrapOnce(schema);
  return inner ? metaOf(inner) : undefined;
}

/** One level of wrapper removal: optional, nullable, default, preprocess pipes. */
export function unwrapOnce(schema: z.ZodType): z.ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return schema.unwrap() as z.ZodType;
  }
  if (schema instanceof z.ZodDefault) return schema.removeDefault() as z.ZodType;
  if (schema instanceof z.ZodPipe) return schema.out as z.ZodType;
  return undefined;
}

/** Strips every wrapper, leaving the structural type (object, array, string, enum…). */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let inner = unwrapOnce(current); inner; inner = unwrapOnce(current)) current = inner;
  return current;
}

/** True when the field may be left out of the frontmatter. */
export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** Slugs are transliterated Latin: lowercase letters, digits, single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A non-empty line of text. */
export const text = () => z.string().trim().min(1);

/** A reference to another entry by its slug (its file name without extension). */
export function ref(collection: CollectionName, meta: Omit<FieldMeta, 'ref'>) {
  return field(
    z.string().regex(SLUG_PATTERN, {
      message: 'это не slug; укажите имя файла записи латиницей без расширения, например «omsk-polozhenie-msp»',
    }),
    { ...meta, ref: collection },
  );
}

/** An enum whose values carry Russian labels; the labels become the CMS select options. */
export function choice<const T extends Record<string, string>>(options: T, meta: Omit<FieldMeta, 'options'>) {
  const values = Object.keys(options) as [keyof T & string, ...(keyof T & string)[]];
  return field(z.enum(values), { ...meta, options });
}

/** YAML parsers differ: js-yaml (Astro) turns an unquoted date into a Date, `yaml` keeps a string. */
function dateToIso(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

const DATE_FIX = 'укажите дату в виде ГГГГ-ММ-ДД, например 2021-03-11';

/** A complete calendar date, stored as `YYYY-MM-DD`. */
export function date(meta: FieldMeta) {
  return field(
    z.preprocess(
      dateToIso,
      z
        .string({ message: `ожидается дата; ${DATE_FIX}` })
        .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `не дата; ${DATE_FIX}` })
        .refine(isRealDate, { message: `такой даты нет; ${DATE_FIX}` }),
    ),
    meta,
  );
}

/**
 * A date of which some parts may be unknown in the source (the Omsk «14 _____ 2021» has no month):
 * `2021`, `2021-03`, `2021-03-11`, or `??` for an unknown month or day, e.g. `2021-??-14`.
 */
export function partialDate(meta: FieldMeta) {
  const fix = 'укажите ГГГГ-ММ-ДД; неизвестную часть замените на ??, например 2021-??-14 или 2021';
  return field(
    z.preprocess(
      dateToIso,
      z
        .string({ message: `ожидается дата; ${fix}` })
        .refine((value) => parsePartialDate(value) !== 'malformed', { message: `не дата; ${fix}` })
        .refine((value) => parsePartialDate(value) !== 'impossible', { message: `такой даты нет; ${fix}` }),
    ),
    meta,
  );
}

/** A period with either end possibly unknown or open. */
export function period(meta: FieldMeta) {
  return field(
    z.strictObject({
      from: partialDate({ title: 'Начало', description: 'Дата начала; неизвестные части — ??' }).optional(),
      to: partialDate({ title: 'Окончание', description: 'Дата окончания; пусто — бессрочно' }).optional(),
    }),
    meta,
  );
}
