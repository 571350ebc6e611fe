import type { Heading, List, PhrasingContent, Table } from 'mdast';
import { memo, type KeyboardEvent, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { fillElement, readElement } from './dom-inline.ts';
import { bodyOf, type BodyModel, editSlot, editSource, type EditBlock, modelOf, newBlock, sourceOf } from './body-model.ts';
import './body-editor.css';

/**
 * The document body edited as the reader sees it: paragraphs, headings, list items and table
 * cells are editable text; bold, italic, links and line breaks come from the toolbar or the usual
 * keys. Each edit rewrites only the piece of Markdown it touched (body-model.ts), so the rest of
 * the file keeps its bytes, and whatever is typed is written as text (inline-markdown.ts).
 */

interface ControlProps {
  value?: unknown;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper?: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
  field?: { get(key: string): unknown };
}

/** Where the caret was last, so the toolbar acts there after focus moved onto a button. */
interface Caret {
  blockId: number;
  element: HTMLElement;
  range?: Range;
}

const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/|#)/i;

export function BodyEditor({ value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, field }: ControlProps) {
  const text = typeof value === 'string' ? value : '';
  const model = useRef<BodyModel>(undefined);
  const emitted = useRef<string>(undefined);
  const caret = useRef<Caret>(undefined);
  const focusNext = useRef<number>(undefined);
  const [, setVersion] = useState(0);
  // Pieces of text keep the handlers of their first render (they never re-render); Decap's
  // onChange may be a new function on every render, so they reach the current one through here.
  const change = useRef(onChange);
  change.current = onChange;
  if (!model.current || text !== emitted.current) {
    model.current = withStarter(modelOf(text));
    emitted.current = text;
  }
  const current = model.current;

  const commit = (blocks: EditBlock[], restructured = false) => {
    current.blocks = blocks;
    const body = bodyOf(current);
    emitted.current = body;
    change.current(body);
    if (restructured) setVersion((v) => v + 1);
  };
  const replace = (updated: EditBlock) => commit(current.blocks.map((b) => (b.id === updated.id ? updated : b)));
  const insertAfter = (blockId: number | undefined, level?: number) => {
    const block = newBlock(level);
    const at = blockId === undefined ? current.blocks.length : current.blocks.findIndex((b) => b.id === blockId) + 1;
    focusNext.current = block.id;
    commit([...current.blocks.slice(0, at), block, ...current.blocks.slice(at)], true);
  };
  const removeBlank = (blockId: number) => {
    const at = current.blocks.findIndex((b) => b.id === blockId);
    if (at <= 0) return;
    focusNext.current = current.blocks[at - 1].id;
    commit(current.blocks.filter((b) => b.id !== blockId), true);
  };

  useLayoutEffect(() => {
    if (focusNext.current === undefined) return;
    const editable = document.querySelectorAll<HTMLElement>(`[data-block="${focusNext.current}"] [contenteditable]`);
    focusNext.current = undefined;
    const target = editable[editable.length - 1];
    target?.focus();
    if (target) placeCaretAtEnd(target);
  });

  const label = String(field?.get('label') ?? 'Текст документа');
  return (
    <div
      id={forID}
      className={`${classNameWrapper ?? ''} body-editor`}
      role="group"
      aria-label={label}
      onFocus={setActiveStyle}
      onBlur={setInactiveStyle}
    >
      <Toolbar caret={caret} onInsert={insertAfter} headingLevel={() => headingLevelBefore(current.blocks, caret.current?.blockId)} />
      <div className="body-editor__blocks">
        {current.blocks.map((block) => (
          <div key={block.id} data-block={block.id} className="body-editor__block">
            <BlockView
              block={block}
              onSlot={(slot, element) => replace(editSlot(findBlock(current, block.id), slot, readElement(element)))}
              onSource={(source) => replace(editSource(findBlock(current, block.id), source))}
              onEnter={() => insertAfter(block.id)}
              onEmptyBackspace={() => block.origin < 0 && removeBlank(block.id)}
              onCaret={(element) => (caret.current = { blockId: block.id, element })}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

function findBlock(model: BodyModel, id: number): EditBlock {
  const block = model.blocks.find((b) => b.id === id);
  if (!block) throw new Error(`body editor: block ${id} is gone`);
  return block;
}

/** An empty body shows one empty paragraph to type into. */
function withStarter(model: BodyModel): BodyModel {
  return model.blocks.length ? model : { ...model, blocks: [newBlock()] };
}

/** A new heading goes one level below the section it is added in, as a clause heading would. */
function headingLevelBefore(blocks: EditBlock[], blockId: number | undefined): number {
  const at = blockId === undefined ? blocks.length - 1 : blocks.findIndex((b) => b.id === blockId);
  const heading = blocks.slice(0, at + 1).reverse().find((b) => b.node?.type === 'heading' || b.layout.kind === 'heading');
  const depth = heading?.node?.type === 'heading' ? heading.node.depth : /^#+/.exec(heading ? sourceOf(heading) : '')?.[0].length;
  return depth ?? 2;
}

interface BlockViewProps {
  block: EditBlock;
  onSlot: (slot: number, element: HTMLElement) => void;
  onSource: (source: string) => void;
  onEnter: () => void;
  onEmptyBackspace: () => void;
  onCaret: (element: HTMLElement) => void;
}

function BlockView({ block, onSlot, onSource, onEnter, onEmptyBackspace, onCaret }: BlockViewProps): ReactNode {
  const slot = (index: number, tag: 'p' | 'h2' | 'div', name: string, className?: string) => (
    <Editable
      key={index}
      tag={tag}
      className={className}
      label={name}
      nodes={block.layout.slots[index]?.children ?? []}
      singleLine={block.layout.kind === 'table'}
      onInput={(element) => onSlot(index, element)}
      onEnter={onEnter}
      onEmptyBackspace={onEmptyBackspace}
      onCaret={onCaret}
    />
  );
  const node = block.node;
  switch (block.layout.kind) {
    case 'paragraph':
      return slot(0, 'p', 'Абзац');
    case 'heading': {
      const depth = node?.type === 'heading' ? (node as Heading).depth : /^#+/.exec(block.parts[0])?.[0].length ?? 2;
      return slot(0, 'div', `Заголовок уровня ${depth}`, `body-editor__heading body-editor__heading--${depth}`);
    }
    case 'list': {
      const list = node as List;
      const items = list.children.map((_, i) => <li key={i}>{slot(i, 'div', `Пункт списка ${i + 1}`)}</li>);
      return list.ordered ? <ol start={list.start ?? 1}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return <TableView table={node as Table} slot={slot} />;
    case 'source':
      return <SourceBlock source={sourceOf(block)} onSource={onSource} />;
  }
}

function TableView({ table, slot }: { table: Table; slot: (index: number, tag: 'div', name: string) => ReactNode }) {
  let index = 0;
  return (
    <div className="body-editor__table">
      <table>
        <tbody>
          {table.children.map((row, r) => (
            <tr key={r}>
              {row.children.map((_, c) => {
                const cell = slot(index++, 'div', `Таблица: строка ${r + 1}, столбец ${c + 1}`);
                return r === 0 ? <th key={c}>{cell}</th> : <td key={c}>{cell}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Code, quotes and nested lists: rare in legal text, edited as they are written. */
function SourceBlock({ source, onSource }: { source: string; onSource: (source: string) => void }) {
  const [text, setText] = useState(source);
  return (
    <textarea
      className="body-editor__source"
      aria-label="Блок в разметке Markdown (код, цитата или вложенный список)"
      rows={Math.min(12, text.split('\n').length + 1)}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onSource(event.target.value);
      }}
    />
  );
}

interface EditableProps {
  tag: 'p' | 'h2' | 'div';
  className?: string;
  label: string;
  nodes: readonly PhrasingContent[];
  singleLine: boolean;
  onInput: (element: HTMLElement) => void;
  onEnter: () => void;
  onEmptyBackspace: () => void;
  onCaret: (element: HTMLElement) => void;
}

/**
 * One editable piece. Its content is set once from the parsed text and then belongs to the
 * browser (React re-rendering it would move the caret); every change is read back from the DOM.
 */
const Editable = memo(
  function Editable({ tag: Tag, className, label, nodes, singleLine, onInput, onEnter, onEmptyBackspace, onCaret }: EditableProps) {
    const ref = useRef<HTMLElement>(null);
    const handlers = useRef({ onInput, onEnter, onEmptyBackspace, onCaret });
    handlers.current = { onInput, onEnter, onEmptyBackspace, onCaret };
    useLayoutEffect(() => {
      if (ref.current) fillElement(ref.current, nodes);
    }, [nodes]);
    const keyDown = (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Enter' && event.key !== 'Backspace') return;
      if (event.key === 'Backspace') {
        if (!event.currentTarget.textContent) {
          event.preventDefault();
          handlers.current.onEmptyBackspace();
        }
        return;
      }
      event.preventDefault();
      if (event.shiftKey && !singleLine) document.execCommand('insertLineBreak');
      else if (!singleLine) handlers.current.onEnter();
    };
    return (
      <Tag
        ref={ref as never}
        className={`body-editor__editable ${className ?? ''}`}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline={!singleLine}
        aria-label={label}
        spellCheck
        lang="ru"
        onInput={(event) => handlers.current.onInput(event.currentTarget)}
        onFocus={(event) => handlers.current.onCaret(event.currentTarget)}
        onKeyDown={keyDown}
        onPaste={(event) => {
          event.preventDefault();
          pastePlain(event.clipboardData.getData('text/plain'), singleLine);
        }}
      />
    );
  },
  // The content is the browser's after the first render; only a new parse (another entry) resets it.
  (before, after) => before.nodes === after.nodes && before.label === after.label,
);

/** Pasted text arrives as text: Word's formatting and HTML never enter the file. */
function pastePlain(text: string, singleLine: boolean): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (i > 0) document.execCommand(singleLine ? 'insertText' : 'insertLineBreak', false, ' ');
    if (line) document.execCommand('insertText', false, line);
  });
}

function placeCaretAtEnd(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  range.collapse(false);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

interface ToolbarProps {
  caret: { current: Caret | undefined };
  onInsert: (blockId: number | undefined, level?: number) => void;
  headingLevel: () => number;
}

/**
 * Buttons act where the caret was: the selection inside the text is remembered when focus moves
 * onto a button (by mouse the button never takes it, by keyboard it is restored).
 */
function Toolbar({ caret, onInsert, headingLevel }: ToolbarProps) {
  useLayoutEffect(() => {
    const remember = () => {
      const selection = document.getSelection();
      const at = caret.current;
      if (!selection?.rangeCount || !at || !at.element.contains(selection.anchorNode)) return;
      at.range = selection.getRangeAt(0).cloneRange();
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, [caret]);

  const inText = (action: () => void) => () => {
    const at = caret.current;
    if (!at?.element.isConnected) return;
    at.element.focus();
    if (at.range) {
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(at.range);
    }
    action();
  };
  const link = inText(() => {
    const url = window.prompt('Адрес ссылки (https://…, mailto:… или /путь/ на сайте):', 'https://')?.trim();
    if (!url || url === 'https://') return;
    if (!SAFE_URL.test(url)) {
      window.alert('Ссылка не добавлена: адрес должен начинаться с https://, http://, mailto:, tel: или /.');
      return;
    }
    document.execCommand('createLink', false, url);
  });
  const buttons: [string, string, () => void, string?][] = [
    ['Ж', 'полужирный (Ctrl+B)', inText(() => document.execCommand('bold')), 'bold'],
    ['К', 'курсив (Ctrl+I)', inText(() => document.execCommand('italic')), 'italic'],
    ['Ссылка', 'сделать выделенный текст ссылкой', link],
    ['Убрать ссылку', 'с выделенного текста', inText(() => document.execCommand('unlink'))],
    ['Перенос строки', 'внутри абзаца (Shift+Enter)', inText(() => document.execCommand('insertLineBreak'))],
    ['Абзац после', 'текущего блока: новый абзац или пункт (Enter)', () => onInsert(caret.current?.blockId)],
    ['Заголовок после', 'текущего блока', () => onInsert(caret.current?.blockId, headingLevel())],
  ];
  return (
    <div className="body-editor__toolbar" role="toolbar" aria-label="Оформление текста">
      {buttons.map(([text, description, action, style]) => (
        <button
          key={text}
          type="button"
          className={`body-editor__button ${style ? `body-editor__button--${style}` : ''}`}
          // The accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
          aria-label={`${text} — ${description}`}
          title={`${text} — ${description}`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={action}
        >
          {text}
        </button>
      ))}
      <span className="body-editor__hint">Нумерация пунктов («1.1.», «а)») — это текст: пишите её как в документе.</span>
    </div>
  );
}
