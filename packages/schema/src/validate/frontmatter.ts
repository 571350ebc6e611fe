import { parseDocument } from 'yaml';

/** A content file split into its parts, with the line where the body starts. */
export interface SplitFile {
  data: unknown;
  body: string;
  /** Lines before the body (frontmatter and its fences), to report body lines as file lines. */
  bodyLineOffset: number;
}

export class FrontmatterError extends Error {
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---` frontmatter from the body and parses it as YAML, with file line numbers on errors. */
export function splitFrontmatter(source: string): SplitFile {
  const match = FENCE.exec(source);
  if (!match) {
    throw new FrontmatterError(
      'нет блока полей между строками «---» в начале файла; добавьте его (см. README, «Как добавить документ»)',
      1,
    );
  }
  const document = parseDocument(match[1], { uniqueKeys: true, prettyErrors: true });
  const [first] = document.errors;
  if (first) {
    const line = first.linePos?.[0].line;
    throw new FrontmatterError(
      `поля не читаются как YAML; проверьте двоеточие после имени поля, отступы и кавычки вокруг текста с «:» или «#»`,
      line === undefined ? undefined : line + 1,
    );
  }
  return {
    data: document.toJS(),
    body: source.slice(match[0].length),
    bodyLineOffset: match[0].split('\n').length - 1,
  };
}
