import { AGREEMENT_HEADING, APPROVAL_HEADING, signedName } from './classify.ts';
import { findDate } from './russian-date.ts';

/** A «УТВЕРЖДАЮ» / «Утверждено» / «СОГЛАСОВАНО» block, in the schema's `signatureBlock` shape. */
export interface SignatureBlock {
  heading: string;
  authority?: string;
  name?: string;
  act?: string;
  date?: string;
  dateText?: string;
}

export type BlockRole = 'approval' | 'agreement';

/** Which block a line opens, if any. */
export function blockRole(text: string): BlockRole | undefined {
  if (APPROVAL_HEADING.test(text.trim())) return 'approval';
  return AGREEMENT_HEADING.test(text.trim()) ? 'agreement' : undefined;
}

/**
 * Reads a block from its lines (the heading first). Lines with a date give the date and, when they
 * name a number («№ 2 от «09» июня 2020 г.», «приказом от 01.09.2021 № 80-ОД»), the act; a signed
 * name gives the name; the other lines are the position or the body that approved it.
 */
export function readSignatureBlock(lines: string[]): SignatureBlock {
  const [first, ...rest] = lines.map((line) => line.trim()).filter(Boolean);
  const heading = APPROVAL_HEADING.exec(first) ?? AGREEMENT_HEADING.exec(first);
  const block: SignatureBlock = { heading: heading ? heading[1] : first };
  const authority: string[] = [];
  const all = heading?.[2] ? [heading[2], ...rest] : rest;
  for (const line of all) {
    const date = findDate(line);
    if (date && !block.dateText) {
      block.date = date.iso;
      block.dateText = line;
      const act = line.replace(date.text, ' ').replace(/(^|\s)от(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
      if (/№\s*[\dА-ЯЁа-яё]/.test(act)) {
        const before = act.slice(0, act.indexOf('№')).trim();
        // «Протокол № 3», «Приказ № 112» are the act; in «приказом директора от … № 80-ОД» the
        // words before the number say who approved it.
        const named = /^(приказ|протокол|решение|распоряжение|постановление)$/i.test(before);
        block.act = (named ? act : act.slice(act.indexOf('№'))).trim();
        if (before && !named) authority.push(before);
      } else if (act && !/^№[\s_]*$/.test(act)) authority.push(act);
      continue;
    }
    const signed = signedName(line);
    if (signed && !block.name) {
      block.name = signed.name;
      if (signed.before) authority.push(signed.before);
      continue;
    }
    authority.push(line.replace(/_{3,}/g, '').trim());
  }
  const text = authority.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  // The schema's order: heading, authority, name, act, date, dateText.
  const { name, act, date, dateText } = block;
  const ordered = { heading: block.heading, authority: text || undefined, name, act, date, dateText };
  return Object.fromEntries(Object.entries(ordered).filter(([, v]) => v !== undefined)) as unknown as SignatureBlock;
}

/** A line that can continue a block: short, not a clause, not another block's heading. */
export function continuesBlock(text: string): boolean {
  const line = text.trim();
  return line.length > 0 && line.length <= 120 && !blockRole(line) && !/^\d+\.\s/.test(line);
}

/** A block is complete once it has its date line (or, without a date, its signed name). */
export function blockComplete(lines: string[]): boolean {
  return lines.slice(1).some((line) => findDate(line) !== undefined || /20_{2}|_{2,}\s*20\d\d/.test(line));
}
