// Writes the importer's Word and Windows-1251 fixtures from the UTF-8 text fixtures, reproducibly:
//   pnpm --filter @stazhirovka/importer fixtures
// Each .docx is laid out the way people type these documents in Word: a centred letterhead, the
// «УТВЕРЖДАЮ» block on the right (or «СОГЛАСОВАНО | УТВЕРЖДАЮ» in a borderless two-column table),
// one paragraph per line, Word bullets, tables as Word tables and, where `AUTO_NUMBERED` says so,
// clause numbers produced by Word's own list numbering instead of typed digits.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import type { Group } from '../src/blocks.ts';
import { readText } from '../src/read-text.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures');
/** Fixtures whose clause numbers Word generates (`1.`, `1.1.`) rather than the author typing them. */
const AUTO_NUMBERED = new Set(['prikaz-80-od', 'dolzhnostnaya-instruktsiya', 'polozhenie-soglasovano-utverzhdayu']);
/** Fixtures also written in Windows-1251, as Word's «save as text» does on Russian Windows. */
const CP1251 = ['prikaz-80-od', 'blank-date', 'polozhenie-soglasovano-utverzhdayu', 'reglament-seti'];
/** Fixed timestamp: the same input gives the same bytes. */
const EPOCH = new Date('2024-01-01T00:00:00Z');

const NUMBERED = /^(\d+)\.(?:(\d+)\.)?\s+(.*)$/;
/** «1) …» and «а) …» items: Word lists of their own («%1)» in digits or in Russian letters). */
const ITEM = /^(?:\d+|([а-я]))\)\s+(.*)$/;
const HEADING_WORDS = /^(УТВЕРЖДАЮ|УТВЕРЖДЕНО|Утверждено|СОГЛАСОВАНО|Согласовано)/;

function paragraphs(groups: Group[], autoNumbered: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let inPreamble = true;
  for (const group of groups) {
    if (group.type === 'table') {
      out.push(table(group.rows));
      continue;
    }
    const block = HEADING_WORDS.test(group.lines[0].text);
    for (const line of group.lines) {
      const numbered = NUMBERED.exec(line.text);
      const item = ITEM.exec(line.text);
      if (numbered) inPreamble = false;
      const alignment = block ? AlignmentType.RIGHT : inPreamble && line.text === line.text.toUpperCase() ? AlignmentType.CENTER : undefined;
      if (line.text.startsWith('- ')) {
        out.push(new Paragraph({ children: [new TextRun(line.text.slice(2))], bullet: { level: 0 } }));
      } else if (item && autoNumbered) {
        out.push(new Paragraph({ children: [new TextRun(item[2])], numbering: { reference: item[1] ? 'letters' : 'items', level: 0 } }));
      } else if (numbered && autoNumbered) {
        out.push(new Paragraph({ children: [new TextRun(numbered[3])], numbering: { reference: 'clauses', level: numbered[2] ? 1 : 0 } }));
      } else {
        out.push(new Paragraph({ children: [new TextRun({ text: line.text, bold: line.bold })], alignment }));
      }
    }
    out.push(new Paragraph({})); // the empty paragraph people leave between blocks
  }
  return out;
}

function table(rows: string[][]): Table {
  const stamps = rows[0].some((cell) => HEADING_WORDS.test(cell));
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = stamps ? { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none } : undefined;
  // A stamp table in a text file spreads its two blocks over empty tab columns; Word has two cells.
  const cells = (row: string[]) => (stamps ? [row[0], row.at(-1) ?? ''] : row);
  if (stamps) {
    const column = (i: number) => rows.map((row) => cells(row)[i]).filter(Boolean);
    const cell = (lines: string[]) => new TableCell({ children: lines.map((text) => new Paragraph(text)), width: { size: 50, type: WidthType.PERCENTAGE } });
    return new Table({ rows: [new TableRow({ children: [cell(column(0)), cell(column(1))] })], borders, width: { size: 100, type: WidthType.PERCENTAGE } });
  }
  return new Table({
    rows: rows.map((row) => new TableRow({ children: cells(row).map((text) => new TableCell({ children: [new Paragraph(text)] })) })),
    width: { size: 100, type: WidthType.PERCENTAGE },
  });
}

async function docx(groups: Group[], autoNumbered: boolean): Promise<Uint8Array> {
  const document = new Document({
    creator: 'stazhirovka importer fixtures',
    numbering: {
      config: [{
        reference: 'clauses',
        levels: [
          { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
        ],
      }, {
        reference: 'items',
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)', alignment: AlignmentType.LEFT }],
      }, {
        reference: 'letters',
        levels: [{ level: 0, format: LevelFormat.RUSSIAN_LOWER, text: '%1)', alignment: AlignmentType.LEFT }],
      }],
    },
    sections: [{ children: paragraphs(groups, autoNumbered) }],
  });
  return reproducible(new Uint8Array(await Packer.toBuffer(document)));
}

/** Rewrites the archive with fixed timestamps (docProps and ZIP entries) and sorted entries. */
function reproducible(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const stamp = EPOCH.toISOString().replace(/\.\d+Z$/, 'Z');
  const core = new TextDecoder().decode(files['docProps/core.xml']);
  files['docProps/core.xml'] = strToU8(core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`));
  const sorted: Zippable = {};
  for (const name of Object.keys(files).sort()) sorted[name] = [files[name], { mtime: EPOCH }];
  return zipSync(sorted, { level: 9, mtime: EPOCH });
}

/** Windows-1251 bytes, from the decoder's own table (Node has no 1251 encoder). */
function encode1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text].map((char) => {
    const code = char.charCodeAt(0);
    const byte = code < 0x80 ? code : table.get(char);
    if (byte === undefined) throw new Error(`«${char}» has no Windows-1251 code`);
    return byte;
  }));
}

mkdirSync(join(FIXTURES, 'docx'), { recursive: true });
mkdirSync(join(FIXTURES, 'cp1251'), { recursive: true });
for (const name of readdirSync(join(FIXTURES, 'text')).filter((n) => n.endsWith('.txt')).sort()) {
  const base = name.replace(/\.txt$/, '');
  const text = readFileSync(join(FIXTURES, 'text', name), 'utf8');
  writeFileSync(join(FIXTURES, 'docx', `${base}.docx`), await docx(readText(text), AUTO_NUMBERED.has(base)));
  if (CP1251.includes(base)) writeFileSync(join(FIXTURES, 'cp1251', name), encode1251(text.replace(/\n/g, '\r\n')));
  console.log(`${base}: .docx${CP1251.includes(base) ? ', .txt (Windows-1251)' : ''}`);
}
