import { z } from 'zod';
import { COLLECTION_NAMING, type CollectionName } from './collection-names.ts';
import { PARTIAL_DATE_PATTERN, parsePartialDate } from './dates.ts';

export type { CollectionName };

/**
 * What a field is, declared by the builder that makes it, so that the CMS form, the reader's
 * presentation and the docs never guess it from the zod type or from sample values:
 * - `text`: one line; `long-text`: a paragraph; `link`: an address of a material; `email`: an
 *   e-mail address (a «написать» link for readers);
 * - `partial-date`: a date some parts of which may be unknown; `period`: from/to partial dates;
 * - `reference` / `references`: the slug(s) of entries of `ref`;
 * - `choice`: one of `options` (value → Russian label);
 * - `lines`: a list of lines; `records`: a list of objects; `alternatives`: a list whose items
 *   are one of several objects;
 * - `object`: a group of fields; `boolean`; `number` (whole).
 */
export type FieldKind =
  | 'text'
  | 'long-text'
  | 'link'
  | 'email'
  | 'partial-date'
  | 'period'
  | 'reference'
  | 'references'
  | 'choice'
  | 'lines'
  | 'records'
  | 'alternatives'
  | 'object'
  | 'boolean'
  | 'number';

/** The words of a field: what the form, the error messages, the docs and the reader see. */
export interface FieldWords {
  /** Russian label shown in forms, error messages and, unless `readerLabel` says otherwise, on the site. */
  title: string;
  /** One line telling a methodologist what to put here. */
  description: string;
  /**
   * What a reader sees where it must differ from the form label: the badge of a sample case, the
   * text of a link («Скачать оригинал»).
   */
  readerLabel?: string;
  /** On the page of the entry a reference points to, the label of the other side («Утверждает»). */
  inverseLabel?: string;
  /**
   * A list: its item as counted — for 1, 2 and 5 items («шаг», «шага», «шагов») — so a count
   * agrees with its number («3 шага»). Without it a count is shown as «Шаги: 3».
   */
  counted?: readonly [one: string, few: string, many: string];
}

/** Everything a field declares besides its zod type; stored in zod's global registry. */
export interface FieldMeta extends FieldWords {
  kind: FieldKind;
  /** Collection a `reference(s)` field points to. */
  ref?: CollectionName;
  /** Russian labels of `choice` values, in display order. */
  options?: Record<string, string>;
  /** How to fix a value that does not fit the field's pattern; the CMS shows it under the field. */
  fix?: string;
}

/** Slugs are transliterated Latin: lowercase letters, digits, single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_FIX = 'укажите имя файла записи латиницей без расширения, например «omsk-polozhenie-msp»';

/** Every text field is trimmed and must not be empty: a value of spaces alone is empty. */
export const NOT_BLANK_PATTERN = /\S/;
export const NOT_BLANK_FIX = 'заполните поле: одни пробелы не считаются';

export { PARTIAL_DATE_PATTERN };
export const PARTIAL_DATE_FIX = 'укажите ГГГГ-ММ-ДД; неизвестную часть замените на ??, например 2021-??-14 или 2021';

/** A material is an address on the web or a file on this site. */
export const LINK_PATTERN = /^(https?:\/\/|\/)/;
export const LINK_FIX = 'ссылка должна начинаться с https://, http:// или / (файл на сайте)';

/** An e-mail address: something, one «@», a domain with a dot; no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const EMAIL_FIX = 'укажите адрес электронной почты целиком, например «metodist@school.ru»';

/** A local date and time: `2026-12-10 10:00`, in the time zone of the region where it happens. */
export const DATE_TIME_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d$/;
export const DATE_TIME_FIX = 'укажите дату и местное время в виде ГГГГ-ММ-ДД ЧЧ:ММ, например 2026-12-10 10:00';

/** A phone number as people write it: digits, spaces, +, brackets, hyphens, at least 5 digits. */
export const PHONE_PATTERN = /^\+?[\d\s()-]{5,}$/;
export const PHONE_FIX = 'укажите номер цифрами, например +7 (3812) 00-00-00';

/** Attaches the declaration to a schema (zod's global registry), returning the same type. */
function declare<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta }) as T;
}

/** Reads the field metadata of a schema, looking through optional/default/nullable wrappers. */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  const own = z.globalRegistry.get(schema) as FieldMeta | undefined;
  if (own?.kind) return own;
  const inner = unwrapOnce(schema);
  return inner ? metaOf(inner) : undefined;
}

