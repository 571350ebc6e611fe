import { z } from 'zod';
import { metaOf, unwrap } from './fields.ts';

/** One problem found in a content file, in words a methodologist can act on. */
export interface ContentProblem {
  file: string;
  /** Dotted path of the field, e.g. `approval.date`; empty for the file as a whole. */
  path: string;
  /** Russian labels along the path, e.g. «Утверждение → Дата». */
  label: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `content/x.mdx: «Дата принятия» (adoptedAt): 2021-02-31 — такой даты нет; укажите …` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.path ? ` «${problem.label}» (${problem.path}):` : '';
  return `${problem.file}:${where} ${problem.message}`;
}

type Segment = string | number | symbol;

/** Follows an issue path through the schema, collecting each field's Russian label. */
export function labelsAlong(schema: z.ZodType, path: readonly Segment[]): string[] {
  const labels: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (typeof segment === 'number') {
      labels.push(`№ ${segment + 1}`);
      current = current && elementOf(current);
      continue;
    }
    current = current && childOf(current, String(segment));
    labels.push((current && metaOf(current)?.title) || String(segment));
  }
  return labels;
}

function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
}

function childOf(schema: z.ZodType, key: string): z.ZodType | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return inner.shape[key] as z.ZodType | undefined;
  if (inner instanceof z.ZodUnion) {
    for (const option of inner.options as z.ZodType[]) {
      const child = childOf(option, key);
      if (child) return child;
    }
  }
  return undefined;
}

/** Path `legalBasis[1].number` for humans and editors. */
export function pathToString(path: readonly Segment[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out ? `${out}.${String(segment)}` : String(segment);
  }, '');
}

function shown(value: unknown): string {
  if (value === null) return 'пусто';
  if (typeof value === 'string') return `«${value}»`;
  if (typeof value === 'object') return Array.isArray(value) ? 'список' : 'набор полей';
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'текст',
  number: 'число',
  boolean: 'да или нет (true / false)',
  array: 'список',
  object: 'набор полей',
  date: 'дата',
};

/**
 * Zod's generic issues in Russian, each ending with the fix. Messages set on the schema itself
 * (dates, slugs) take precedence over this map, so they are written once, next to the field.
 */
export const russianErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'обязательное поле не заполнено; заполните его';
      if (issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')) {
        return `ожидается текст, а указано ${shown(issue.input)}; возьмите значение в двойные кавычки: "${String(issue.input)}"`;
      }
      if (typeof issue.input === 'string' && (issue.expected === 'boolean' ? /^(true|false)$/ : /^-?\d+$/).test(issue.input) &&
        (issue.expected === 'boolean' || issue.expected === 'number')) {
        return `ожидается ${EXPECTED[issue.expected]}, а указан текст ${shown(issue.input)}; уберите кавычки: ${issue.input}`;
      }
      return `ожидается ${EXPECTED[issue.expected] ?? issue.expected}, а указано ${shown(issue.input)}; исправьте значение`;
    case 'invalid_value':
      return `значение ${shown(issue.input)} не из списка; укажите одно из: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `нужно указать хотя бы ${issue.minimum}; добавьте значение`;
      if (issue.origin === 'string') return 'поле пустое; заполните его или удалите строку, если поле необязательное';
      return `значение меньше ${issue.minimum}; исправьте его`;
    case 'too_big':
      return `значение больше ${issue.maximum}; исправьте его`;
    case 'unrecognized_keys':
      return `неизвестное поле ${issue.keys.map((k) => `«${k}»`).join(', ')}; удалите его или исправьте написание`;
    case 'invalid_union':
      return 'значение не подходит ни под один вариант; сверьте поля с описанием в README';
    default:
      return undefined;
  }
};

/** Turns a zod error on a file's frontmatter into problems with labels and fixes. */
export function problemsFromZod(file: string, schema: z.ZodType, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    const input = (issue as { input?: unknown }).input;
    const value = input !== undefined && typeof input !== 'object' && issue.code !== 'invalid_type' ? `${shown(input)} — ` : '';
    return {
      file,
      path: pathToString(path),
      label: path.length ? labelsAlong(schema, path).join(' → ') : '',
      message: `${value}${messageOf(schema, path, issue)}`,
      severity: 'error',
    };
  });
}

/** The issue's message, made concrete where the schema knows more: enum labels, allowed keys. */
function messageOf(schema: z.ZodType, path: readonly Segment[], issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `${issue.message}. Допустимые поля: ${allowedKeys(schema, path).join(', ')}.`;
  }
  const options = issue.code === 'invalid_value' ? optionsAt(schema, path) : undefined;
  if (options) {
    const list = Object.entries(options).map(([value, label]) => `${value} (${label})`).join(', ');
    return `значение не из списка; укажите одно из: ${list}.`;
  }
  return `${issue.message}.`;
}

function schemaAt(schema: z.ZodType, path: readonly Segment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = current && (typeof segment === 'number' ? elementOf(current) : childOf(current, String(segment)));
  }
  return current;
}

function optionsAt(schema: z.ZodType, path: readonly Segment[]): Record<string, string> | undefined {
  const target = schemaAt(schema, path);
  return target && metaOf(target)?.options;
}

function allowedKeys(schema: z.ZodType, path: readonly Segment[]): string[] {
  const target = schemaAt(schema, path);
  const inner = target && unwrap(target);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}
