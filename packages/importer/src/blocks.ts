/**
 * What both readers (.txt and .docx) hand on: the source as groups of lines, the way the document
 * lays them out. A group is what the source keeps together (lines not separated by a blank line in
 * a text file, one Word paragraph, or an approval block); a table keeps its rows and cells.
 */

/** One line of the source, as written. */
export interface Line {
  text: string;
  /** The whole line is bold in the source (`**…**` in a text file, bold runs in Word). */
  bold: boolean;
  /** Word paragraph alignment, when the source has one. */
  align?: 'left' | 'center' | 'right' | 'both';
  /** A Word list item: the reader has already put its number (or «-» for a bullet) into `text`. */
  wordList?: { ordered: boolean; level: number };
  /** Word heading level (Heading 1 → 1), when the paragraph has a heading style. */
  heading?: number;
}

export interface LinesGroup {
  type: 'lines';
  lines: Line[];
}

export interface TableGroup {
  type: 'table';
  rows: string[][];
}

export type Group = LinesGroup | TableGroup;

/** Text of a group for matching: its lines joined by line breaks. */
export function groupText(group: Group): string {
  return group.type === 'lines' ? group.lines.map((line) => line.text).join('\n') : '';
}
