/**
 * A deterministic corpus of N documents for `pnpm bench`, valid under the schema, across all five
 * collections with references between them. Every entry is built from a real one in `content/`:
 * its fields (re-pointed at generated entries) and its body, followed by unnumbered paragraphs
 * taken from other real documents, so the text is the sources' own words, recombined.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CollectionName } from '@stazhirovka/schema';
import { splitFrontmatter } from '@stazhirovka/schema/validate';

type Data = Record<string, unknown>;

interface Template {
  data: Data;
  body: string;
}

/** Shares of the corpus, roughly what a regional network publishes. */
const SHARES: [CollectionName, number][] = [
  ['sites', 0.06],
  ['regulations', 0.3],
  ['instructions', 0.4],
  ['programs', 0.14],
  ['practices', 0.1],
];

const REGIONS = [
  'Тамбовская область', 'Омская область', 'Томская область', 'Ленинградская область', 'Республика Татарстан',
  'Свердловская область', 'Краснодарский край', 'Новосибирская область', 'Республика Саха (Якутия)', 'Пермский край',
];

/** Mulberry32: a tiny seeded generator, so the same N always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readTemplates(contentDir: string): Record<CollectionName, Template[]> {
  const read = (collection: CollectionName) =>
    readdirSync(join(contentDir, collection))
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const split = splitFrontmatter(readFileSync(join(contentDir, collection, name), 'utf8'));
        return { data: split.data as Data, body: split.body };
      });
  return {
    sites: read('sites'),
    regulations: read('regulations'),
    instructions: read('instructions'),
    programs: read('programs'),
    offerings: read('offerings'),
    practices: read('practices'),
  };
}

/** Paragraphs that carry no clause number or markup, safe to append to any body. */
function plainParagraphs(templates: Record<CollectionName, Template[]>): string[] {
  return Object.values(templates)
    .flat()
    .flatMap((t) => t.body.split(/\n{2,}/))
    .map((block) => block.trim())
    .filter((block) => /^[А-ЯЁа-яё]/.test(block) && !block.includes('\n') && !/[|\\]/.test(block) && block.length > 60);
}

/** Frontmatter in the house style: every string double-quoted, block lists, one key a line. */
export function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    return value.map((item) => `${indent}-${isBlock(item) ? `\n${toYaml(item, `${indent}    `)}` : ` ${JSON.stringify(item)}`}`).join('\n');
  }
  return Object.entries(value as Data)
    .map(([key, item]) => `${indent}${key}:${isBlock(item) ? `\n${toYaml(item, `${indent}  `)}` : ` ${JSON.stringify(item)}`}`)
    .join('\n');
}

const isBlock = (value: unknown) => typeof value === 'object' && value !== null;

export interface CorpusSummary {
  dir: string;
  counts: Record<CollectionName, number>;
}

/** Writes `count` documents into `dir` (emptied first), in `dir/<collection>/<slug>.mdx`. */
export function writeCorpus(dir: string, count: number, contentDir: string, seed = 20261130): CorpusSummary {
  const templates = readTemplates(contentDir);
  const paragraphs = plainParagraphs(templates);
  const rand = random(seed + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const counts = Object.fromEntries(SHARES.map(([name, share]) => [name, Math.max(1, Math.round(count * share))])) as Record<CollectionName, number>;
  counts.instructions += count - Object.values(counts).reduce((a, b) => a + b, 0);
  const slug = (collection: CollectionName, i: number) => `bench-${collection}-${i}`;
  const siteOf = () => slug('sites', Math.floor(rand() * counts.sites));
  rmSync(dir, { recursive: true, force: true });

  const write = (collection: CollectionName, i: number, make: (template: Template) => Data) => {
    const template = templates[collection][i % templates[collection].length];
    const extra = Array.from({ length: 3 }, () => pick(paragraphs)).join('\n\n');
    const data = { ...make(template), source: `bench-${seed}` };
    mkdirSync(join(dir, collection), { recursive: true });
    writeFileSync(join(dir, collection, `${slug(collection, i)}.mdx`), `---\n${toYaml(data)}\n---\n${template.body.trimEnd()}\n\n${extra}\n`);
  };
  const numbered = (title: unknown, collection: CollectionName, i: number) => `${String(title)} (${collection} ${i})`;

  for (let i = 0; i < counts.sites; i++) {
    write('sites', i, ({ data }) => {
      const { parent: _parent, statusDocument: _status, ...rest } = data;
      const parent = i > 0 && rand() < 0.5 ? { parent: slug('sites', Math.floor(rand() * i)) } : {};
      return { ...rest, title: numbered(data.title, 'sites', i), region: pick(REGIONS), ...parent };
    });
  }
  for (let i = 0; i < counts.regulations; i++) {
    write('regulations', i, ({ data }) => {
      const { approvedBy: _a, related: _r, repealed: _p, legalBasis, ...rest } = data;
      const external = (legalBasis as Data[] | undefined)?.filter((item) => !('ref' in item));
      const related = i > 0 && rand() < 0.3 ? { related: [slug('regulations', Math.floor(rand() * i))] } : {};
      return {
        ...rest,
        title: numbered(data.title, 'regulations', i),
        number: `${i + 1}-р`,
        region: pick(REGIONS),
        site: siteOf(),
        ...(external?.length ? { legalBasis: external } : {}),
        ...related,
      };
    });
  }
  // Reporting lines stay inside one site and point at an earlier instruction: no cycles.
  const staff = new Map<string, string[]>();
  for (let i = 0; i < counts.instructions; i++) {
    write('instructions', i, ({ data }) => {
      const { reportsTo: _r, ...rest } = data;
      const site = siteOf();
      const colleagues = staff.get(site) ?? [];
      const boss = colleagues.length > 0 && rand() < 0.8 ? { reportsTo: [pick(colleagues)] } : {};
      staff.set(site, [...colleagues, slug('instructions', i)]);
      return { ...rest, title: numbered(data.title, 'instructions', i), site, ...boss };
    });
  }
  for (let i = 0; i < counts.programs; i++) {
    write('programs', i, ({ data }) => ({
      ...data,
      title: numbered(data.title, 'programs', i),
      site: siteOf(),
      basis: slug('regulations', Math.floor(rand() * counts.regulations)),
    }));
  }
  for (let i = 0; i < counts.practices; i++) {
    write('practices', i, ({ data }) => ({ ...data, title: numbered(data.title, 'practices', i), example: false, site: siteOf() }));
  }
  return { dir, counts };
}
