import { blockComplete, blockRole, continuesBlock, readSignatureBlock, type BlockRole, type SignatureBlock } from './approval.ts';
import type { Group } from './blocks.ts';
import { classifyLine, type DocumentKind, kindOfLine, signedName } from './classify.ts';
import { issuerFromAuthority, issuerFromLetterhead } from './issuer.ts';
import { findDate } from './russian-date.ts';
import { isAllCaps, sentenceCase } from './russian-words.ts';

/** The requisites of one document, as found in its text. Nothing here is guessed. */
export interface Requisites {
  kind?: DocumentKind;
  /** The kind word as the document writes it: «РАСПОРЯЖЕНИЕ». */
  kindAsWritten?: string;
  number?: string;
  numberAsWritten?: string;
  /** ISO date; unknown parts `??`. */
  date?: string;
  dateAsWritten?: string;
  /** Where the date was read: the document's own line, its approval stamp, or the order approving it. */
  dateFrom?: 'document' | 'approval' | 'order';
  issuer?: string;
  title?: string;
  approval?: SignatureBlock;
  agreement?: SignatureBlock;
  /** Position and name under an order: «Заместитель председателя комитета образования И.И. Кравченко». */
  signatory?: string;
}

/** Where the requisites sit among the groups, for the body writer. */
export interface Layout {
  /** Groups that are signature blocks («УТВЕРЖДАЮ …»), by index, with their role. */
  blocks: Map<number, BlockRole>;
  /** Groups holding the title (without the kind line of an act). */
  titleGroups: number[];
  /** The group with the kind line. */
  kindGroup?: number;
  /** First group of the body proper (the first numbered line). */
  bodyStart: number;
  /** Letterhead lines above the kind line. */
  letterhead: string[];
}

const NUMBER = /№\s*(\d+[А-ЯЁа-яёA-Za-z]*(?:\s*[-–/]\s*[\dА-ЯЁа-яёA-Za-z]+)*)/;

const firstText = (group: Group | undefined) => (group?.type === 'lines' ? group.lines[0].text.trim() : '');
const textOf = (group: Group) => (group.type === 'lines' ? group.lines.map((line) => line.text.trim()) : []);
const numbered = (text: string) => classifyLine(text).type === 'clause';

/** The first group whose first line is a numbered clause or section: where the preamble ends. */
export function bodyStartOf(groups: Group[]): number {
  const at = groups.findIndex((group) => group.type === 'lines' && group.lines.some((line) => numbered(line.text)));
  return at < 0 ? groups.length : at;
}

/** Finds the requisites in the groups before the first clause, and the signature after the last. */
export function detectRequisites(groups: Group[]): { requisites: Requisites; layout: Layout } {
  const layout: Layout = { blocks: new Map(), titleGroups: [], bodyStart: bodyStartOf(groups), letterhead: [] };
  const requisites: Requisites = {};
  const preamble = groups.slice(0, layout.bodyStart);
  readBlocks(preamble, requisites, layout);
  const kindAt = preamble.findIndex((group, i) => !layout.blocks.has(i) && group.type === 'lines' && kindOfLine(firstText(group)));
  if (kindAt >= 0) readKindAndTitle(groups, kindAt, requisites, layout);
  // The letterhead: lines above the kind, less signature blocks, up to «Приложение к распоряжению …».
  const leadIn = preamble.findIndex((group) => /^приложение/i.test(firstText(group)));
  const letterheadEnd = Math.min(kindAt < 0 ? 0 : kindAt, leadIn < 0 ? Infinity : leadIn);
  const letterhead = (layout.letterhead = preamble.slice(0, letterheadEnd).flatMap((group, i) => (layout.blocks.has(i) ? [] : textOf(group))));
  requisites.issuer = issuerFromLetterhead(letterhead);
  readNumberAndDate(preamble, kindAt, requisites, layout);
  if (!requisites.issuer) {
    const block = requisites.approval ?? requisites.agreement;
    requisites.issuer = issuerFromAuthority(block?.authority);
  }
  if (requisites.kind?.act) requisites.signatory = signatoryOf(groups.slice(layout.bodyStart));
  return { requisites, layout };
}

/** «УТВЕРЖДАЮ» / «СОГЛАСОВАНО» blocks: in groups (text files, Word paragraphs) or side by side in a table. */
function readBlocks(preamble: Group[], requisites: Requisites, layout: Layout) {
  for (let i = 0; i < preamble.length; i++) {
    const group = preamble[i];
    if (group.type === 'table') {
      for (const column of columnsOf(group.rows)) {
        const role = blockRole(column[0] ?? '');
        if (role) {
          requisites[role] ??= readSignatureBlock(column);
          layout.blocks.set(i, role);
        }
      }
      continue;
    }
    const role = blockRole(group.lines[0].text);
    if (!role) continue;
    const lines = textOf(group);
    let end = i;
    while (!blockComplete(lines) && end + 1 < preamble.length) {
      const next = textOf(preamble[end + 1]);
      if (next.length === 0 || !next.every(continuesBlock) || kindOfLine(next[0])) break;
      lines.push(...next);
      end += 1;
    }
    for (let g = i; g <= end; g++) layout.blocks.set(g, role);
    requisites[role] ??= readSignatureBlock(lines);
    i = end;
  }
}

