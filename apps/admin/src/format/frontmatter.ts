import { FRONTMATTER_STYLE, stringifyFrontmatter } from '@stazhirovka/schema';
import { isMap, isSeq, parseDocument, Scalar, type Document, type YAMLMap } from 'yaml';
import { sameData } from './form-data.ts';

/**
 * Frontmatter for an edited file: the original text with only the changed values replaced, so
 * the key order, quoting and layout the file had (importer's or a person's) stay as they were
 * and a diff shows exactly what was edited. New keys go where the schema's order puts them.
 */
export function patchFrontmatter(original: string, data: Record<string, unknown>): string {
  const doc = parseDocument(original);
  if (!isMap(doc.contents)) return stringifyFrontmatter(data);
  patchMap(doc, doc.contents, data);
  return doc.toString(FRONTMATTER_STYLE);
}

function patchMap(doc: Document, map: YAMLMap, data: Record<string, unknown>): void {
  const keys = Object.keys(data);
  map.items = map.items.filter((pair) => keys.includes(String(keyOf(pair.key))));
  keys.forEach((key, index) => {
    const value = data[key];
    const pair = map.items.find((p) => String(keyOf(p.key)) === key);
    if (!pair) {
      const before = keys.slice(0, index).reverse().find((k) => map.items.some((p) => String(keyOf(p.key)) === k));
      const at = before === undefined ? 0 : map.items.findIndex((p) => String(keyOf(p.key)) === before) + 1;
      map.items.splice(at, 0, doc.createPair(key, value));
      return;
    }
    pair.value = patchNode(doc, pair.value, value);
  });
}

/** Keeps a node whose value did not change; descends into maps and same-length lists. */
function patchNode(doc: Document, node: unknown, value: unknown): unknown {
  const current = node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
  if (sameData(current, value)) return node;
  if (isMap(node) && isRecord(value)) {
    patchMap(doc, node, value);
    return node;
  }
  if (isSeq(node) && Array.isArray(value) && node.items.length === value.length) {
    node.items = node.items.map((item, i) => patchNode(doc, item, value[i]));
    return node;
  }
  return doc.createNode(value);
}

function keyOf(key: unknown): unknown {
  return key instanceof Scalar ? key.value : key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
