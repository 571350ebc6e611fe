import { DOMParser } from '@xmldom/xmldom';

/**
 * Parses XML strictly: a warning, an error or a fatal error throws, so a malformed feed or
 * sitemap fails the test instead of parsing into half a document.
 */
export function parseXml(text: string): Document {
  const fail = (message: string) => {
    throw new Error(`XML: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml') as unknown as Document;
}

/** The text of each element named `tag` (namespace-blind, by local name). */
export const textsOf = (root: Document | Element, tag: string): string[] =>
  Array.from(root.getElementsByTagName(tag)).map((element) => element.textContent ?? '');
