import type { ReactNode } from 'react';
import { MdxBody } from './MdxBody.tsx';

interface Props {
  title: unknown;
  problems: string[];
  body: string;
  bodyLabel: string;
  children?: ReactNode;
  /** Rendered after the body (appendices, related lists). */
  after?: ReactNode;
}

/** The page shell of the site (container, heading, document text) around a collection's card. */
export function PreviewFrame({ title, problems, body, bodyLabel, children, after }: Props) {
  return (
    <main id="main">
      <div className="container">
        {problems.length > 0 && (
          <div className="notice" role="alert">
            <strong>Исправьте, иначе проверка не пропустит документ на сайт:</strong>
            <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          </div>
        )}
        <h1>{typeof title === 'string' && title ? title : 'Без названия'}</h1>
        {children}
        <h2 className="visually-hidden">{bodyLabel}</h2>
        <article className="document">
          <MdxBody markdown={body} />
        </article>
        {after}
      </div>
    </main>
  );
}

/** One term of a requisites list; nothing is shown for an empty value. */
export function Row({ term, children }: { term: string; children: ReactNode }) {
  if (children === undefined || children === null || children === '' || children === false) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
