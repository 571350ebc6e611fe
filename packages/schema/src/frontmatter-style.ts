import { Scalar, stringify, type ToStringOptions } from 'yaml';

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
