/**
 * The content types by name, with their Russian names and the facts every consumer needs, kept
 * apart from the schemas so that field builders can read them (a reference field is labelled
 * with the singular name of the collection it points to) without an import cycle.
 */

/** Names of the content collections; references point at one of them. */
export type CollectionName = 'regulations' | 'instructions' | 'sites' | 'programs' | 'offerings' | 'practices';

export interface CollectionNames {
  /** Plural Russian name: navigation, index pages, CMS sidebar. */
  label: string;
  /** Singular Russian name: badges, «новый …» buttons, and the label of a reference to it. */
  labelSingular: string;
  /** What the body holds; shown as the body field's label. */
  bodyLabel: string;
  /** One line for index pages. */
  description: string;
  /**
   * The body is legal text with numbered clauses, published verbatim: `validate` lints its
   * numbering and the site gives every clause a permanent link.
   */
  legalText: boolean;
  /**
   * What tells one entry from another beside its title, in order: each fact a template naming
   * one field in braces (`'№ {number}'`), left out when the field is empty. The admin's entry
   * lists and relation pickers show them (a choice by its label, a date as ДД.ММ.ГГГГ).
   */
  summary: readonly string[];
}

export const COLLECTION_NAMING = {
  regulations: {
    label: 'Документы',
    labelSingular: 'Документ',
    bodyLabel: 'Текст документа',
    description: 'Положения, распоряжения и приказы о стажировочных площадках',
    legalText: true,
    summary: ['{kind}', '№\u00a0{number}', 'от {adoptedAt}', '{municipality}', '{region}'],
  },
  instructions: {
    label: 'Инструкции',
    labelSingular: 'Инструкция',
    bodyLabel: 'Текст инструкции',
    description: 'Должностные и функциональные инструкции сотрудников площадок',
    legalText: true,
    summary: ['{position}', '{unit}'],
  },
  sites: {
    label: 'Площадки',
    labelSingular: 'Площадка',
    bodyLabel: 'Описание',
    description: 'Стажировочные, базовые и инновационные площадки',
    legalText: false,
    summary: ['{kind}', '{municipality}', '{region}'],
  },
  programs: {
    label: 'Программы',
    labelSingular: 'Программа',
    bodyLabel: 'Описание',
    description: 'Программы и предложения площадок для педагогов',
    legalText: false,
    summary: ['{format}'],
  },
  offerings: {
    label: 'Мероприятия',
    labelSingular: 'Мероприятие',
    bodyLabel: 'Описание',
    description: 'Стажировки, семинары, вебинары и курсы площадок: даты, формат и запись',
    legalText: false,
    summary: ['{kind}', '{format}', '{region}'],
  },
  practices: {
    label: 'Практики',
    labelSingular: 'Кейс',
    bodyLabel: 'Описание кейса',
    description: 'Кейсы эффективных практик',
    legalText: false,
    summary: ['{organization}', '{year}'],
  },
} as const satisfies Record<CollectionName, CollectionNames>;