/** One level of wrapper removal: optional, nullable, default, preprocess pipes. */
function unwrapOnce(schema: z.ZodType): z.ZodType | undefined {
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

/** A non-empty line of text, without a declaration: the items of `lines`. */
const nonBlank = () => z.string().trim().min(1);

/** One line of text. */
export const text = (words: FieldWords) => declare(nonBlank(), { ...words, kind: 'text', fix: NOT_BLANK_FIX });

/** A paragraph (a problem, results): a multi-line box in the form. */
export const longText = (words: FieldWords) => declare(nonBlank(), { ...words, kind: 'long-text', fix: NOT_BLANK_FIX });

/** The address of a material: `https://…` or a file on this site (`/media/…`). */
export const link = (words: FieldWords) =>
  declare(z.string().trim().regex(LINK_PATTERN, { message: LINK_FIX }), { ...words, kind: 'link', fix: LINK_FIX });

/** An e-mail address; readers get a link that opens their mail program. */
export const email = (words: FieldWords) =>
  declare(z.string().trim().regex(EMAIL_PATTERN, { message: EMAIL_FIX }), { ...words, kind: 'email', fix: EMAIL_FIX });

/** A whole number within bounds. */
export const integer = (words: FieldWords, bounds: { min: number; max?: number }) => {
  const number = z.number().int().min(bounds.min);
  return declare(bounds.max === undefined ? number : number.max(bounds.max), { ...words, kind: 'number' });
};

/** One line that must match a pattern (a date and time, an e-mail, a phone): a text field with its own fix. */
function patterned(words: FieldWords, pattern: RegExp, fix: string) {
  return declare(z.preprocess(dateTimeToText, z.string().trim().regex(pattern, { message: `не подходит: ${fix}` })), { ...words, kind: 'text', fix });
}

/** A local date and time «ГГГГ-ММ-ДД ЧЧ:ММ» (see {@link DATE_TIME_PATTERN}). */
export const dateTime = (words: FieldWords) => patterned(words, DATE_TIME_PATTERN, DATE_TIME_FIX);

/** A phone number. */
export const phone = (words: FieldWords) => patterned(words, PHONE_PATTERN, PHONE_FIX);

/** A yes/no mark, «no» when left out. */
export const flag = (words: FieldWords) => declare(z.boolean().default(false), { ...words, kind: 'boolean' });

/** A yes/no answer that must be given. */
export const yesNo = (words: FieldWords) => declare(z.boolean(), { ...words, kind: 'boolean' });

/**
 * A reference to another entry by its slug (its file name without extension). Unless told
 * otherwise it is labelled with the singular name of the collection: «Площадка», «Документ».
 */
export function ref(collection: CollectionName, words: Omit<FieldWords, 'title'> & { title?: string }) {
  return declare(z.string().regex(SLUG_PATTERN, { message: `это не slug; ${SLUG_FIX}` }), {
    title: COLLECTION_NAMING[collection].labelSingular,
    ...words,
    kind: 'reference',
    ref: collection,
  });
}

/** A list of references to entries of one collection. */
export function refs(collection: CollectionName, words: FieldWords) {
  return declare(z.array(ref(collection, { description: words.description })), { ...words, kind: 'references', ref: collection });
}

/** An enum whose values carry Russian labels; the labels become the CMS select options. */
export function choice<const T extends Record<string, string>>(options: T, words: FieldWords) {
  const values = Object.keys(options) as [keyof T & string, ...(keyof T & string)[]];
  return declare(z.enum(values), { ...words, kind: 'choice', options });
}

/** A list of lines, e.g. goals «по одной в строке»; `min: 1` makes at least one line required. */
export function lines(words: FieldWords, { min = 0 } = {}) {
  return declare(min > 0 ? z.array(nonBlank()).min(min) : z.array(nonBlank()), { ...words, kind: 'lines' });
}

/** A group of fields. Keys the schema does not know are errors, not silently dropped. */
export function group<S extends z.ZodRawShape>(shape: S, words: FieldWords) {
  return declare(z.strictObject(shape), { ...words, kind: 'object' });
}

/** A list of records of the same fields (authors, appendices). */
export function records<S extends z.ZodRawShape>(shape: S, words: FieldWords, { min = 0 } = {}) {
  const list = z.array(z.strictObject(shape));
  return declare(min > 0 ? list.min(min) : list, { ...words, kind: 'records' });
}

/** A list whose items are each one of several records (a document of the site or an external act). */
export function alternatives<const A extends readonly [z.ZodObject, z.ZodObject, ...z.ZodObject[]]>(options: A, words: FieldWords) {
  return declare(z.array(z.union(options)), { ...words, kind: 'alternatives' });
}

/** YAML parsers differ: js-yaml (Astro) turns an unquoted date into a Date, `yaml` keeps a string. */
function dateToIso(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/** A YAML timestamp with seconds becomes a Date in js-yaml; a date and time is kept as written text. */
function dateTimeToText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 16).replace('T', ' ') : value;
}

/**
 * A date of which some parts may be unknown in the source (the Omsk «14 _____ 2021» has no month):
 * `2021`, `2021-03`, `2021-03-11`, or `??` for an unknown month or day, e.g. `2021-??-14`.
 */
export function partialDate(words: FieldWords) {
  return declare(
    z.preprocess(
      dateToIso,
      z
        .string({ message: `ожидается дата; ${PARTIAL_DATE_FIX}` })
        .regex(PARTIAL_DATE_PATTERN, { message: `не дата; ${PARTIAL_DATE_FIX}` })
        .refine((value) => parsePartialDate(value) !== 'impossible', { message: `такой даты нет; ${PARTIAL_DATE_FIX}` }),
    ),
    { ...words, kind: 'partial-date', fix: PARTIAL_DATE_FIX },
  );
}

/** A period with either end possibly unknown or open. */
export function period(words: FieldWords) {
  return declare(
    z.strictObject({
      from: partialDate({ title: 'Начало', description: 'Дата начала; неизвестные части — ??' }).optional(),
      to: partialDate({ title: 'Окончание', description: 'Дата окончания; пусто — бессрочно' }).optional(),
    }),
    { ...words, kind: 'period' },
  );
}
