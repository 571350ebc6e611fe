import { checkMdxBody } from './mdx-safety.ts';
import { describe, expect, it } from 'vitest';
import { escapeMdx, unescapeMdx } from './mdx-text.ts';

describe('typed text becomes MDX that shows as typed', () => {
  it.each([
    ['{x} <y>', '\\{x\\} \\<y\\>'],
    ['<div onclick="x">hi</div>', '\\<div onclick="x"\\>hi\\</div\\>'],
    ['<https://example.org>', '\\<https://example.org\\>'],
    ['import x from "y"', '&#105;mport x from "y"'],
    ['| a | {b} |\n| - | - |\n| <c> | d |', '| a | \\{b\\} |\n| - | - |\n| \\<c\\> | d |'],
  ])('%j → %j', (typed, saved) => {
    expect(escapeMdx(typed)).toBe(saved);
    expect(checkMdxBody(saved)).toEqual([]);
  });

  it.each(['a `{code}` b', '```\n{x}\n```', '> цитата', '1\\. Пункт', 'a \\{ b', '## 1. Раздел'])('leaves %j as it is', (text) => {
    expect(escapeMdx(text)).toBe(text);
  });

  it('shows escaped text without its backslashes, except where they keep the meaning', () => {
    expect(unescapeMdx('\\{x\\} \\<y\\>')).toBe('{x} <y>');
    expect(unescapeMdx('\\> не цитата')).toBe('\\> не цитата');
    expect(unescapeMdx('`\\{code\\}`')).toBe('`\\{code\\}`');
    expect(unescapeMdx('1\\. Пункт')).toBe('1\\. Пункт');
  });
});
