import { COLLECTIONS, externalActText, formatDateShort, formatProblem } from '@stazhirovka/schema';
import type { ImportedDocument, OutlineNode } from '../import-source.ts';
import type { Io } from './run.ts';

/** A document and what the command did with it. */
export interface Outcome extends ImportedDocument {
  /** Where it goes, relative to the repository when inside it. */
  target: string;
  status: 'written' | 'replaced' | 'dry-run' | 'exists';
}

/** The JSON the `--json` flag prints for one document: everything but the text itself. */
export function jsonView(outcome: Outcome) {
  const { requisites, references, outline, anomalies, collection, target, status, frontmatter, needsHuman, problems } = outcome;
  return {
    requisites,
    references: references.map(({ text: _text, ...reference }) => reference),
    outline,
    anomalies,
    collection,
    target,
    status,
    frontmatter,
    needsHuman,
    problems: problems.map((problem) => ({ severity: problem.severity, field: problem.path || undefined, message: formatProblem(problem) })),
  };
}

const STATUS: Record<Outcome['status'], string> = {
  written: '✔ Записан',
  replaced: '✔ Перезаписан',
  'dry-run': '• Будет записан',
  exists: '✖ Не записан: уже есть',
};

/** Russian lines about one document: what it is, where it went, what a person must still do. */
export function printDocument(doc: Outcome, io: Io) {
  const r = doc.requisites;
  const line = [
    r.title?.startsWith(r.kind ?? '\u0000') ? '' : (r.kind ?? 'Документ'),
    r.number ? `№ ${r.number}` : '',
    r.date ? `от ${formatDateShort(r.date)}` : '',
    r.title ? `«${r.title}»` : '',
  ].filter(Boolean).join(' ');
  const print = doc.status === 'exists' ? io.err : io.out;
  print(`${STATUS[doc.status]} ${doc.target} (раздел «${COLLECTIONS[doc.collection].label}»)`);
  if (doc.status === 'exists') print('  Чтобы заменить его, запустите с --force.');
  io.out(`  ${line}`);
  if (r.issuer) io.out(`  Издал: ${r.issuer}`);
  if (r.approval) io.out(`  ${r.approval.heading}: ${[r.approval.authority, r.approval.name, r.approval.dateText].filter(Boolean).join(', ')}`);
  if (r.agreement) io.out(`  ${r.agreement.heading}: ${[r.agreement.authority, r.agreement.act, r.agreement.dateText].filter(Boolean).join(', ')}`);
  const counts = count(doc.outline);
  io.out(`  Разделов: ${counts.section}, пунктов: ${counts.clause}, подпунктов: ${counts.item}, перечислений через «-»: ${counts.bullet}; ссылок на акты: ${doc.references.length}`);
  for (const reference of doc.references) io.out(`  Основание: ${externalActText(reference)}`);
  for (const anomaly of doc.anomalies) io.out(`  ⚠ нумерация${anomaly.line ? `, строка ${anomaly.line}` : ''}: ${anomaly.message}`);
  if (doc.needsHuman.length > 0) {
    io.out('  Заполнить или проверить вручную:');
    for (const task of doc.needsHuman) io.out(`   – ${task.label ? `«${task.label}» (${task.field})` : task.field}: ${task.message}`);
  }
  const errors = doc.problems.filter((p) => p.severity === 'error' && !doc.needsHuman.some((t) => t.field === p.path));
  for (const problem of errors) io.out(`  ✖ ${formatProblem(problem)}`);
}

function count(nodes: OutlineNode[], into = { section: 0, clause: 0, item: 0, bullet: 0 }) {
  for (const node of nodes) {
    if (node.kind === 'section' || node.kind === 'heading') into.section += 1;
    else if (node.number === '-') into.bullet += 1;
    else into[node.kind] += 1;
    count(node.children, into);
  }
  return into;
}
