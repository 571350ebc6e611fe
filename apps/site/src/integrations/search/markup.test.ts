import { describe, expect, it } from 'vitest';
import { elementEnd, TagReader, withoutElements } from './markup.ts';

/** The element the first start tag named `name` opens, as elementEnd delimits it. */
function elementOf(html: string, name: string): string | undefined {
  const reader = new TagReader(html);
  for (let tag = reader.next(); tag; tag = reader.next()) {
    if (tag.closing || tag.name !== name) continue;
    const end = elementEnd(html, tag);
    return end === undefined ? undefined : html.slice(tag.start, end);
  }
  return undefined;
}

describe('elementEnd', () => {
  it('counts nested elements of the same name', () => {
    expect(elementOf('<div><div>a</div><p>b</p></div><div>c</div>', 'div')).toBe('<div><div>a</div><p>b</p></div>');
  });

  it('reads a quoted attribute value whole, even one holding the end tag (Astro leaves < and > raw there)', () => {
    const html = '<a href="#p-1" aria-label="Положение </a><script>x</script>">¶</a> текст';
    expect(elementOf(html, 'a')).toBe('<a href="#p-1" aria-label="Положение </a><script>x</script>">¶</a>');
  });

  it('passes over what a script holds', () => {
    expect(elementOf('<div><script>if (a</div>) {}</script>b</div>c', 'div')).toBe('<div><script>if (a</div>) {}</script>b</div>');
  });

  it('ends a void or self-closed element at its tag, and finds no end of an unclosed one', () => {
    expect(elementOf('<img src="a.png" alt="</img>">x', 'img')).toBe('<img src="a.png" alt="</img>">');
    expect(elementOf('<svg><path d="M0"/></svg>', 'path')).toBe('<path d="M0"/>');
    expect(elementOf('<section><p>a</p>', 'section')).toBeUndefined();
  });
});

describe('withoutElements', () => {
  it('cuts the picked elements with all they hold, and spares those `keep` asks for', () => {
    const html = '<main><nav class="x"><a>1</a></nav><p>текст</p><nav class="y">2</nav></main>';
    const skipNav = (tag: { name: string }) => tag.name === 'nav';
    expect(withoutElements(html, skipNav)).toBe('<main><p>текст</p></main>');
    expect(withoutElements(html, skipNav, (inner) => inner?.startsWith('2') ?? false)).toBe('<main><p>текст</p><nav class="y">2</nav></main>');
  });
});
