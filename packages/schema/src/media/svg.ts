import { createRequire } from 'node:module';
import type { DOMPurify as Purifier, WindowLike } from 'dompurify';
import type { JSDOM as JsdomClass } from 'jsdom';

// An SVG is a document that can run script when opened on its own (`/media/x.svg`), so it is
// cleaned by DOMPurify (cure53; the sanitiser browsers' own vendors point to) on a jsdom
// document parsed as XML, the way a browser reads an SVG file. Both are loaded on the first SVG
// only: jsdom takes about a second to load, and `validate` and the build usually see no SVG at all.
const require = createRequire(import.meta.url);
let loaded: { JSDOM: typeof JsdomClass; createPurifier: (window: WindowLike) => Purifier } | undefined;
function libraries() {
  loaded ??= { JSDOM: require('jsdom').JSDOM, createPurifier: require('dompurify') };
  return loaded;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export type SvgResult =
  /** `removed` names what was taken out (script, handlers, foreign content); empty if nothing. */
  | { ok: true; clean: string; removed: string[] }
  | { ok: false; problem: string };

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** What DOMPurify took out, in the words of the SVG source: «<script>», «onload», … */
function describeRemoved(purifier: Purifier): string[] {
  const names = purifier.removed.map((item) => {
    if ('element' in item && item.element) return `<${item.element.nodeName}>`;
    if ('attribute' in item && item.attribute) return item.attribute.name;
    return '?';
  });
  return [...new Set(names)];
}

/**
 * Parses an SVG file as XML and removes everything that can run code or load another document:
 * `<script>`, `on…` handlers, `<foreignObject>` (HTML inside), `javascript:` links, animations
 * that set attributes, processing instructions such as `<?xml-stylesheet?>` (XSLT can produce a
 * page with script). A DTD with its own definitions is refused before parsing (entity expansion).
 */
export function sanitizeSvg(text: string): SvgResult {
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>]*\[/i.test(text)) {
    return { ok: false, problem: 'в SVG есть DOCTYPE с определениями (<!ENTITY …>); сохраните SVG заново без DTD или загрузите PNG' };
  }
  const { JSDOM, createPurifier } = libraries();
  let dom: JsdomClass;
  try {
    dom = new JSDOM(text, { contentType: 'image/svg+xml' });
  } catch (error) {
    const reason = (error as Error).message.replace(/^about:blank:/, 'строка ');
    return { ok: false, problem: `SVG не читается как XML (${reason}); сохраните его заново из графического редактора или загрузите PNG` };
  }
  const { document } = dom.window;
  const root = document.documentElement;
  if (!root || root.namespaceURI !== SVG_NS || root.localName !== 'svg') {
    return { ok: false, problem: 'это не SVG: корневой элемент должен быть <svg xmlns="http://www.w3.org/2000/svg">; сохраните файл заново из графического редактора или загрузите PNG' };
  }
  // Anything beside the root (a stylesheet instruction) is dropped: only the root is written.
  const outside = [...document.childNodes].filter((node) => node !== root && node.nodeType === node.PROCESSING_INSTRUCTION_NODE);
  const purifier = createPurifier(dom.window as unknown as WindowLike);
  try {
    purifier.sanitize(root, { IN_PLACE: true, USE_PROFILES: { svg: true, svgFilters: true } });
    const clean = XML_DECLARATION + new dom.window.XMLSerializer().serializeToString(root) + '\n';
    const removed = [...outside.map((node) => `<?${node.nodeName}?>`), ...describeRemoved(purifier)];
    return { ok: true, clean, removed };
  } catch (error) {
    return { ok: false, problem: `SVG не удалось проверить (${(error as Error).message}); сохраните его заново из графического редактора или загрузите PNG` };
  } finally {
    dom.window.close();
  }
}