/** Table columns as line lists, empty cells dropped: a left and a right block side by side. */
function columnsOf(rows: string[][]): string[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? '').flatMap((cell) => cell.split('\n')).map((s) => s.trim()).filter(Boolean));
}

function readKindAndTitle(groups: Group[], kindAt: number, requisites: Requisites, layout: Layout) {
  const group = groups[kindAt];
  if (group.type !== 'lines') return;
  const line = group.lines[0].text.trim();
  const found = kindOfLine(line);
  if (!found) return;
  requisites.kind = found.kind;
  requisites.kindAsWritten = found.written;
  layout.kindGroup = kindAt;
  const own = line.slice(found.written.length).trim();
  const sameGroup = group.lines.slice(1).map((l) => l.text.trim());
  if (found.kind.act) {
    const at = titleGroupOfAct(groups, kindAt, layout.bodyStart);
    if (at !== undefined) {
      requisites.title = joinTitle(textOf(groups[at]));
      layout.titleGroups.push(at);
    }
    return;
  }
  let continuation = [own, ...sameGroup].filter(Boolean);
  layout.titleGroups.push(kindAt);
  if (continuation.length === 0) {
    const next = groups[kindAt + 1];
    const lines = next ? textOf(next) : [];
    if (lines.length > 0 && kindAt + 1 < layout.bodyStart && !blockRole(lines[0]) && !findDate(lines[0]) && !NUMBER.test(lines[0])) {
      continuation = lines;
      layout.titleGroups.push(kindAt + 1);
    }
  }
  const kindWord = isAllCaps(found.written) ? sentenceCase(found.written) : found.written;
  requisites.title = joinTitle([kindWord, ...continuation.map((text, i) => (i === 0 ? lowerPreposition(text) : text))]);
}

/** An act's title is the first group after its kind, date and number lines: «Об организации …». */
function titleGroupOfAct(groups: Group[], kindAt: number, bodyStart: number): number | undefined {
  for (let i = kindAt + 1; i < Math.min(bodyStart, groups.length); i++) {
    const lines = textOf(groups[i]);
    if (lines.length === 0) continue;
    const text = lines.join(' ');
    const requisiteLine = lines.every((line) => findDate(line) || NUMBER.test(line) || /^(г\.|город)\s/i.test(line) || /^№/.test(line));
    if (requisiteLine) continue;
    if (/^(о|об)\s/i.test(text) || text.length <= 300) return i;
    return undefined;
  }
  return undefined;
}

/** Title lines as one line; an all-capitals title is written the usual way. */
function joinTitle(lines: string[]): string {
  const text = lines.join(' ').replace(/\s+/g, ' ').trim();
  return isAllCaps(text) ? sentenceCase(text) : text;
}

/** «Об организации …» continues «Положение» as «Положение об организации …». */
function lowerPreposition(text: string): string {
  return /^(О|Об|По|На|Для)\s/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * Number and date of the document itself: from its kind line to its title (an act writes «от … №
 * …» between them; a положение may write them under its title), never inside a signature block
 * and never from the text, which cites other acts' dates and numbers.
 */
function readNumberAndDate(preamble: Group[], kindAt: number, requisites: Requisites, layout: Layout) {
  const lastTitle = Math.max(kindAt, ...layout.titleGroups);
  const end = requisites.kind?.act ? Math.max(kindAt + 1, lastTitle) : lastTitle + 1;
  const candidates = kindAt < 0 ? [] : preamble.slice(kindAt, end).flatMap((group, i) => (layout.blocks.has(kindAt + i) ? [] : textOf(group)));
  // Only requisite lines («от 11.03.2021 г.», «№ 364 - р»): a title may say «школа № 4».
  for (const text of candidates.filter((line) => /^(от\s|№|[«"_]|\d)/i.test(line))) {
    const number = NUMBER.exec(text);
    if (number && !requisites.number) {
      requisites.number = number[1].replace(/\s*([-–/])\s*/g, (_, dash: string) => (dash === '/' ? '/' : '-'));
      requisites.numberAsWritten = number[0];
    }
    const date = findDate(text);
    if (date && !requisites.date) {
      requisites.date = date.iso;
      requisites.dateAsWritten = text.trim();
      requisites.dateFrom = 'document';
    }
  }
  if (!requisites.date && requisites.approval?.date) {
    requisites.date = requisites.approval.date;
    requisites.dateAsWritten = requisites.approval.dateText;
    requisites.dateFrom = 'approval';
  }
}

/** The position and signed name closing an order: the last signed name and the line above it. */
function signatoryOf(body: Group[]): string | undefined {
  const tail = body.slice(-3);
  for (let i = tail.length - 1; i >= 0; i--) {
    const group = tail[i];
    const lines = group.type === 'lines' ? textOf(group) : group.rows.map((row) => row.filter(Boolean).join('   '));
    for (let l = lines.length - 1; l >= 0; l--) {
      const signed = signedName(lines[l].replace(/\t/g, '   '));
      if (!signed) continue;
      const position = signed.before || lines[l - 1] || (i > 0 ? textOf(tail[i - 1]).join(' ') : '');
      if (!position || numbered(position) || position.length > 150) return signed.name;
      return `${position.trim()} ${signed.name}`;
    }
  }
  return undefined;
}
