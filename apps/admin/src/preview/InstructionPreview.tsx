import { COLLECTIONS, type Instruction, UNITS } from '@stazhirovka/schema';
import { previewData } from './preview-data.ts';
import type { PreviewProps } from './preview-types.ts';
import { PreviewFrame, Row } from './PreviewFrame.tsx';
import { useTitles } from './use-titles.ts';

/** A job instruction: position, unit, site and reporting lines above the text. */
export function InstructionPreview({ entry, getCollection }: PreviewProps) {
  const { data, raw, body, problems } = previewData<Instruction>('instructions', entry);
  const d = data ?? (raw as Partial<Instruction>);
  const superiors = d.reportsTo ?? [];
  const title = useTitles(getCollection, [['sites', d.site], ...superiors.map((s) => ['instructions', s] as ['instructions', string])]);
  return (
    <PreviewFrame title={d.title} problems={problems} body={body} bodyLabel={COLLECTIONS.instructions.bodyLabel}>
      <section className="card requisites">
        <h2>Кратко</h2>
        <dl>
          <Row term="Должность">{d.position}</Row>
          <Row term="Подразделение">{d.unit && UNITS[d.unit]}</Row>
          <Row term="Направление">{d.direction}</Row>
          <Row term="Площадка">{d.site && <a href={`/sites/${d.site}/`}>{title('sites', d.site)}</a>}</Row>
          <Row term="Назначается">{d.appointedBy}</Row>
          <Row term="Подчиняется">
            {superiors.length === 0 ? 'в инструкции не указано' : superiors.map((s, i) => (
              <span key={s}>{i > 0 && ', '}<a href={`/instructions/${s}/`}>{title('instructions', s)}</a></span>
            ))}
          </Row>
        </dl>
      </section>
    </PreviewFrame>
  );
}
