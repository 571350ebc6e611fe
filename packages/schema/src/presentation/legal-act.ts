import { formatDateShort } from '../dates.ts';

/** An external act as the schema's `legalBasis` stores it: only the kind is certain. */
export interface ExternalAct {
  kind: string;
  title?: string;
  number?: string;
  date?: string;
  issuer?: string;
  clause?: string;
}

/**
 * Nominative → genitive of the words that head issuing bodies. The schema keeps the issuer in the
 * nominative («Министерство образования …»); a reference reads «Приказ Министерства образования …».
 * An issuer that starts with another word is shown in brackets instead of being declined by guess.
 */
const BODY_GENITIVE: Record<string, string> = {
  министерство: 'министерства',
  правительство: 'правительства',
  администрация: 'администрации',
  мэрия: 'мэрии',
  департамент: 'департамента',
  комитет: 'комитета',
  управление: 'управления',
  отдел: 'отдела',
  губернатор: 'губернатора',
  глава: 'главы',
  совет: 'совета',
  институт: 'института',
  центр: 'центра',
};

/** «Министерство образования …» → «Министерства образования …»; undefined when the head word is unknown. */
export function issuerGenitive(issuer: string): string | undefined {
  const [first, ...rest] = issuer.trim().split(/\s+/);
  const genitive = BODY_GENITIVE[first.toLowerCase()];
  if (!genitive) return undefined;
  const cased = first.charAt(0) === first.charAt(0).toUpperCase() ? genitive.charAt(0).toUpperCase() + genitive.slice(1) : genitive;
  return [cased, ...rest].join(' ');
}

/**
 * An external act the Russian legal way, from whatever the source gave: «Федеральный закон от
 * 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»», «Федеральный закон № 273-ФЗ»
 * (cited by number only), «Приказ Министерства труда … от 18.10.2013 № 544н «…»». Used by the
 * site, the CMS preview, the admin's import report and the importer's CLI.
 */
export function externalActText(act: ExternalAct): string {
  const issuer = act.issuer ? issuerGenitive(act.issuer) : undefined;
  return [
    act.kind,
    issuer,
    act.date && `от ${formatDateShort(act.date)}`,
    act.number && `№ ${act.number}`,
    act.title && `«${act.title}»`,
  ].filter(Boolean).join(' ') + (act.clause ? `, ${act.clause}` : '') + (act.issuer && !issuer ? ` (${act.issuer})` : '');
}
