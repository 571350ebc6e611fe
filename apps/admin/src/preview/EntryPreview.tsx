import {
  COLLECTIONS, type CollectionName, entryUrl, type EntryView, fieldLabel, findReferences, type Part, presentEntry, todayIso,
} from '@stazhirovka/schema';
import { Fragment, type ReactNode } from 'react';
import type { z } from 'zod';
import { MdxBody } from './MdxBody.tsx';
import { previewData } from './preview-data.ts';
import type { PreviewProps } from './preview-types.ts';
import { useLinkTexts } from './use-link-texts.ts';

/**
 * An entry as its page on the site shows it: the same presentation (rows, sections, status) the
 * site draws, then the text. References show their titles once Decap has loaded them.
 */
export function previewOf(collection: CollectionName, schema: z.ZodObject = COLLECTIONS[collection].schema) {
  return function EntryPreview({ entry, getCollection }: PreviewProps) {
    const { data, raw, body, problems } = previewData<Record<string, unknown>>(collection, entry, schema);
    const values = data ?? raw;
    const linkText = useLinkTexts(getCollection, findReferences(schema, values));
    const view = presentEntry(collection, values, {
      resolve: (target, slug) => ({ text: linkText(target, slug), url: entryUrl(target, slug) }),
      // A status needs valid dates: shown once the form validates.
      today: data ? todayIso() : undefined,
    }, schema);
    return (
      <main id="main">
        <div className="container">
          {problems.length > 0 && (
            <div className="notice" role="alert">
              <strong>Исправьте, иначе проверка не пропустит документ на сайт:</strong>
              <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
            </div>
          )}
          <h1>{typeof values.title === 'string' && values.title ? values.title : 'Без названия'}</h1>
          <Card view={view} />
          <div className="document">
            {view.sections.map((section) => (
              <section key={section.key} className={`entry-section entry-section--${section.key}`}>
                <h2>{section.heading}</h2>
                {section.layout === 'paragraph' && <p><Parts parts={section.items[0]} /></p>}
                {section.layout === 'list' && <ul>{section.items.map((item, i) => <li key={i}><Parts parts={item} /></li>)}</ul>}
                {section.layout === 'numbered' && <ol>{section.items.map((item, i) => <li key={i}><Parts parts={item} /></li>)}</ol>}
                {section.layout === 'terms' && (
                  <dl className="terms">
                    {section.items.map((item, i) => (
                      <Fragment key={i}><dt>{section.labels?.[i]}</dt><dd><Parts parts={item} /></dd></Fragment>
                    ))}
                  </dl>
                )}
                {section.layout === 'table' && (
                  <table className="entry-table">
                    <thead><tr>{section.labels?.map((label) => <th key={label} scope="col">{label}</th>)}</tr></thead>
                    <tbody>
                      {section.rows?.map((cells, r) => (
                        <tr key={r}>{cells.map((cell, i) => (i === 0 ? <th key={i} scope="row"><Parts parts={cell} /></th> : <td key={i} data-label={section.labels?.[i]}><Parts parts={cell} /></td>))}</tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            ))}
          </div>
          <h2 className="visually-hidden">{COLLECTIONS[collection].bodyLabel}</h2>
          <article className="document">
            <MdxBody markdown={body} />
          </article>
          {view.appendices.length > 0 && (
            <section className="related">
              <h2>{fieldLabel('regulations', 'appendices')}</h2>
              <ul>{view.appendices.map((a, i) => <li key={i}>{a.href ? <a href={a.href}>{a.text}</a> : a.text}{a.note}</li>)}</ul>
            </section>
          )}
        </div>
      </main>
    );
  };
}

function Card({ view }: { view: EntryView }) {
  return (
    <>
      {view.notice && <p className="notice"><strong>{view.notice.strong}</strong>{view.notice.text && ` ${view.notice.text}`}</p>}
      <section className="card requisites">
        <h2>{view.heading}{view.headingBadges.map((badge) => <span key={badge.code}> <Parts parts={[{ badge }]} /></span>)}</h2>
        {view.signatures.length > 0 && (
          <div className="signature-blocks">
            {view.signatures.map((block) => (
              <div className={`signature signature--${block.side}`} key={block.side}>
                <p className="signature__heading">{block.heading}</p>
                {block.lines.map((line, i) => <p key={i}>{line.text}{line.note && <span className="signature__date">{line.note}</span>}</p>)}
              </div>
            ))}
          </div>
        )}
        <dl>
          {view.rows.map((row) => (
            <Fragment key={row.key}>
              <dt>{row.label}</dt>
              <dd><Parts parts={row.parts} /></dd>
            </Fragment>
          ))}
        </dl>
      </section>
    </>
  );
}

/** A value of the presentation model: text, links and badges, in order. */
function Parts({ parts }: { parts: readonly Part[] }): ReactNode {
  return parts.map((part, i) =>
    'badge' in part ? (
      <span key={i} className={`badge badge--${part.badge.code}`}>
        {part.announce && <span className="visually-hidden">{part.announce}</span>}
        {part.badge.label}
      </span>
    ) : part.href ? <a key={i} href={part.href}>{part.text}</a> : <span key={i}>{part.text}</span>,
  );
}
