import type { Group } from './blocks.ts';
import { blockRole } from './approval.ts';
import { classifyLine, kindOfLine } from './classify.ts';

const firstLine = (group: Group) => (group.type === 'lines' ? group.lines[0].text.trim() : '');
const hasClause = (group: Group) => group.type === 'lines' && group.lines.some((line) => classifyLine(line.text).type === 'clause');

/** A group that leads into the next document: its approval stamp or «Приложение к распоряжению …». */
function leadsIn(group: Group): boolean {
  const text = firstLine(group);
  return Boolean(blockRole(text)) || /^приложение(\s*№?\s*\d+)?(\s+к\s|\s*$)/i.test(text);
}

/**
 * Where the next document really starts: its stamp or «Приложение / к распоряжению … / от … № …»
 * above its title, which Word may have split over several short paragraphs.
 */
function leadInStart(groups: Group[], title: number, previousStart: number): number {
  for (let j = title - 1; j > previousStart && j >= title - 6; j--) {
    const group = groups[j];
    const short = group.type === 'lines' && group.lines.every((line) => line.text.length <= 150 && classifyLine(line.text).type !== 'clause');
    if (!short) break;
    if (leadsIn(group)) return j;
  }
  return title;
}

/** The first numbered line from `from` on starts at 1 (or I): a new document's numbering. */
function numberingStartsAgain(groups: Group[], from: number): boolean {
  for (const group of groups.slice(from + 1, from + 12)) {
    if (group.type !== 'lines') continue;
    for (const line of group.lines) {
      const kind = classifyLine(line.text);
      if (kind.type === 'clause') return kind.parts[0] === 1;
    }
  }
  return false;
}

/**
 * Splits a file into its documents. A Word file often holds an order and the regulation it
 * approves, or a set of job instructions one after another. A new document starts at a title
 * line naming a kind («Положение о …», «Инструкция по …») once the current one has numbered text,
 * when the numbering after it starts again at 1 or I; its approval stamp above it comes along.
 */
export function splitDocuments(groups: Group[]): Group[][] {
  const starts = [0];
  let hasBody = false;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (hasBody && group.type === 'lines' && kindOfLine(firstLine(group)) && !hasClause(group) && numberingStartsAgain(groups, i)) {
      starts.push(leadInStart(groups, i, starts[starts.length - 1]));
      hasBody = false;
    }
    if (hasClause(group)) hasBody = true;
  }
  return starts.map((start, i) => groups.slice(start, starts[i + 1] ?? groups.length));
}
