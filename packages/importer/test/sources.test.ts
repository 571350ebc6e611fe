import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource, readText } from '../src/index.ts';
import { handMadeFrom, publishedText, SOURCES_DIR } from './source-text.ts';

/** Requisites compared with the hand-made entries (issue 11, item 2). */
const REQUISITES = ['kind', 'number', 'adoptedAt', 'issuer', 'title', 'approval', 'agreement'] as const;

/**
 * Where the importer knowingly differs from the hand-made entry, and what it gives instead; each is
 * explained in packages/importer/README.md («Отличия от ручного переноса»).
 */
const KNOWN: Record<string, Partial<Record<(typeof REQUISITES)[number], unknown>>> = {
  // The source names ТОИПКРО only by its abbreviation; the full name was typed by hand.
  'tomsk-polozhenie-o-trenerakh-2020': { issuer: 'ТОИПКРО' },
};

const sources = readdirSync(SOURCES_DIR).filter((name) => name.endsWith('.txt'));

describe('the source documents re-import to the hand-made entries', () => {
  it('has the four sources', () => {
    expect(sources).toHaveLength(4);
  });

  describe.each(sources)('%s', (source) => {
    const imported = importSource(readText(readFileSync(join(SOURCES_DIR, source), 'utf8')), { fileName: source });
    const handMade = handMadeFrom(source);

    it('splits the file into as many documents as were published from it', () => {
      expect(imported.map((doc) => doc.frontmatter.title)).toEqual(
        expect.arrayContaining(handMade.map((entry) => entry.data.title)),
      );
      expect(imported).toHaveLength(handMade.length);
    });

    it.each(handMade.map((entry) => [entry.slug, entry] as const))('%s: same published text, same markup', (_slug, entry) => {
      const doc = imported.find((d) => d.frontmatter.title === entry.data.title);
      expect(doc, `no imported document titled «${String(entry.data.title)}»`).toBeDefined();
      expect(publishedText(doc?.body ?? '')).toBe(publishedText(entry.body));
      // Stronger than the text: headings, escapes, lists and tables are written as by hand.
      expect(doc?.body).toBe(entry.body.replace(/^\n/, ''));
    });

    it.each(handMade.map((entry) => [entry.slug, entry] as const))('%s: same requisites', (slug, entry) => {
      const doc = imported.find((d) => d.frontmatter.title === entry.data.title);
      for (const key of REQUISITES) {
        const expected = key in (KNOWN[slug] ?? {}) ? KNOWN[slug][key] : entry.data[key];
        expect(doc?.frontmatter[key], `${slug}: ${key}`).toEqual(expected);
      }
    });

    it('passes validate apart from what only a person can fill in', () => {
      for (const doc of imported) {
        const errors = doc.problems.filter((p) => p.severity === 'error').map((p) => p.path);
        expect(errors.every((path) => doc.needsHuman.some((task) => task.field === path)), doc.path).toBe(true);
      }
    });
  });
});
