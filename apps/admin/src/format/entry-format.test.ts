import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkMdxBody, COLLECTION_NAMES, FrontmatterError, splitFrontmatter } from '@stazhirovka/schema';
import { REPO_ROOT, validateEntry } from '@stazhirovka/schema/validate';
import { describe, expect, it } from 'vitest';
import { VARIANT_KEY } from '../config/schema-fields.ts';
import { SLUG_KEY } from '../slug/latin-slug.ts';
import { fromFile, ORIGIN_KEY, toFile, UnsafeBodyError } from './entry-format.ts';

/** Copies of seed documents as they were written by hand and by the importer (not the live content/). */
const FIXTURES = join(import.meta.dirname, 'fixtures');
const SEEDS = COLLECTION_NAMES.flatMap((collection) =>
  readdirSync(join(FIXTURES, collection))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ collection, name, source: readFileSync(join(FIXTURES, collection, name), 'utf8') })),
);

/** The frontmatter edge cases the schema package's splitter test pins. */
const EDGE_CASES = join(REPO_ROOT, 'packages/schema/test/fixtures/frontmatter');
const EDGES = readdirSync(EDGE_CASES).map((name) => ({ name, source: readFileSync(join(EDGE_CASES, name), 'utf8') }));

/** What Decap's form does to untouched optional fields once a person has clicked through them. */
function clickedThrough(form: Record<string, unknown>): Record<string, unknown> {
  return { ...form, municipality: form.municipality ?? '', related: form.related ?? [], direction: form.direction ?? '' };
}

const lines = (text: string) => text.split('\n');

describe('saving from the CMS keeps files byte for byte', () => {
  it('there are seed documents in every collection', () => {
    expect(new Set(SEEDS.map((s) => s.collection))).toEqual(new Set(COLLECTION_NAMES));
  });

  it.each(SEEDS)('$collection/$name: open and save leaves it identical', ({ collection, source }) => {
    expect(toFile(collection, fromFile(collection, source))).toBe(source);
  });

  it.each(SEEDS)('$collection/$name: change the title and back, clear nothing — identical', ({ collection, source }) => {
    const form = fromFile(collection, source);
    const edited = { ...clickedThrough(form), title: `${form.title} (изм.)` };
    const back = { ...edited, title: form.title, [SLUG_KEY]: 'ignored' };
    expect(toFile(collection, back)).toBe(source);
  });

  it.each(SEEDS)('$collection/$name: a real edit changes only that line', ({ collection, source }) => {
    const form = fromFile(collection, source);
    const saved = toFile(collection, { ...form, title: `${form.title} (изм.)` });
    const changed = lines(saved).filter((line, i) => line !== lines(source)[i]);
    expect(changed).toEqual([`title: "${form.title} (изм.)"`]);
  });
});

describe('the CMS reads frontmatter with the same splitter as validate and the build', () => {
  it.each(EDGES)('$name: opens exactly when the splitter accepts it, and saves it back unchanged', ({ name, source }) => {
    let refusal: string | undefined;
    try {
      splitFrontmatter(source);
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error;
      refusal = error.message;
    }
    if (refusal) {
      expect(() => fromFile('sites', source), name).toThrow(refusal);
      expect(() => toFile('sites', { title: 'T', body: '', [ORIGIN_KEY]: source }), name).toThrow(refusal);
    } else {
      expect(toFile('sites', fromFile('sites', source))).toBe(source);
    }
  });

  it('refuses to open a file whose closing line has text after «---», instead of saving its fields as text', () => {
    const source = EDGES.find((edge) => edge.name === 'text-after-fence.mdx')?.source ?? '';
    expect(() => fromFile('sites', source)).toThrowErrorMatchingInlineSnapshot(`[Error: Запись не открыта: строка, закрывающая блок полей, должна состоять только из «---»; перенесите текст после «---» на следующую строку (строка 3). Исправьте файл в редакторе текста.]`);
  });

  it('opens an empty block as no fields, as validate reads it', () => {
    const source = EDGES.find((edge) => edge.name === 'empty-block.mdx')?.source ?? '';
    expect(fromFile('sites', source)).toEqual({ body: 'Текст.', [ORIGIN_KEY]: source });
  });
});

