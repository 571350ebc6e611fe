import { readFileSync } from 'node:fs';
import { checkMdxBody, escapeMdx, unescapeMdx } from '@stazhirovka/schema';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fromFile, toFile } from '../format/entry-format.ts';
import { joinBody, parseMarkdown, splitBody } from './body-blocks.ts';
import { bodyOf, editSlot, type EditBlock, modelOf, newBlock, sourceOf } from './body-model.ts';
import { type Inline, inlineOf, inlineToMarkdown } from './inline-markdown.ts';

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const FILE = readFileSync(new URL('fixtures/regulation.mdx', import.meta.url), 'utf8');
const form = fromFile('regulations', FILE);
const BODY = form.body as string;

const text = (value: string): Inline[] => [{ type: 'text', value }];
const blockWith = (blocks: EditBlock[], start: string) => {
  const block = blocks.find((b) => sourceOf(b).startsWith(start));
  if (!block) throw new Error(`no block starts with «${start}»`);
  return block;
};
/** Saves the form with `body` and returns the lines of the file that differ from the fixture. */
const changedLines = (body: string) => {
  const saved = toFile('regulations', { ...form, body }).split('\n');
  const before = FILE.split('\n');
  return { saved: saved.join('\n'), changed: saved.filter((line, i) => line !== before[i]) };
};

describe('the body as blocks', () => {
  it('splits into the source blocks and joins back byte for byte', () => {
    const split = splitBody(BODY);
    expect(split.blocks.map((b) => b.node.type)).toEqual([
      'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'list', 'table', 'paragraph',
    ]);
    expect(joinBody(split.lead, split.blocks.map((b, i) => ({ source: b.source, gap: split.gaps[i] })))).toBe(BODY);
    expect(bodyOf(modelOf(BODY))).toBe(BODY);
  });

  it('shows each piece as the reader sees it and writes it back identically when nothing was typed', () => {
    const model = modelOf(BODY);
    const pieces = model.blocks.flatMap((block) => block.layout.slots.map((slot, i) => ({ slot, source: block.parts[2 * i + 1] })));
    expect(pieces).toHaveLength(11 + 3 + 9);
    for (const { slot, source } of pieces) expect(inlineToMarkdown(inlineOf(slot.children), slot.context)).toBe(source);
    const shown = (start: string) => (blockWith(model.blocks, start).layout.slots[0].children[0] as { value: string }).value;
    expect(shown('1\\.')).toBe('1. Пункт, набранный с номером в начале строки.');
    expect(shown('« 14')).toBe('« 14 _____ » 2021 года');
  });

  it('keeps «1.1.», «а)» and «–» as the text of paragraphs, never a list', () => {
    const paragraphs = modelOf(BODY).blocks.filter((b) => b.layout.kind === 'paragraph').map(sourceOf);
    expect(paragraphs.map((p) => p.slice(0, 4))).toEqual(expect.arrayContaining(['1.1.', '1\\. ', 'а) п', '– по', '1.2.']));
  });
});

describe('an edit rewrites only its own piece', () => {
  it('a clause: the file differs by that clause only', () => {
    const model = modelOf(BODY);
    const clause = blockWith(model.blocks, '1.1.');
    const typed = `${(clause.layout.slots[0].children[0] as { value: string }).value} Дополнено.`;
    model.blocks = model.blocks.map((b) => (b === clause ? editSlot(b, 0, text(typed)) : b));
    const { saved, changed } = changedLines(bodyOf(model));
    expect(changed).toEqual(['1.1. Настоящее Положение определяет порядок работы площадки \\{по приказу\\} и \\<формы\\>. Дополнено.']);
    expect(checkMdxBody(saved)).toEqual([]);
  });

  it('a list item, a table cell (an empty one too) and a heading keep their markers and pipes', () => {
    const model = modelOf(BODY);
    const edit = (start: string, slot: number, value: Inline[]) => {
      model.blocks = model.blocks.map((b) => (b === blockWith(model.blocks, start) ? editSlot(b, slot, value) : b));
    };
    edit('- первая', 1, [...text('вторая задача, длинная,'), { type: 'break' }, ...text('1. с номером;')]);
    edit('| №', 5, text('5 | 6'));
    edit('### 1.2.', 0, text('1.2. Задачи и функции'));
    expect(changedLines(bodyOf(model)).changed).toEqual([
      '### 1.2. Задачи и функции',
      '  1\\. с номером;',
      '| 1. | Количество площадок | 5 \\| 6 |',
    ]);
  });

  it('a new paragraph after a clause: typed markup is text, a blank line apart', () => {
    const model = modelOf(BODY);
    const at = model.blocks.indexOf(blockWith(model.blocks, '1.1.'));
    model.blocks.splice(at + 1, 0, editSlot(newBlock(), 0, text('{x} <b> 1. * # _а_ [c](d) &amp; `e`')));
    const { saved } = changedLines(bodyOf(model));
    const clause = String.raw`1.1. Настоящее Положение определяет порядок работы площадки \{по приказу\} и \<формы\>.`;
    const added = '\\{x\\} \\<b\\> 1. \\* # \\_а\\_ \\[c](d) \\&amp; \\`e\\`';
    expect(saved).toBe(FILE.replace(clause, `${clause}\n\n${added}`));
    expect(checkMdxBody(saved)).toEqual([]);
  });

  it('an added block nobody typed into, or a heading left empty, does not reach the file', () => {
    const model = modelOf(BODY);
    model.blocks.splice(3, 0, newBlock(), newBlock(3));
    expect(bodyOf(model)).toBe(BODY);
  });
});

describe('whatever is typed reads back as typed', () => {
  const cases = [
    '1. пункт',
    '2.1.3. пункт',
    '- дефис',
    '+ плюс',
    '# решётка',
    '> цитата',
    '=====',
    '10) десять',
    '{x} <b> * _ ` ~ [ ] | \\ &copy;',
    'C:\\папка\\файл и snake_case',
    'Почта metod_center@example.org и сайт https://example.org/a_b',
  ];
  it.each(cases)('%s', (typed) => {
    const markdown = inlineToMarkdown(text(typed), { indent: '', inTable: false, opensLine: true });
    const saved = escapeMdx(markdown);
    expect(checkMdxBody(saved)).toEqual([]);
    // What the site shows (MDX), and what the editor shows when the file is opened again.
    for (const tree of [mdx.parse(saved), parseMarkdown(unescapeMdx(saved))]) {
      expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
      expect(toString(tree, { includeHtml: true })).toBe(typed);
    }
  });

  it('bold and italic keep spaces outside their markers; a link keeps its address', () => {
    const typed: Inline[] = [
      ...text('А'),
      { type: 'strong', children: text(' жирный ') },
      { type: 'emphasis', children: text('курсив') },
      ...text(' и '),
      { type: 'link', url: 'https://example.org/a b', children: text('ссылка') },
      { type: 'break' },
    ];
    expect(inlineToMarkdown(typed, { indent: '', inTable: false, opensLine: true })).toBe('А **жирный** *курсив* и [ссылка](https://example.org/a%20b)');
  });
});
