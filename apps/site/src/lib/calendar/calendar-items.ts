import { FORMATS, type Offering, offeringDays, offeringStatus, type OfferingStatus, toSlug } from '@stazhirovka/schema';
import { type Region, regionNamed } from '../regions/region-grid.ts';

/** What the calendar, its filters and the `.ics` files need of an offering, free of Astro. */
export interface CalendarItem {
  slug: string;
  offering: Offering;
  /** The region it happens in: its own, else its site's. */
  regionName: string;
  region?: Region;
  /** Its site's slug and title. */
  site: { slug: string; title: string };
  first: string;
  last: string;
  status: OfferingStatus;
}

export function calendarItem(slug: string, offering: Offering, site: { slug: string; title: string; region: string }, today: string): CalendarItem {
  const regionName = offering.region ?? site.region;
  const { first, last } = offeringDays(offering);
  return {
    slug, offering, regionName, region: regionNamed(regionName),
    site: { slug: site.slug, title: site.title }, first, last, status: offeringStatus(offering, today),
  };
}

/** What is coming: everything not finished yet, by its first day. */
export const upcoming = (items: readonly CalendarItem[]) =>
  items.filter((item) => item.status !== 'finished').sort((a, b) => a.first.localeCompare(b.first) || a.offering.title.localeCompare(b.offering.title, 'ru'));

/** The facets of the calendar, in the order the page shows them. */
export const FACETS = ['region', 'format', 'audience'] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetValue {
  slug: string;
  label: string;
}

/** The values an item has for a facet (an offering is for several audiences). */
export function valuesOf(item: CalendarItem, facet: Facet): FacetValue[] {
  switch (facet) {
    case 'region':
      return [{ slug: item.region?.slug ?? toSlug(item.regionName), label: item.regionName }];
    case 'format':
      return [{ slug: item.offering.format, label: FORMATS[item.offering.format] }];
    case 'audience':
      return (item.offering.audience ?? []).map((label) => ({ slug: toSlug(label), label }));
  }
}

/** A choice of at most one value per facet. */
export type Selection = Partial<Record<Facet, string>>;

export const matches = (item: CalendarItem, selection: Selection) =>
  FACETS.every((facet) => selection[facet] === undefined || valuesOf(item, facet).some((v) => v.slug === selection[facet]));

export const filterItems = (items: readonly CalendarItem[], selection: Selection) => items.filter((item) => matches(item, selection));

/**
 * The address of a selection: `/calendar/` plus one segment per chosen facet in a fixed order,
 * e.g. `/calendar/region-omskaya-oblast/format-blended/`. Static pages, shareable, no JavaScript.
 */
export function selectionUrl(selection: Selection): string {
  const segments = FACETS.flatMap((facet) => (selection[facet] ? [`${facet}-${selection[facet]}`] : []));
  return `/calendar/${segments.map((s) => `${s}/`).join('')}`;
}

/** The inverse of {@link selectionUrl}'s path part; undefined for a path it never makes. */
export function parseSelection(path: string): Selection | undefined {
  const selection: Selection = {};
  let last = -1;
  for (const segment of path.split('/').filter(Boolean)) {
    const facet = FACETS.find((f) => segment.startsWith(`${f}-`));
    if (!facet || FACETS.indexOf(facet) <= last) return undefined;
    last = FACETS.indexOf(facet);
    selection[facet] = segment.slice(facet.length + 1);
  }
  return selection;
}

/** Every selection with at least one item: the pages to build. Each item adds the subsets of its values. */
export function nonEmptySelections(items: readonly CalendarItem[]): Selection[] {
  const found = new Map<string, Selection>();
  for (const item of items) {
    let selections: Selection[] = [{}];
    for (const facet of FACETS) {
      const values = valuesOf(item, facet);
      selections = selections.flatMap((s) => [s, ...values.map((v) => ({ ...s, [facet]: v.slug }))]);
    }
    for (const s of selections) found.set(selectionUrl(s), s);
  }
  return [...found.values()];
}

export interface FacetOption extends FacetValue {
  count: number;
  /** The address with this value chosen (or unchosen, when it is the current one). */
  url: string;
  current: boolean;
}

/** A facet's values with how many items each would leave, given the other facets' choices. */
export function facetOptions(items: readonly CalendarItem[], selection: Selection, facet: Facet): FacetOption[] {
  const others = { ...selection, [facet]: undefined };
  const values = new Map<string, FacetValue>();
  for (const item of items) for (const v of valuesOf(item, facet)) if (!values.has(v.slug)) values.set(v.slug, v);
  return [...values.values()]
    .map((value) => {
      const current = selection[facet] === value.slug;
      return {
        ...value,
        count: filterItems(items, { ...others, [facet]: value.slug }).length,
        url: selectionUrl(current ? others : { ...others, [facet]: value.slug }),
        current,
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'ru'));
}

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** Items grouped by the month of their first day: «Декабрь 2026». */
export function byMonth(items: readonly CalendarItem[]): { key: string; label: string; items: CalendarItem[] }[] {
  const groups = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const key = item.first.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()].map(([key, list]) => {
    const month = MONTHS[Number(key.slice(5, 7)) - 1];
    return { key, label: `${month[0].toUpperCase()}${month.slice(1)} ${key.slice(0, 4)}`, items: list };
  });
}
