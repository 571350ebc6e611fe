import { DOMParser } from '@xmldom/xmldom';
import { numberToRoman } from '@stazhirovka/schema';
import JSZip from 'jszip';

/**
 * The numbers Word shows in front of automatically numbered paragraphs («1.», «2.1.», «а)», «1)»).
 * mammoth tells the list level of a paragraph but not Word's number format, so this reads
 * `word/numbering.xml` itself and counts the way Word does: per list, a level's counter restarting
 * under a new parent, `w:start` and `w:startOverride` honoured, `w:lvlText` («%1.%2.») filled in.
 * Paragraphs are taken in document order, numbered the way mammoth decides a paragraph is numbered
 * (its own `w:numPr`, else a list level linked to its style), so the two lists line up.
 */
export type ListLabel = { ordered: boolean; label: string };

interface Level {
  format: string;
  text: string;
  start: number;
  legal: boolean;
  style?: string;
}

interface Numbering {
  abstract: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export async function wordListLabels(data: ArrayBuffer): Promise<ListLabel[]> {
  const zip = await JSZip.loadAsync(data);
  const read = async (name: string) => {
    const file = zip.file(name);
    return file ? new DOMParser().parseFromString(await file.async('string'), 'text/xml') : undefined;
  };
  const [numberingXml, documentXml] = await Promise.all([read('word/numbering.xml'), read('word/document.xml')]);
  if (!numberingXml || !documentXml) return [];
  const numbering = readNumbering(numberingXml);
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const labels: ListLabel[] = [];
  for (const paragraph of elements(documentXml, 'p')) {
    const found = listOf(paragraph, numbering);
    if (!found) continue;
    const { abstractId, level, ilvl, numId } = found;
    if (level.format === 'bullet') {
      labels.push({ ordered: false, label: '-' });
      continue;
    }
    const levels = numbering.abstract.get(abstractId) ?? new Map<number, Level>();
    let counts = counters.get(abstractId);
    const override = numbering.nums.get(numId)?.starts;
    if (!counts || (override?.size && !started.has(numId))) {
      counts = [...Array(9)].map((_, i) => (override?.get(i) ?? levels.get(i)?.start ?? 1) - 1);
      counters.set(abstractId, counts);
    }
    started.add(numId);
    counts[ilvl] += 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) counts[deeper] = (levels.get(deeper)?.start ?? 1) - 1;
    const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      return formatNumber(Math.max(counts[at], 1), level.legal ? 'decimal' : (levels.get(at)?.format ?? 'decimal'));
    });
    labels.push({ ordered: true, label: label.trim() });
  }
  return labels;
}

function elements(node: Document | Element, localName: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, localName));
}

function child(node: Element, localName: string): Element | undefined {
  return Array.from(node.childNodes).find((c): c is Element => c.nodeType === 1 && (c as Element).localName === localName);
}

const val = (node: Element | undefined) => node?.getAttributeNS(W, 'val') || node?.getAttribute('w:val') || undefined;

function readNumbering(xml: Document): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  for (const element of elements(xml, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of Array.from(element.childNodes).filter((c): c is Element => c.nodeType === 1 && (c as Element).localName === 'lvl')) {
      const ilvl = Number(lvl.getAttributeNS(W, 'ilvl') || lvl.getAttribute('w:ilvl') || 0);
      levels.set(ilvl, {
        format: val(child(lvl, 'numFmt')) ?? 'decimal',
        text: val(child(lvl, 'lvlText')) ?? '',
        start: Number(val(child(lvl, 'start')) ?? 1),
        legal: Boolean(child(lvl, 'isLgl')),
        style: val(child(lvl, 'pStyle')),
      });
    }
    abstract.set(element.getAttributeNS(W, 'abstractNumId') || element.getAttribute('w:abstractNumId') || '', levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const element of elements(xml, 'num')) {
    const starts = new Map<number, number>();
    for (const override of Array.from(element.childNodes).filter((c): c is Element => c.nodeType === 1 && (c as Element).localName === 'lvlOverride')) {
      const start = val(child(override, 'startOverride'));
      if (start) starts.set(Number(override.getAttributeNS(W, 'ilvl') || override.getAttribute('w:ilvl') || 0), Number(start));
    }
    nums.set(element.getAttributeNS(W, 'numId') || element.getAttribute('w:numId') || '', { abstractId: val(child(element, 'abstractNumId')) ?? '', starts });
  }
  return { abstract, nums };
}

/** The list a paragraph belongs to, decided as mammoth decides it. */
function listOf(paragraph: Element, numbering: Numbering) {
  const properties = child(paragraph, 'pPr');
  const numPr = properties && child(properties, 'numPr');
  if (numPr) {
    const numId = val(child(numPr, 'numId'));
    const ilvl = Number(val(child(numPr, 'ilvl')) ?? 0);
    const abstractId = numId ? numbering.nums.get(numId)?.abstractId : undefined;
    const level = abstractId === undefined ? undefined : numbering.abstract.get(abstractId)?.get(ilvl);
    return level && numId && abstractId !== undefined ? { abstractId, level, ilvl, numId } : undefined;
  }
  const style = properties && val(child(properties, 'pStyle'));
  if (!style) return undefined;
  for (const [abstractId, levels] of numbering.abstract) {
    for (const [ilvl, level] of levels) {
      if (level.style === style) return { abstractId, level, ilvl, numId: `style:${style}` };
    }
  }
  return undefined;
}

const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** A counter in Word's number formats; an unknown format is written in digits. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'russianLower':
    case 'russianUpper': {
      const letter = RUSSIAN[(n - 1) % RUSSIAN.length].repeat(Math.floor((n - 1) / RUSSIAN.length) + 1);
      return format === 'russianUpper' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = numberToRoman(n);
      return format === 'lowerRoman' ? roman.toLowerCase() : roman;
    }
    case 'none':
      return '';
    default:
      return String(n);
  }
}
