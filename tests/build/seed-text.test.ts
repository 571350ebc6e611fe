import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/content-files.ts';
import { pageText } from '../support/html-text.ts';
import { SEEDS_DIR } from '../support/paths.ts';

/**
 * Markup the Word-to-text extraction left in the seeds, which the site renders rather than prints:
 * `**bold**`, `<https://…>` autolinks, `- ` bullets and tabs between table cells.
 */
export function normalizeSeedLine(line: string): string {
  return line
    .replace(/\*\*/g, '')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/^\s*-\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const seeds = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));
const documents = contentFiles().filter((f) => f.collection === 'regulations' || f.collection === 'instructions');

describe('every line of every seed is published word for word', () => {
  it('has the four seeds to check', () => {
    expect(seeds).toHaveLength(4);
  });

  it.each(seeds)('%s', (seed) => {
    const pages = documents.filter((doc) => doc.data.source === seed);
    expect(pages.length, `no published document names ${seed} as its source`).toBeGreaterThan(0);
    const published = pages.map((doc) => pageText(doc.url)).join(' ');
    const lines = readFileSync(join(SEEDS_DIR, seed), 'utf8').split('\n').map(normalizeSeedLine).filter(Boolean);
    const missing = lines.filter((line) => !published.includes(line));
    expect(missing).toEqual([]);
    expect(lines.length).toBeGreaterThan(50);
  });

  it('keeps the source order of clauses, anomalies included (Omsk 2.1.1 → 2.1.7 → … → 2.1.2)', () => {
    const omsk = pageText('/regulations/omsk-polozhenie-o-msp-2021/');
    const at = (clause: string) => omsk.indexOf(`${clause}. `);
    expect(at('2.1.1')).toBeGreaterThan(-1);
    expect(at('2.1.1')).toBeLessThan(at('2.1.7'));
    expect(at('2.1.7')).toBeLessThan(at('2.1.2'));
  });

  it('keeps the Tambov documentoved clause 3.7 twice, not renumbered', () => {
    const text = pageText('/instructions/tambov-dokumentoved/');
    expect(text.match(/3\.7\. /g)).toHaveLength(2);
  });
});
