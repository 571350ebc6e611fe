import { type Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, stringify, type ToStringOptions } from 'yaml';

/**
 * The one frontmatter splitter and YAML reading of the project, used by `validate`, the CMS
 * format, the importer and the site's content loader. Pure (the `yaml` package only), so the CMS
 * runs it in the browser: import it from `@stazhirovka/schema/frontmatter` or the package root.
 */

/** The frontmatter block as the file writes it: the fence lines kept, so a file can be rebuilt byte for byte. */
export interface FrontmatterBlock {
  /** The opening line with its line break, and the BOM before it if the file has one. */
  open: string;
  /** The YAML between the fences, with its final line break (empty for an empty block). */
  yaml: string;
  /** The closing line with its line break (none when the file ends there). */
  close: string;
}

/** A content file split into its parts, with the line where the body starts. */
export interface SplitFile {
  /** The fields; an empty block is no fields (`{}`), as Astro reads it. */
  data: unknown;
  /** Everything after the closing fence line, verbatim. */
  body: string;
  /** `block.open + block.yaml + block.close + body` is the file. */
  block: FrontmatterBlock;
  /** Lines before the body (frontmatter and its fences), to report body lines as file lines. */
  bodyLineOffset: number;
  /**
   * Values that are YAML but not plain data, or that Astro's YAML reader (js-yaml) would read
   * differently from this one (`yaml`): tags, anchors, unquoted dates… Each names its field.
   */
  yamlIssues: YamlIssue[];
}

/** A frontmatter value refused by the plain-data rules, at its field path. */
export interface YamlIssue {
  path: (string | number)[];
  /** Line in the file (1-based). */
  line?: number;
  message: string;
}

export class FrontmatterError extends Error {
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

const BOM = '\uFEFF';
const HOW_TO = 'см. README, «Как добавить документ»';

/**
 * Where the frontmatter block ends, cut exactly as `splitFrontmatter` cuts it but without reading
 * its YAML: a list of a thousand entries needs their blocks, and parsing each one there and again
 * in the browser doubled the work. Throws what `splitFrontmatter` throws for a missing or open block.
 */
export function cutFrontmatter(source: string): { block: FrontmatterBlock; body: string } {
  const { bom, open, found, rest, text } = fences(source);
  const bodyStart = found.index + 1 + rest[0].length;
  return { block: { open: bom + open[0], yaml: text.slice(open[0].length, found.index + 1), close: rest[0] }, body: text.slice(bodyStart) };
}

function fences(source: string) {
  const bom = source.startsWith(BOM) ? BOM : '';
  const text = source.slice(bom.length);
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) throw missingBlock(text);
  // Astro's pattern is `---([\s\S]*?\n)(---|\+\+\+)`: search from the opening line's own break.
  const close = /\n(?:---|\+\+\+)/g;
  close.lastIndex = 3;
  const found = close.exec(text);
  if (!found) throw new FrontmatterError('блок полей не закрыт: после полей нужна строка «---»; добавьте её', 1);
  const rest = /^(?:---)[ \t]*(?:\r?\n|$)/.exec(text.slice(found.index + 1));
  if (!rest) {
    throw new FrontmatterError(
      'строка, закрывающая блок полей, должна состоять только из «---»; перенесите текст после «---» на следующую строку',
      lineAt(text, found.index + 1),
    );
  }
  return { bom, open, found, rest, text };
}

/**
 * Splits `---` frontmatter from the body exactly where Astro does (`@astrojs/internal-helpers`
 * `extractFrontmatter`: the first `---` after a line break closes the block) and parses it as
 * plain-data YAML, with file line numbers on errors. A leading BOM is accepted, as Astro and
 * the MDX compiler accept it.
 */
export function splitFrontmatter(source: string): SplitFile {
  const { bom, open, found, rest, text } = fences(source);
  const yamlText = text.slice(open[0].length, found.index + 1);
  const document = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: true });
  const [first] = document.errors;
  if (first) {
    const line = first.linePos?.[0].line;
    const duplicate = first.code === 'DUPLICATE_KEY';
    throw new FrontmatterError(
      duplicate
        ? 'поле указано дважды; оставьте одно'
        : 'поля не читаются как YAML; проверьте двоеточие после имени поля, отступы и кавычки вокруг текста с «:» или «#»',
      line === undefined ? undefined : line + 1,
    );
  }
  const bodyStart = found.index + 1 + rest[0].length;
  const yamlIssues = plainDataIssues(document, (offset) => lineAt(yamlText, offset) + 1);
  return {
    data: document.contents === null ? {} : dataOf(document, yamlIssues),
    body: text.slice(bodyStart),
    block: { open: bom + open[0], yaml: yamlText, close: rest[0] },
    bodyLineOffset: text.slice(0, bodyStart).split('\n').length - 1,
    yamlIssues,
  };
}

/** The data, or nothing when aliases would have to be expanded (they are refused anyway). */
function dataOf(document: Document, issues: YamlIssue[]): unknown {
  try {
    return document.toJS();
  } catch (error) {
    if (issues.length > 0) return undefined;
    throw error;
  }
}

