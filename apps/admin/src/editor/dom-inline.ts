import type { PhrasingContent } from 'mdast';
import type { Inline } from './inline-markdown.ts';

/**
 * The two directions between an editable element and its inline content. The element is built
 * with DOM calls (text nodes, never HTML strings), so nothing in the text can run as markup.
 */

/** Fills `element` with the parsed inline content of a piece. */
export function fillElement(element: HTMLElement, nodes: readonly PhrasingContent[]): void {
  element.replaceChildren(...nodes.map((node) => domOf(element.ownerDocument, node)));
}

function domOf(document: Document, node: PhrasingContent): Node {
  const withChildren = (tag: string, children: readonly PhrasingContent[]) => {
    const element = document.createElement(tag);
    element.append(...children.map((child) => domOf(document, child)));
    return element;
  };
  switch (node.type) {
    case 'strong':
      return withChildren('strong', node.children);
    case 'emphasis':
      return withChildren('em', node.children);
    case 'link': {
      const link = withChildren('a', node.children) as HTMLAnchorElement;
      link.setAttribute('href', node.url);
      return link;
    }
    case 'break':
      return document.createElement('br');
    case 'inlineCode': {
      const code = document.createElement('code');
      code.textContent = node.value;
      return code;
    }
    // Raw HTML is shown as the text it is: the save escapes it and the site shows it as typed.
    case 'text':
    case 'html':
      return document.createTextNode(node.value);
    default:
      return document.createTextNode('');
  }
}

/** What the element holds now, after the person's edits (bold, links, line breaks, pasted blocks). */
export function readElement(element: HTMLElement): Inline[] {
  return normalise(readChildren(element));
}

function readChildren(parent: Node): Inline[] {
  return [...parent.childNodes].flatMap(readNode);
}

function readNode(node: Node): Inline[] {
  if (node.nodeType === node.TEXT_NODE) return [{ type: 'text', value: node.nodeValue ?? '' }];
  if (node.nodeType !== node.ELEMENT_NODE) return [];
  const element = node as HTMLElement;
  switch (element.tagName) {
    case 'BR':
      return [{ type: 'break' }];
    case 'B':
    case 'STRONG':
      return [{ type: 'strong', children: readChildren(element) }];
    case 'I':
    case 'EM':
      return [{ type: 'emphasis', children: readChildren(element) }];
    case 'A':
      return [{ type: 'link', url: element.getAttribute('href') ?? '', children: readChildren(element) }];
    case 'CODE':
      return [{ type: 'code', value: element.textContent ?? '' }];
    // Chromium wraps a pasted or split line in <div>/<p>: each starts a new line.
    case 'DIV':
    case 'P':
      return [{ type: 'break' }, ...readChildren(element)];
    default:
      return readChildren(element);
  }
}

/**
 * Adjacent text merged; the no-break spaces Chromium types at the end of a line or between two
 * spaces become plain ones there (no-break spaces inside the words of the source stay).
 */
function normalise(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'link') out.push({ ...node, children: normalise(node.children) });
    else out.push(node.type === 'text' ? { ...node } : node);
  }
  for (const node of out) if (node.type === 'text') node.value = node.value.replace(/ \u00a0|\u00a0 |\u00a0$/g, (pair) => pair.replace('\u00a0', ' '));
  return out;
}
