import {
  COLLECTIONS, LEVELS, type Regulation, REGULATION_KINDS, regulationStatus, STATUS_LABELS, todayIso,
} from '@stazhirovka/schema';
import { previewData } from './preview-data.ts';
import type { PreviewProps } from './preview-types.ts';
import { dateRu, formatPeriod } from './format-period.ts';
import { PreviewFrame, Row } from './PreviewFrame.tsx';
import { useTitles } from './use-titles.ts';

/** A regulation as its page shows it: requisites card with status, signature blocks, text. */
export function RegulationPreview({ entry, getCollection }: PreviewProps) {
  const { data, raw, body, problems } = previewData<Regulation>('regulations', entry);
  const d = data ?? (raw as Partial<Regulation>);
  const title = useTitles(getCollection, [['regulations', d.approvedBy], ['sites', d.site]]);
  const today = todayIso();
  const status = data ? regulationStatus(data, today) : undefined;
  const blocks = [d.agreement, d.approval].filter((b) => b !== undefined);
  return (
    <PreviewFrame title={d.title} problems={problems} body={body} bodyLabel={COLLECTIONS.regulations.bodyLabel}
      after={d.appendices && d.appendices.length > 0 && (
        <section className="related">
          <h2>Приложения</h2>
          <ul>{d.appendices.map((a, i) => <li key={i}>{a.label}: {a.title}{!a.included && ' — текста приложения нет в исходном документе'}</li>)}</ul>
        </section>
      )}>
      <section className="card requisites">
        <h2>Реквизиты</h2>
        <dl>
          <Row term="Вид документа">{d.kind && REGULATION_KINDS[d.kind]}</Row>
          <Row term="Номер">{d.number && `№ ${d.number}`}</Row>
          <Row term="Дата">{dateRu(d.adoptedAt)}</Row>
          <Row term="Издал">{d.issuer}</Row>
          <Row term="Уровень">{d.level && LEVELS[d.level]}</Row>
          <Row term="Регион">{d.region && `${d.region}${d.municipality ? `, ${d.municipality}` : ''}`}</Row>
          <Row term="Срок действия">{formatPeriod(d.validity)}</Row>
          <Row term="Проект">{d.project?.title && `«${d.project.title}», ${formatPeriod(d.project.period) ?? ''}`}</Row>
          <Row term="Утверждён">{d.approvedBy && <a href={`/regulations/${d.approvedBy}/`}>{title('regulations', d.approvedBy)}</a>}</Row>
          <Row term="Площадка">{d.site && <a href={`/sites/${d.site}/`}>{title('sites', d.site)}</a>}</Row>
          <Row term="Подписал">{d.signatory}</Row>
          <Row term="Статус">{status && <><span className={`badge badge--${status}`}>{STATUS_LABELS[status]}</span> на {dateRu(today)}</>}</Row>
        </dl>
        {blocks.length > 0 && (
          <div className="signature-blocks">
            {blocks.map((block, i) => (
              <div className="signature" key={i}>
                <strong>{block.heading}</strong>
                {block.authority}{block.act && <><br />{block.act}</>}{block.name && <><br />{block.name}</>}
                {block.date && <><br />{dateRu(block.date)}</>}
              </div>
            ))}
          </div>
        )}
      </section>
    </PreviewFrame>
  );
}
