import type { CollectionName } from '../collection-names.ts';

/**
 * What a reader sees of an entry besides its body: the requisites card and the text sections,
 * as plain data. The site page and the CMS preview draw it, each in a few lines, so a field shows
 * the same label and the same formatted value in both.
 */
export interface EntryView {
  /** The card's heading: «Реквизиты», «Кратко»… */
  heading: string;
  /** Badges beside the heading (a sample case says it is one). */
  headingBadges: Badge[];
  /** A note above the card. */
  notice?: { strong: string; text?: string };
  /** Signature blocks («Согласовано», «УТВЕРЖДАЮ») as the source lays them out. */
  signatures: SignatureView[];
  rows: Row[];
  /** Fields shown as text under the card (a case's problem and steps, a program's goals). */
  sections: Section[];
  /** A document's appendices, with where to read each. */
  appendices: AppendixView[];
}

/** A status or a mark; `code` picks its colour (`badge--expired`). */
export interface Badge {
  code: string;
  label: string;
}

/**
 * A piece of a value: text, a link, or a badge. `announce` is said to screen readers before a
 * badge («Статус: ») where no visible label says what it is.
 */
export type Part = { text: string; href?: string } | { badge: Badge; announce?: string };

/** One term of the requisites list. */
export interface Row {
  key: string;
  label: string;
  parts: Part[];
}

/**
 * How a section is drawn: a paragraph; a list or a numbered list (steps); `terms`, a group's
 * filled fields as a definition list (resources, a contact); `table`, records as rows (measured
 * results: indicator, before, after, method).
 */
export type SectionLayout = 'paragraph' | 'list' | 'numbered' | 'terms' | 'table';

export interface Section {
  key: string;
  heading: string;
  layout: SectionLayout;
  /** One item for a paragraph; one per line or record for a list; one per filled field for terms. */
  items: Part[][];
  /** `terms`: the label of each item; `table`: the column headings. */
  labels?: string[];
  /** `table`: one row per record, one cell per column (an empty cell is an empty array). */
  rows?: Part[][][];
}

export interface SignatureView {
  /** Where the block stands on the source's title page. */
  side: 'agreement' | 'approval';
  heading: string;
  /** Lines under the heading; `note` is a quieter addition (the date as the site reads it). */
  lines: { text: string; note?: string }[];
}

export interface AppendixView {
  /** «Приложение 1: Анкета кандидата …» */
  text: string;
  href?: string;
  /** « — отдельный документ», « — текста приложения нет в исходном документе». */
  note?: string;
}

/** What the caller knows about an entry a reference points to. */
export interface LinkTarget {
  /** The text of a link to it: its title, or a position for a job instruction. */
  text: string;
  url: string;
  /** Its status, where links to it show one. */
  status?: Badge;
}

/**
 * Finds a referenced entry: the site passes its loaded content, the CMS preview the titles it
 * fetched. Undefined when the entry is unknown (the link is shown as its slug).
 */
export type Resolver = (collection: CollectionName, slug: string) => LinkTarget | undefined;

/** An entry pointing at the one shown, through the field at `path`. */
export interface Referrer {
  collection: CollectionName;
  slug: string;
  path: readonly (string | number)[];
}

export interface PresentContext {
  resolve: Resolver;
  /** `YYYY-MM-DD`. Without it no status is shown: the preview of a form that does not validate yet. */
  today?: string;
  /** Entries that point at this one (the site knows them; the preview does not). */
  referrers?: readonly Referrer[];
}
