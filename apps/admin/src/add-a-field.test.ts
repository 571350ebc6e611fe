import {
  entryUrl, fieldReference, formatProblem, PracticeSchema, presentEntry, problemsFromZod, type Resolver, russianErrorMap, text,
} from '@stazhirovka/schema';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formFieldsOf } from './config/schema-fields.ts';
import { previewOf } from './preview/EntryPreview.tsx';

/**
 * Adding a field to a content type is one change in the schema package: the reader's card (which
 * the site page and the CMS preview both draw), the CMS form, the validation messages and the
 * field reference all pick it up with nothing else edited.
 */
const WithDuration = PracticeSchema.extend({
  duration: text({ title: 'Продолжительность', description: 'Сколько длилась практика, например «два учебных года»' }),
});

const practice = {
  title: 'Наставничество молодых педагогов',
  site: 'tambov',
  organization: 'Школа № 1',
  authors: [{ name: 'И. И. Иванов' }],
  targetGroup: 'молодые педагоги',
  problem: 'Молодые педагоги уходят в первый год',
  technology: 'Наставничество',
  evidence: 'measured',
  steps: [{ step: 'Пары наставник — педагог' }],
  results: 'Остались 9 из 10',
};
const resolve: Resolver = (collection, slug) => ({ text: 'Площадка Тамбовской области', url: entryUrl(collection, slug) });

describe('a field added to a fixture schema', () => {
  it('is a row of the card the site and the preview draw', () => {
    const view = presentEntry('practices', { ...practice, duration: 'два учебных года' }, { resolve }, WithDuration);
    expect(view.rows.at(-1)).toEqual({ key: 'duration', label: 'Продолжительность', parts: [{ text: 'два учебных года' }] });
  });

  it('is drawn by the CMS preview', () => {
    const entry = { get: (key: string) => (key === 'data' ? { get: () => undefined, toJS: () => ({ ...practice, duration: 'два учебных года' }) } : undefined), toJS: () => ({}) };
    const html = renderToStaticMarkup(createElement(previewOf('practices', WithDuration), { entry, getCollection: () => Promise.reject(new Error('offline')) }));
    expect(html).toContain('<dt>Продолжительность</dt><dd><span>два учебных года</span></dd>');
  });

  it('is a field of the CMS form, with its label, hint and required flag', () => {
    expect(formFieldsOf(WithDuration).find((field) => field.name === 'duration')).toEqual({
      name: 'duration',
      label: 'Продолжительность',
      hint: 'Сколько длилась практика, например «два учебных года»',
      required: true,
      widget: 'string',
      pattern: ['\\S', 'заполните поле: одни пробелы не считаются'],
    });
  });

  it('is named by its label in validation messages', () => {
    const parsed = WithDuration.safeParse(practice, { error: russianErrorMap, reportInput: true });
    expect(parsed.success).toBe(false);
    const problems = parsed.success ? [] : problemsFromZod('content/practices/nastavnichestvo.mdx', WithDuration, parsed.error);
    expect(problems.map(formatProblem)).toEqual([
      'content/practices/nastavnichestvo.mdx: «Продолжительность» (duration): обязательное поле не заполнено; заполните его.',
    ]);
  });

  it('is in the field reference', () => {
    const reference = fieldReference([{ name: 'practices', label: 'Практики', bodyLabel: 'Описание кейса', schema: WithDuration }]);
    expect(reference).toContain('| `duration` | Продолжительность | one line of text | yes | Сколько длилась практика, например «два учебных года» |');
  });
});
