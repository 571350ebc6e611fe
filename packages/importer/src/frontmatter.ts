import { COLLECTIONS, type CollectionName, REGULATION_KINDS, UNITS } from '@stazhirovka/schema';
import type { SignatureBlock } from './approval.ts';
import { levelOf, municipalityOf, regionOf } from './issuer.ts';
import type { Reference } from './references.ts';
import type { Requisites } from './requisites.ts';
import { positionToNominative } from './russian-words.ts';

/** Something the importer saw but cannot put in a field: the methodologist decides. */
export interface Note {
  /** The field concerned, when there is one. */
  field?: string;
  /** Its Russian label, for a field the collection's schema does not have. */
  label?: string;
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
  offerings: (facts) => ({ title: facts.requisites.title, source: facts.fileName }),
};

function regulation({ requisites, references, text, fileName, approvedBy, approves, letterhead }: DocumentFacts, notes: Note[]) {
  const { kind } = requisites;
  if (kind && !kind.regulationKind) {
    notes.push({
      field: 'kind',
      message: `вид документа «${kind.name}» схема пока не знает (есть: ${Object.values(REGULATION_KINDS).join(', ').toLowerCase()}); выберите ближайший или попросите добавить вид`,
    });
  }
  const place = [...letterhead, requisites.issuer ?? ''].join(' ');
  const legalBasis = references.map(basisItem);
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
 * Appendices the text names: «(Приложение 1)», «(приложение)». One whose label opens a group of its
 * own («Приложение 1 / к Положению …») has its text in the document: it is included, and its title
 * is the group after the label. One only mentioned is not included; its title is what the mention
 * says it is («заявку по форме (Приложение 1)»).
 */
function appendicesOf(text: string, approves: DocumentFacts['approves'], notes: Note[]) {
  const groups = text.split('\n\n');
  const found = new Map<string, { label: string; title?: string; included: boolean }>();
  for (const match of text.matchAll(/(?<![а-яё])приложени[ея](?![а-яё])\s*(?:№\s*)?(\d+)?/gi)) {
    const label = `Приложение${match[1] ? ` ${match[1]}` : ''}`;
    if (found.has(label)) continue;
    const labelPattern = new RegExp(`^приложение\\s*(?:№\\s*)?${match[1] ?? ''}(?![\\d])`, 'i');
    const at = groups.findIndex((group) => labelPattern.test(group.trim()));
    // Under the label: «к Положению о …» (Word may put it in paragraphs of its own), then the title.
    let titleAt = at + 1;
    while (titleAt < groups.length && /^(к|от|и)\s|^[а-яё]/.test(groups[titleAt].trim())) titleAt += 1;
    if (at >= 0 && titleAt < groups.length) {
      found.set(label, { label, title: groups[titleAt].replace(/\s+/g, ' ').trim(), included: true });
    } else found.set(label, { label, title: mentionedAs(text, match.index ?? 0), included: false });
  }
  if (approves?.length === 1 && found.has('Приложение')) {
    found.set('Приложение', { label: 'Приложение', title: approves[0].title, included: true });
  }
  return [...found.values()].flatMap(({ label, title, included }) => {
    if (title) return [{ label, title, included }];
    notes.push({ field: 'appendices', message: `«${label}» упомянуто в тексте, но его название не найдено; впишите его в «Приложения»` });
    return [];
  });
}

/** «2. Утвердить Порядок присвоения статуса … (приложение)» → «Порядок присвоения статуса …». */
function mentionedAs(text: string, at: number): string | undefined {
  if (text[at - 1] !== '(') return undefined;
  const before = text.slice(Math.max(0, at - 200), at - 1);
  const phrase = /(?:^|[\n;:,])\s*([^;:,\n]{3,})$/.exec(before)?.[1];
  const title = phrase?.replace(/^[-–\s]+/, '').replace(/^\d+(\.\d+)*\.?\s*/, '').replace(/^утвердить\s+/i, '').trim();
  return title ? title.charAt(0).toUpperCase() + title.slice(1) : undefined;
}

/**
 * Position, direction and unit from an instruction's title: «Инструкция по выполнению должностных
 * обязанностей координатора стажировочной площадки по учебно-методическому сопровождению …» →
 * «Координатор стажировочной площадки», «по учебно-методическому сопровождению …», training-site.
 */
export function instructionParts(title: string) {
  const whose = /обязанностей\s+(.+)$/i.exec(title)?.[1] ?? /инструкция\s+(.+)$/i.exec(title)?.[1];
  const direction = /площадки\s+(по\s+.+)$/i.exec(whose ?? '')?.[1];
  const position = whose ? positionToNominative(direction ? whose.slice(0, whose.length - direction.length).trim() : whose) : undefined;
  const unitText = /(стажировочной|базовой)\s+площадки(?![^(]*\))(?!.*площадки)/i.exec(whose ?? '')?.[1]?.toLowerCase();
  const unit = unitText === 'стажировочной' ? 'training-site' : unitText === 'базовой' ? 'base-site' : undefined;
  return { position, direction, unit };
}

function instruction({ requisites, text, fileName, order }: DocumentFacts, notes: Note[]) {
  const { position, direction, unit } = instructionParts(requisites.title ?? '');
  if (!unit) notes.push({ field: 'unit', message: `из заголовка не видно, ${Object.values(UNITS).join(' или ').toLowerCase()}; выберите` });
  notes.push({ field: 'reportsTo', message: 'кому подчиняется сотрудник (пункт 1.3), укажите ссылками на инструкции руководителей' });
  const appointed = /назнача[а-яё]+\s+(?:и\s+освобожда[а-яё]+\s+)?(?:[^.]*?\s)?(приказом[^.;]*)/i.exec(text)?.[1]?.trim();
  return {
    title: requisites.title, position, unit, direction, appointedBy: appointed, order, approval: signature(requisites.approval), source: fileName,
  };
}

function program({ requisites, text, fileName }: DocumentFacts) {
  const audience = /(?:категори[яи]\s+(?:слушателей|участников)|целевая\s+(?:группа|аудитория))\s*[:–-]\s*([^\n]+)/i.exec(text)?.[1];
  const format = /(?:форма|формат)\s+(?:обучения|проведения|реализации)\s*[:–-]\s*(очн[а-яё]*-?заочн|очн|дистанционн|смешанн)/i.exec(text)?.[1]?.toLowerCase();
  return {
    title: requisites.title,
    audience: audience ? [audience.replace(/[.;]$/, '').trim()] : undefined,
    format: format?.startsWith('дистанц') ? 'distance' : format === 'очн' ? 'in-person' : format ? 'blended' : undefined,
    approval: signature(requisites.approval),
    source: fileName,
  };
}
