import type { Group, Line } from './blocks.ts';

/** A tab after some text: Word's «save as text» writes table cells this way. */
const TABLE_ROW = /\S[ \u00a0]*\t/;

/**
 * Reads an already decoded plain-text document. Lines that are not separated by a blank line stay
 * together (title and signature blocks), tab-separated lines become table rows, and `**…**`, which
 * Word-to-text extraction leaves around bold text, marks the lines as bold instead of staying in.
 */
export function readText(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let bold = false;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const marked = stripBoldMarks(raw, bold);
    bold = marked.boldAfter;
    // Trailing tabs stay: they are the empty cells of a form («Фамилия Имя Отчество:\t»).
    const content = marked.text.replace(/[ \u00a0]+$/, '');
    if (!content.trim()) {
      current = undefined;
      continue;
    }
    if (TABLE_ROW.test(content)) {
      if (current?.type !== 'table') groups.push((current = { type: 'table', rows: [] }));
      current.rows.push(content.split('\t').map((cell) => cell.trim()));
      continue;
    }
    const line: Line = { text: content.trim(), bold: marked.bold };
    if (current?.type !== 'lines') groups.push((current = { type: 'lines', lines: [] }));
    current.lines.push(line);
  }
  return groups;
}

/** Removes `**` marks; a line is bold when all its text lies inside a bold span. */
function stripBoldMarks(line: string, boldBefore: boolean): { text: string; bold: boolean; boldAfter: boolean } {
  const parts = line.split('**');
  if (parts.length === 1) return { text: line, bold: boldBefore && line.trim() !== '', boldAfter: boldBefore };
  let state = boldBefore;
  let allBold = true;
  parts.forEach((part, i) => {
    if (i > 0) state = !state;
    if (part.trim() && !state) allBold = false;
  });
  return { text: parts.join(''), bold: allBold, boldAfter: state };
}
