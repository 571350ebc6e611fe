import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { DIST_DIR } from './paths.ts';

/** Parses a built page by its URL path, e.g. `/regulations/x/`. */
export function readPage(urlPath: string): HTMLElement {
  const file = join(DIST_DIR, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  return parse(readFileSync(file, 'utf8'));
}

/**
 * The text a reader sees in an element, with whitespace collapsed and block/cell boundaries kept
 * as spaces (so table cells and paragraphs do not run together).
 */
export function visibleText(element: HTMLElement): string {
  return element.structuredText.replace(/\s+/g, ' ').trim();
}

/** Visible text of an element of a built page; fails loudly when the element is missing. */
export function pageText(urlPath: string, selector = 'main'): string {
  const element = readPage(urlPath).querySelector(selector);
  if (!element) throw new Error(`${urlPath} has no ${selector}`);
  return visibleText(element);
}
