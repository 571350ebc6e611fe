import { COLLECTIONS, FORMATS, LEVELS, type Site, SITE_KINDS, SITE_STATUS_LABELS, siteStatus, todayIso } from '@stazhirovka/schema';
import { previewData } from './preview-data.ts';
import type { PreviewProps } from './preview-types.ts';
import { formatPeriod } from './format-period.ts';
import { PreviewFrame, Row } from './PreviewFrame.tsx';
import { useTitles } from './use-titles.ts';

/** A site: kind, level, hosts, period and its working status. */
export function SitePreview({ entry, getCollection }: PreviewProps) {
  const { data, raw, body, problems } = previewData<Site>('sites', entry);
  const d = data ?? (raw as Partial<Site>);
  const title = useTitles(getCollection, [['sites', d.parent], ['regulations', d.statusDocument]]);
  const status = data ? siteStatus(data, todayIso()) : undefined;
  return (
    <PreviewFrame title={d.title} problems={problems} body={body} bodyLabel={COLLECTIONS.sites.bodyLabel}>
      <section className="card requisites">
        <h2>О площадке</h2>
        <dl>
          <Row term="Тип">{d.kind && SITE_KINDS[d.kind]}</Row>
          <Row term="Уровень">{d.level && LEVELS[d.level]}</Row>
          <Row term="Регион">{d.region && `${d.region}${d.municipality ? `, ${d.municipality}` : ''}`}</Row>
          <Row term="Тема">{d.theme}</Row>
          <Row term="На базе">{d.hosts?.map((h) => h.name).join('; ')}</Row>
          <Row term="Входит в">{d.parent && <a href={`/sites/${d.parent}/`}>{title('sites', d.parent)}</a>}</Row>
          <Row term="Период работы">{formatPeriod(d.period)}</Row>
          <Row term="Формат">{d.format && FORMATS[d.format]}</Row>
          <Row term="Для кого">{d.audience?.join('; ')}</Row>
          <Row term="Документ о статусе">{d.statusDocument && <a href={`/regulations/${d.statusDocument}/`}>{title('regulations', d.statusDocument)}</a>}</Row>
          <Row term="Статус">{status && <span className={`badge badge--${status}`}>{SITE_STATUS_LABELS[status]}</span>}</Row>
        </dl>
      </section>
    </PreviewFrame>
  );
}
