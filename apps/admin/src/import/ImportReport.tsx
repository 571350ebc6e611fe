import type { ImportedDocument, OutlineNode, RequisitesReport } from '@stazhirovka/importer';
import { dateText, externalActText } from '@stazhirovka/schema';
import type { ReactNode } from 'react';
import { fieldLabel } from './import-file.ts';

type Signature = NonNullable<RequisitesReport['approval']>;

/** Requisites are named as the document fields they become (the schema's labels). */
const label = (key: string) => fieldLabel('regulations', key);

const DATE_FROM: Record<NonNullable<RequisitesReport['dateFrom']>, string> = {
  document: '',
  approval: ' — взята из грифа утверждения',
  order: ' — взята из утверждающего распоряжения',
};

function signatureLines(block: Signature): string[] {
  return [block.heading, block.authority, block.name, block.act, block.dateText ?? (block.date && dateText(block.date))].filter((line): line is string => Boolean(line));
}

/** What the importer found before the first clause, in the document's own words. */
export function RequisitesList({ requisites }: { requisites: RequisitesReport }) {
  const { kind, kindAsWritten, number, numberAsWritten, date, dateAsWritten, dateFrom, issuer, title, approval, agreement, signatory } = requisites;
  const rows: [string, ReactNode][] = [
    [label('kind'), kindAsWritten ?? kind ?? 'не найден'],
    [label('number'), number ? `№ ${number}${numberAsWritten && numberAsWritten !== `№ ${number}` && numberAsWritten !== number ? ` (в документе: «${numberAsWritten}»)` : ''}` : 'не найден'],
    [label('adoptedAt'), date ? `${dateText(date)}${dateAsWritten ? ` (в документе: «${dateAsWritten}»)` : ''}${dateFrom ? DATE_FROM[dateFrom] : ''}` : 'не найдена'],
    [label('issuer'), issuer ?? 'не найден'],
    [label('title'), title ?? 'не найдено'],
  ];
  if (approval) rows.push([label('approval'), <SignatureLines block={approval} />]);
  if (agreement) rows.push([label('agreement'), <SignatureLines block={agreement} />]);
  if (signatory) rows.push([label('signatory'), signatory]);
  return (
    <dl className="requisites">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function SignatureLines({ block }: { block: Signature }) {
  return <span className="signature">{signatureLines(block).map((line, i) => <span key={i}>{line}</span>)}</span>;
}

/** The clause tree with the numbers as the document writes them. */
export function Outline({ nodes }: { nodes: OutlineNode[] }) {
  if (nodes.length === 0) return null;
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.line}>
          {node.number && <span className="number">{node.number}</span>} {node.text}
          <Outline nodes={node.children} />
        </li>
      ))}
    </ul>
  );
}

const count = (nodes: OutlineNode[]): number => nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);

/** Everything the importer has to say about one document, in plain Russian. */
export function ImportReport({ doc }: { doc: ImportedDocument }) {
  return (
    <>
      <h3>Реквизиты, найденные в документе</h3>
      <RequisitesList requisites={doc.requisites} />
      {doc.references.length > 0 && (
        <>
          <h3>{label('legalBasis')}</h3>
          <ul className="plain">
            {doc.references.map((ref, i) => (
              <li key={i}>{externalActText(ref)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Нужно заполнить</h3>
      {doc.needsHuman.length === 0 ? (
        <p>Ничего: все обязательные поля заполнены.</p>
      ) : (
        <ul className="tasks">
          {doc.needsHuman.map((task, i) => (
            <li key={i}>
              <strong>«{task.label}»</strong>: {task.message}
            </li>
          ))}
        </ul>
      )}
      <h3>Нумерация: замечания</h3>
      {doc.anomalies.length === 0 ? (
        <p>Замечаний нет: пункты идут по порядку.</p>
      ) : (
        <ul className="anomalies">
          {doc.anomalies.map((anomaly, i) => (
            <li key={i}>{anomaly.message}</li>
          ))}
        </ul>
      )}
      <h3>Структура текста ({count(doc.outline)} пунктов и разделов)</h3>
      <div className="outline">
        <Outline nodes={doc.outline} />
      </div>
    </>
  );
}