describe('the form sees readable data', () => {
  it('hides MDX escapes in the body and restores them on save', () => {
    const source = '---\ntitle: "T"\n---\n\nФормула \\{x\\} и \\<y\\>, код `{z}`.\n';
    const form = fromFile('sites', source);
    expect(form.body).toBe('Формула {x} и <y>, код `{z}`.');
    expect(form[ORIGIN_KEY]).toBe(source);
    expect(toFile('sites', { ...form, body: `${form.body} Ещё.` })).toBe('---\ntitle: "T"\n---\n\nФормула \\{x\\} и \\<y\\>, код `{z}`. Ещё.\n');
  });

  it('tags alternatives of legal bases for Decap and removes the tags on save', () => {
    const seed = SEEDS.find((s) => s.source.includes('legalBasis:'));
    if (!seed) throw new Error('no seed with a legal basis');
    const form = fromFile(seed.collection, seed.source);
    const items = form.legalBasis as Record<string, unknown>[];
    expect(items.every((item) => typeof item[VARIANT_KEY] === 'string')).toBe(true);
    const saved = toFile(seed.collection, { ...form, title: `${form.title}!` });
    expect(saved).not.toContain(`${VARIANT_KEY}:`);
  });
});

const NEW_PRACTICE = {
  title: 'Наставничество {для} <молодых> педагогов',
  example: false,
  site: 'tomsk-fip-toipkro',
  problem: 'Молодые педагоги уходят в первый год',
  technology: 'Наставничество',
  targetGroup: 'молодые педагоги',
  evidence: 'measured',
  steps: [{ step: 'Пары наставник — педагог', duration: '' }],
  results: 'Остались 9 из 10',
  authors: [{ name: 'И. И. Иванов', position: '' }],
  organization: 'Школа № 1',
  year: 2024,
  municipality: '',
  materials: [],
  [SLUG_KEY]: 'nastavnichestvo',
};

describe('new entries', () => {
  it('are written in the house style, without empty fields or form-only keys, and validate', () => {
    const body = 'Текст с {x} <y>, "кавычками", списком:\n\n- раз\n- два\n\n| a | b |\n| - | - |\n| {1} | <2> |';
    const file = toFile('practices', { ...NEW_PRACTICE, body });
    expect(file).toMatchInlineSnapshot(`
      "---
      title: "Наставничество {для} <молодых> педагогов"
      example: false
      site: "tomsk-fip-toipkro"
      organization: "Школа № 1"
      authors:
        - name: "И. И. Иванов"
      year: 2024
      evidence: "measured"
      targetGroup: "молодые педагоги"
      problem: "Молодые педагоги уходят в первый год"
      technology: "Наставничество"
      steps:
        - step: "Пары наставник — педагог"
      results: "Остались 9 из 10"
      ---

      Текст с \\{x\\} \\<y\\>, "кавычками", списком:

      - раз
      - два

      | a | b |
      | - | - |
      | \\{1\\} | \\<2\\> |
      "
    `);
    const result = validateEntry({ collection: 'practices', slug: 'nastavnichestvo', file: 'content/practices/nastavnichestvo.mdx', source: file });
    expect(result.problems).toEqual([]);
  });

  it('refuse a body that escaping cannot make safe, so nothing unsafe is written', () => {
    expect(() => toFile('practices', { ...NEW_PRACTICE, body: '[ссылка](javascript:alert(1))' })).toThrow(UnsafeBodyError);
  });
});

describe('any typed body builds', () => {
  const ALPHABET = ['{', '}', '<', '>', '[', ']', '(', ')', '*', '_', '\\', '`', '#', '|', '-', '!', ':', '&', ';', '"', "'", ' ', '\n', 'a', 'б', '1', '.', '/', '=', 'import ', 'export ', '    ', '<a href="x">', 'http://x.y', '```'];
  function randomText(seed: number, length: number): string {
    let state = seed;
    const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    return Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
  }

  it('800 random bodies of MDX-hostile characters all pass the MDX check after saving', () => {
    for (let seed = 1; seed <= 800; seed++) {
      const typed = randomText(seed, 1 + (seed % 60));
      let file: string;
      try {
        file = toFile('sites', { title: 'T', body: typed });
      } catch (error) {
        // Only an unsafe link may be refused, and random text cannot form `javascript:`.
        throw new Error(`seed ${seed}: ${JSON.stringify(typed)}: ${(error as Error).message}`, { cause: error });
      }
      const body = file.slice(file.indexOf('\n---\n') + 5);
      expect(checkMdxBody(body), `seed ${seed}: ${JSON.stringify(typed)}`).toEqual([]);
      // Reopening and saving again does not pile up backslashes.
      expect(toFile('sites', { ...fromFile('sites', file), title: 'T2' }).endsWith(body), `seed ${seed}`).toBe(true);
    }
  }, 60_000);
});
