import { COLLECTIONS, type Practice } from '@stazhirovka/schema';
import { previewData } from './preview-data.ts';
import type { PreviewProps } from './preview-types.ts';
import { PreviewFrame, Row } from './PreviewFrame.tsx';
import { useTitles } from './use-titles.ts';

/** A practice case: its passport (site, organisation, authors), problem, steps and results. */
export function PracticePreview({ entry, getCollection }: PreviewProps) {
  const { data, raw, body, problems } = previewData<Practice>('practices', entry);
  const d = data ?? (raw as Partial<Practice>);
  const title = useTitles(getCollection, [['sites', d.site]]);
  return (
    <PreviewFrame title={d.title} problems={problems} body={body} bodyLabel={COLLECTIONS.practices.bodyLabel}>
      {d.example && (
        <p className="notice"><strong>Это пример заполнения формы кейса, а не реальная практика.</strong></p>
      )}
      <section className="card requisites">
        <h2>Паспорт кейса {d.example && <span className="badge badge--example">Пример, не реальный кейс</span>}</h2>
        <dl>
          <Row term="Площадка">{d.site && <a href={`/sites/${d.site}/`}>{title('sites', d.site)}</a>}</Row>
          <Row term="Организация">{d.organization}</Row>
          <Row term="Авторы">{d.authors?.map((a) => (a.position ? `${a.name}, ${a.position}` : a.name)).join('; ')}</Row>
          <Row term="Целевая группа">{d.targetGroup}</Row>
          <Row term="Год">{d.year}</Row>
        </dl>
      </section>
      <div className="document">
        {d.problem && <><h2>Проблема</h2><p>{d.problem}</p></>}
        {d.technology && <><h2>Технология, методика</h2><p>{d.technology}</p></>}
        {d.steps && d.steps.length > 0 && <><h2>Шаги</h2><ol>{d.steps.map((s, i) => <li key={i}>{s}</li>)}</ol></>}
        {d.results && <><h2>Результаты</h2><p>{d.results}</p></>}
        {d.materials && d.materials.length > 0 && (
          <><h2>Материалы</h2><ul>{d.materials.map((m, i) => <li key={i}>{m.url && /^(https?:|\/)/.test(m.url) ? <a href={m.url}>{m.title}</a> : m.title}</li>)}</ul></>
        )}
      </div>
    </PreviewFrame>
  );
}
