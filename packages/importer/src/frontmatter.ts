import { COLLECTIONS, type CollectionName, UNITS } from '@stazhirovka/schema';
import type { SignatureBlock } from './approval.ts';
import { levelOf, municipalityOf, regionOf } from './issuer.ts';
import type { Reference } from './references.ts';
import type { Requisites } from './requisites.ts';
import { positionToNominative } from './russian-words.ts';

/** Something the importer saw but cannot put in a field: the methodologist decides. */
export interface Note {
  /** The field concerned, when there is one. */
  field?: string;
  message: string;
}

/** What the frontmatter builder knows about a document besides its requisites. */
export interface DocumentFacts {
  requisites: Requisites;
  references: Reference[];
  /** All text of the document, for facts stated in clauses (who appoints, appendices). */
  text: string;
  fileName: string;
  /** Slug of the order in the same file that approves this document. */
  approvedBy?: string;
  /** Slugs of documents in the same file this one approves. */
  approves?: { slug: string; title: string }[];
  /** Place among the instructions of the same file, from 1. */
  order?: number;
  /** Letterhead lines, for region and municipality. */
  letterhead: string[];
}

/** Frontmatter for a collection, keys in the schema's order, only what the text says. */
export function buildFrontmatter(collection: CollectionName, facts: DocumentFacts, notes: Note[]): Record<string, unknown> {
  const data = BUILDERS[collection](facts, notes);
  const order = Object.keys(COLLECTIONS[collection].schema.shape);
  const entries = Object.entries(data).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  return Object.fromEntries(entries.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

type Builder = (facts: DocumentFacts, notes: Note[]) => Record<string, unknown>;

const BUILDERS: Record<CollectionName, Builder> = {
  regulations: regulation,
  instructions: instruction,
  programs: program,
  sites: (facts) => ({ title: facts.requisites.title, source: facts.fileName }),
  practices: (facts) => ({ title: facts.requisites.title, source: facts.fileName }),
};

function regulation({ requisites, references, text, fileName, approvedBy, approves, letterhead }: DocumentFacts, notes: Note[]) {
  const { kind } = requisites;
  if (kind && !kind.regulationKind) {
    notes.push({
      field: 'kind',
      message: `вид документа «${kind.name}» схема пока не знает (есть: положение, распоряжение, приказ); выберите ближайший или попросите добавить вид`,
    });
  }
  const place = [...letterhead, requisites.issuer ?? ''].join(' ');
  const legalBasis = references.flatMap((reference) => {
    if (reference.title) return [basisItem(reference)];
    notes.push({ field: 'legalBasis', message: `ссылка «${reference.text}» без названия акта: добавьте её в «Правовые основания» сами, если она нужна` });
    return [];
  });
  return {
    kind: kind?.regulationKind,
    title: requisites.title,
    number: requisites.number,
    adoptedAt: requisites.date,
    issuer: requisites.issuer,
    level: levelOf(requisites.issuer),
    region: regionOf(place),
    municipality: municipalityOf(place),
    approval: signature(requisites.approval),
    agreement: signature(requisites.agreement),
    signatory: requisites.signatory,
    approvedBy,
    legalBasis,
    related: approves?.map((a) => a.slug),
    appendices: appendicesOf(text, approves, notes),
    source: fileName,
  };
}

function basisItem(reference: Reference) {
  const { title, kind, number, date, issuer, clause } = reference;
  return Object.fromEntries(Object.entries({ title, kind, number, date, issuer, clause }).filter(([, v]) => v !== undefined));
}

function signature(block: SignatureBlock | undefined) {
  if (!block?.authority) return undefined; // the schema needs who signed; a bare heading is only text
  const { heading, authority, name, act, date, dateText } = block;
  return Object.fromEntries(Object.entries({ heading, authority, name, act, date, dateText }).filter(([, v]) => v !== undefined));
}

/**
 * Appendices the text names: «(Приложение 1)», «Приложение № 2 к Положению». One whose text follows
 * in the document (its label opens a line) is included; one only mentioned is not.
 */
function appendicesOf(text: string, approves: DocumentFacts['approves'], notes: Note[]) {
  const labels = new Map<string, { label: string; title?: string; included: boolean }>();
  for (const match of text.matchAll(/\(?(Приложени[ея])(?![а-яё])\s*(?:№\s*)?(\d+)?\)?/g)) {
    const label = `Приложение${match[2] ? ` ${match[2]}` : ''}`;
    const opensLine = new RegExp(`(^|\\n)\\s*${match[1]}\\s*(№\\s*)?${match[2] ?? ''}\\s*(\\n|к\\s|$)`, 'i').test(text);
    const found = labels.get(label) ?? { label, included: false };
    found.included ||= opensLine;
    labels.set(label, found);
  }
  if (approves?.length === 1 && labels.has('Приложение')) {
    labels.set('Приложение', { label: 'Приложение', title: approves[0].title, included: true });
  }
  return [...labels.values()].flatMap(({ label, title, included }) => {
    const found = title ?? titleAfterLabel(text, label);
    if (found) return [{ label, title: found, included }];
    notes.push({ field: 'appendices', message: `«${label}» упомянуто в тексте, но его название не найдено; впишите его в «Приложения»` });
    return [];
  });
}

/** The title under an appendix label, or what the text says the appendix is. */
function titleAfterLabel(text: string, label: string): string | undefined {
  const escaped = label.replace(' ', '\\s*(?:№\\s*)?');
  const block = new RegExp(`(?:^|\\n)\\s*${escaped}[^\\n]*\\n(?:[^\\n]*к\\s[^\\n]*\\n)*\\s*\\n?([^\\n]{3,200})`, 'i').exec(text);
  if (block) return block[1].replace(/\*\*/g, '').trim();
  const mention = new RegExp(`([^;:(\\n]{3,120})\\s*\\(${escaped}\\)`, 'i').exec(text);
  return mention ? mention[1].replace(/^[-–\s]+/, '').trim() : undefined;
}

function instruction({ requisites, text, fileName, order }: DocumentFacts, notes: Note[]) {
  const title = requisites.title ?? '';
  const whose = /обязанностей\s+(.+)$/i.exec(title)?.[1] ?? /инструкция\s+(.+)$/i.exec(title)?.[1];
  const direction = /площадки\s+(по\s+.+)$/i.exec(whose ?? '')?.[1];
  const position = whose ? positionToNominative(direction ? whose.slice(0, whose.length - direction.length).trim() : whose) : undefined;
  const unitText = /(стажировочной|базовой)\s+площадки(?![^(]*\))(?!.*площадки)/i.exec(whose ?? '')?.[1]?.toLowerCase();
  const unit = unitText === 'стажировочной' ? 'training-site' : unitText === 'базовой' ? 'base-site' : undefined;
  if (!unit) notes.push({ field: 'unit', message: `из заголовка не видно, ${Object.values(UNITS).join(' или ').toLowerCase()}; выберите` });
  if (requisites.approval) {
    notes.push({ field: 'approval', message: 'гриф «УТВЕРЖДАЮ» у инструкций в схеме не хранится; он оставлен в тексте' });
  }
  notes.push({ field: 'reportsTo', message: 'кому подчиняется сотрудник (пункт 1.3), укажите ссылками на инструкции руководителей' });
  const appointed = /назнача[а-яё]+\s+(?:и\s+освобожда[а-яё]+\s+)?(?:[^.]*?\s)?(приказом[^.;]*)/i.exec(text)?.[1]?.trim();
  return { title: requisites.title, position, unit, direction, appointedBy: appointed, order, source: fileName };
}

function program({ requisites, text, fileName }: DocumentFacts) {
  const audience = /(?:категори[яи]\s+(?:слушателей|участников)|целевая\s+(?:группа|аудитория))\s*[:–-]\s*([^\n]+)/i.exec(text)?.[1];
  const format = /(?:форма|формат)\s+(?:обучения|проведения|реализации)\s*[:–-]\s*(очн[а-яё]*-?заочн|очн|дистанционн|смешанн)/i.exec(text)?.[1]?.toLowerCase();
  return {
    title: requisites.title,
    audience: audience ? [audience.replace(/[.;]$/, '').trim()] : undefined,
    format: format?.startsWith('дистанц') ? 'distance' : format === 'очн' ? 'in-person' : format ? 'blended' : undefined,
    source: fileName,
  };
}
