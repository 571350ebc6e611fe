import { COLLECTIONS, FORMATS, type Program } from '@stazhirovka/schema';
import { previewData } from './preview-data.ts';
import type { PreviewProps } from './preview-types.ts';
import { formatPeriod } from './format-period.ts';
import { PreviewFrame, Row } from './PreviewFrame.tsx';
import { useTitles } from './use-titles.ts';

const LISTS = [['goals', 'Цели'], ['tasks', 'Задачи'], ['forms', 'Формы работы'], ['audience', 'Для кого']] as const;

/** A program: its site, period, basis, then goals, tasks, forms and audience as lists. */
export function ProgramPreview({ entry, getCollection }: PreviewProps) {
  const { data, raw, body, problems } = previewData<Program>('programs', entry);
  const d = data ?? (raw as Partial<Program>);
  const title = useTitles(getCollection, [['sites', d.site], ['regulations', d.basis]]);
  return (
    <PreviewFrame title={d.title} problems={problems} body={body} bodyLabel={COLLECTIONS.programs.bodyLabel}>
      <section className="card requisites">
        <h2>Кратко</h2>
        <dl>
          <Row term="Площадка">{d.site && <a href={`/sites/${d.site}/`}>{title('sites', d.site)}</a>}</Row>
          <Row term="Сроки">{formatPeriod(d.period)}</Row>
          <Row term="Формат">{d.format && FORMATS[d.format]}</Row>
          <Row term="Основание">{d.basis && <a href={`/regulations/${d.basis}/`}>{title('regulations', d.basis)}</a>}</Row>
        </dl>
      </section>
      {LISTS.map(([key, heading]) => {
        const items = d[key];
        return items && items.length > 0 ? (
          <section key={key} className="document">
            <h2>{heading}</h2>
            <ul>{items.map((item, i) => <li key={i}>{item}</li>)}</ul>
          </section>
        ) : null;
      })}
    </PreviewFrame>
  );
}
