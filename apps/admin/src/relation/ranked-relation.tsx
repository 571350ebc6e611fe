import type { CollectionName } from '@stazhirovka/schema';
import CMS from '../decap.ts';
import { cloneElement, type ComponentClass, type CSSProperties, type ReactElement, type ReactNode, type Ref } from 'react';
import { entryFacts, SUMMARY_KEY } from '../entries/entry-facts.ts';
import { frontmatterOf } from '../scale/paged-backend.ts';
import { formOf } from '../scale/parsed-files.ts';
import { rankEntries } from './rank-entries.ts';

/**
 * Decap's relation widget, with three things changed for pickers over hundreds of entries:
 * - it reads the collection once per few seconds, not once per typed letter (Decap's `query`
 *   fetched and fuzzy-matched every entry again for each new term);
 * - it ranks what was typed as words (rank-entries.ts), best match first;
 * - an option shows the title and what tells the entry apart (entry-facts.ts: kind, district,
 *   region, number, date, status), wrapped rather than cut, so long titles do not look alike.
 * The value saved is the slug, as before; everything else (validation, sorting chips, initial
 * options) is Decap's own control.
 */

interface Hit {
  slug: string;
  data: Record<string, unknown>;
}

interface Option {
  value: string;
  label: string;
  data: Record<string, unknown>;
}

type QueryAction = (forID: string, collection: string, searchFields: string[], term: string, file?: string) => Promise<{ payload: { hits: Hit[] } }>;

/** How long one reading of a collection answers a picker: typing a word takes about that long. */
const FRESH_MS = 5_000;
const OPTIONS_SHOWN = 30;
const read = new Map<string, { at: number; hits: Promise<Hit[]> }>();

/**
 * Locally, the requisites of every entry straight from the editing backend, parsed once per file
 * text; through a git host, Decap's own query (which reads the whole collection too).
 */
async function readEntries(collection: CollectionName, query: QueryAction, forID: string): Promise<Hit[]> {
  const files = await frontmatterOf(collection);
  if (files) return files.map(({ slug, text }) => ({ slug, data: formOf(collection, text) }));
  return (await query(forID, collection, ['title'], '')).payload.hits ?? [];
}

function entriesOf(collection: CollectionName, query: QueryAction, forID: string): Promise<Hit[]> {
  const cached = read.get(collection);
  if (cached && performance.now() - cached.at < FRESH_MS) return cached.hits;
  const hits = readEntries(collection, query, forID);
  read.set(collection, { at: performance.now(), hits });
  hits.catch(() => read.delete(collection));
  return hits;
}

const today = () => new Date().toISOString().slice(0, 10);

function optionOf(collection: CollectionName, hit: Hit): Option {
  const summary = hit.data[SUMMARY_KEY];
  return { value: hit.slug, label: typeof summary === 'string' ? summary : String(hit.data.title ?? hit.slug), data: hit.data };
}

function searchableOf(collection: CollectionName, hit: Hit) {
  return { item: hit, texts: [String(hit.data.title ?? ''), ...entryFacts(collection, hit.data, today()), hit.slug] };
}

function debounced<A extends unknown[]>(run: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), ms);
  };
}

interface MenuListProps {
  innerRef: Ref<HTMLDivElement>;
  innerProps?: object;
  maxHeight: number;
  children: ReactNode;
}

/** A plain scrolling list: Decap's virtual list gives every option one 30-px line. */
function MenuList({ innerRef, innerProps, maxHeight, children }: MenuListProps) {
  return <div ref={innerRef} {...innerProps} style={{ maxHeight, overflowY: 'auto', position: 'relative' }}>{children}</div>;
}

const optionStyle = (base: CSSProperties): CSSProperties => ({ ...base, whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.35 });

interface RelationProps {
  field: { get(key: string, fallback?: unknown): unknown };
  query: QueryAction;
  forID: string;
}

interface RelationControlWithState {
  props: RelationProps;
  componentDidMount?(): void;
  state: { initialOptions: Option[] };
  render(): ReactElement<{ components: object; styles: Record<string, unknown> }>;
}

/** Registers the ranked picker under Decap's own name, so every relation field uses it. */
export function registerRankedRelation(): void {
  const relation = CMS.getWidget('relation') as { control: ComponentClass; preview: ComponentClass; schema?: object } | undefined;
  if (!relation) throw new Error('Decap has no relation widget to extend');
  // Decap's control is untyped JavaScript; its instance shape is declared above.
  const Base = relation.control as unknown as new (props: RelationProps) => RelationControlWithState;

  class RankedRelationControl extends Base {
    parseHitOptions = (hits: Hit[]) => hits.map((hit) => optionOf(this.collection(), hit));

    loadOptions = debounced((term: string, callback: (options: Option[]) => void) => {
      const { query, forID } = this.props;
      entriesOf(this.collection(), query, forID)
        .then((hits) => {
          const ranked = rankEntries(hits.map((hit) => searchableOf(this.collection(), hit)), term).slice(0, OPTIONS_SHOWN);
          const options = this.parseHitOptions(ranked);
          const chosen = this.state.initialOptions.filter((option) => !options.some((o) => o.value === option.value));
          callback([...options, ...chosen]);
        })
        .catch(() => callback([]));
    }, 150);

    componentDidMount() {
      super.componentDidMount?.();
      // Read the collection while the person looks at the form, so the first letter is answered at once.
      void entriesOf(this.collection(), this.props.query, this.props.forID).catch(() => undefined);
    }

    collection(): CollectionName {
      return this.props.field.get('collection') as CollectionName;
    }

    render() {
      const select = super.render();
      return cloneElement(select, {
        components: { ...select.props.components, MenuList },
        styles: { ...select.props.styles, option: (base: CSSProperties) => optionStyle(base) },
        loadingMessage: () => 'Загрузка…',
        noOptionsMessage: () => 'Ничего не найдено: введите слово из названия, района или номера',
        placeholder: 'Начните вводить название, район или номер',
      } as object);
    }
  }
  // Decap's types omit registerWidget's fourth argument, the options schema it validates the config with.
  const register = CMS.registerWidget as (name: string, control: unknown, preview: unknown, schema?: object) => void;
  register('relation', RankedRelationControl, relation.preview, relation.schema);
}
