import { beforeAll, describe, expect, it } from 'vitest';
import { createFormCompleter, type FormCompleter, wordsOfHtml } from './word-forms.ts';

let completer: FormCompleter;
beforeAll(async () => {
  completer = await createFormCompleter();
});

describe('missing word forms of a page', () => {
  it('adds the genitive plural with a fleeting vowel that no other form leads to', () => {
    expect(completer.missingKeys(['площадки', 'площадке'])).toContain('площадок');
    expect(completer.missingKeys(['площадок'])).toContain('площадка');
  });

  it('adds nothing a page already has', () => {
    expect(completer.missingKeys(['площадки', 'площадок'])).toEqual([]);
  });

  it('adds nothing for regular words, which the query rewriting covers', () => {
    expect(completer.missingKeys(['стажировочная', 'тьюторов', 'наставничества'])).toEqual([]);
  });

  it('links suppletive forms', () => {
    expect(completer.missingKeys(['лет'])).toContain('год');
  });
});

describe('words of a built page', () => {
  it('takes only the indexed body, without navigation and related entries', () => {
    const html = [
      '<html><body><header>Площадки</header><main data-pagefind-body>',
      '<nav>Документы</nav><h1>Положение</h1><p>о работе тьюторов</p>',
      '<section class="related"><h2>Связанные документы</h2></section>',
      '</main><footer>Подвал</footer></body></html>',
    ].join('');
    expect(wordsOfHtml(html)).toEqual(['положение', 'работе', 'тьюторов']);
  });

  it('leaves out whatever Pagefind ignores, nested elements included, and keeps what follows', () => {
    const html = [
      '<main data-pagefind-body><h1>Инструкция документоведа</h1>',
      '<section class="org-chart" data-pagefind-ignore><div><div>Тьютор</div></div><p>Координатор</p></section>',
      '<dl><dt data-pagefind-ignore>Должность</dt><dd>Документовед</dd></dl>',
      '</main>',
    ].join('');
    expect(wordsOfHtml(html)).toEqual(['инструкция', 'документоведа', 'документовед']);
  });
});