/** Why a file has no frontmatter block where one is expected, as precisely as can be told. */
function missingBlock(text: string): FrontmatterError {
  if (text.trim() === '') return new FrontmatterError('файл пустой; заполните его по образцу или удалите', 1);
  if (/^\s*\n---/.test(text)) {
    return new FrontmatterError('перед первой строкой «---» не должно быть пустых строк или пробелов; удалите их', 1);
  }
  if (text.startsWith('+++')) {
    return new FrontmatterError('поля пишутся в YAML между строками «---», а не в TOML между «+++»; перепишите блок полей', 1);
  }
  if (text.startsWith('---') && !text.includes('\n')) {
    return new FrontmatterError('строки разделены только символом CR; сохраните файл с переводами строк LF (Unix) или CRLF', 1);
  }
  return new FrontmatterError(`нет блока полей между строками «---» в начале файла; добавьте его (${HOW_TO})`, 1);
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// Unquoted values both YAML readers take the same way: booleans and whole numbers. Anything else
// unquoted is where they part: js-yaml (Astro) reads `2021-03-11` as a Date, `yaml` as text.
const PLAIN_VALUE = /^(?:true|false|-?(?:0|[1-9][0-9]{0,14}))$/;
const QUOTE_FIX = 'возьмите значение в двойные кавычки';

type Path = (string | number)[];
type Add = (path: Path, node: { range?: [number, number, number] | null }, message: string) => void;

/**
 * Frontmatter is plain data: maps with word keys, lists, quoted text, true/false and whole
 * numbers. No tags (`!!js/function`, `!foo`), anchors, aliases or merge keys (`<<`): each is
 * either code-like or read differently by Astro's YAML reader than by this one.
 */
function plainDataIssues(document: Document, lineOf: (offset: number) => number): YamlIssue[] {
  const issues: YamlIssue[] = [];
  const add: Add = (path, node, message) =>
    issues.push({ path, line: node.range ? lineOf(node.range[0]) : undefined, message });
  const walk = (node: unknown, path: Path): void => {
    if (isAlias(node)) return add(path, node, `ссылка *${node.source} на другое значение не допускается; впишите значение полностью`);
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return;
    if (node.tag) return add(path, node, `тег ${shortTag(node.tag)} не допускается: поля — простые данные; удалите тег и ${QUOTE_FIX}`);
    if (node.anchor) return add(path, node, `метка &${node.anchor} не допускается; удалите её`);
    if (isScalar(node)) return valueIssue(node, path, add);
    if (isSeq(node)) return node.items.forEach((item, i) => walk(item, [...path, i]));
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = keyOf(pair.key);
      if (key === undefined) {
        add(path, pair.key as Scalar, 'имя поля должно быть словом латиницей, например title, без кавычек и знаков; исправьте строку');
      } else if (key === '<<') {
        add(path, pair.key as Scalar, 'слияние «<<» не допускается: Astro прочёл бы его иначе, чем проверка; впишите поля явно');
      } else {
        walk(pair.value, [...path, key]);
      }
    }
  };
  walk(document.contents, []);
  return issues;
}

/** A key as text: a word, plain or quoted, with no tag or anchor; otherwise undefined. */
function keyOf(key: unknown): string | undefined {
  if (!isScalar(key) || key.tag || key.anchor || typeof key.value !== 'string') return undefined;
  // Unquoted keys such as `2021-03-11` or `1` are not text to js-yaml.
  if (key.type === 'PLAIN' && !/^(?:[A-Za-z_][A-Za-z0-9_]*|<<)$/.test(key.value)) return undefined;
  return key.value;
}

function valueIssue(node: Scalar, path: Path, add: Add): void {
  if (node.type !== 'PLAIN') return;
  const source = node.source ?? '';
  // `field:` with nothing after it is empty to both readers; the schema says what it expects.
  if (source === '' || PLAIN_VALUE.test(source)) return;
  if (source === '~' || source.toLowerCase() === 'null') {
    return add(path, node, `«${source}» означает «пусто»; удалите строку, если поле не нужно, или ${QUOTE_FIX}`);
  }
  const quoted = `"${source.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const differently = `значение ${source} без кавычек неоднозначно`;
  if (/^[-+]?[0-9._]/.test(source) && typeof node.value === 'number') {
    return add(path, node, `${differently}: если это число, напишите его цифрами без ведущих нулей, точек и знаков, например 3; если текст — ${QUOTE_FIX}: ${quoted}`);
  }
  if (/^(?:y|n|yes|no|on|off|true|false)$/i.test(source)) {
    return add(path, node, `${differently}: если это да или нет, напишите true или false строчными буквами; если текст — ${QUOTE_FIX}: ${quoted}`);
  }
  add(path, node, `${differently}: Astro может прочесть его не как текст (например, как дату); ${QUOTE_FIX}: ${quoted}`);
}

/** `!!binary` as written, not `tag:yaml.org,2002:binary`. */
function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

/**
 * The house style of frontmatter (content/README.md): every string in double quotes, block lists
 * indented under their key, no line folding (long legal titles stay on one line). Whatever writes
 * a new content file (the importer, the CMS) writes it this way.
 */
export const FRONTMATTER_STYLE: ToStringOptions = {
  defaultStringType: Scalar.QUOTE_DOUBLE,
  defaultKeyType: Scalar.PLAIN,
  lineWidth: 0,
  indentSeq: true,
};

/** Frontmatter for a new file, from data already in the schema's key order. */
export function stringifyFrontmatter(data: unknown): string {
  return stringify(data, FRONTMATTER_STYLE);
}

/** A new file: its fields in the house style between `---` lines, then the body as given. */
export function frontmatterFile(data: unknown, body: string): string {
  return joinFrontmatter({ open: '---\n', yaml: stringifyFrontmatter(data), close: '---\n' }, body);
}

/** A file from its block and body: what `splitFrontmatter` read, or the block with other YAML. */
export function joinFrontmatter(block: FrontmatterBlock, body: string): string {
  const close = body && !block.close.endsWith('\n') ? `${block.close}\n` : block.close;
  return `${block.open}${block.yaml}${close}${body}`;
}
