import type { ImportedDocument } from '@stazhirovka/importer';
import { COLLECTION_NAMING, COLLECTIONS, type CollectionName } from '@stazhirovka/schema';
import { type DragEvent, useEffect, useState } from 'react';
import type { EditingApi } from './editing-api.ts';
import {
  type Corrections, correctionsOf, editableFields, entryFile, importDocuments, neededFields, originalAsset, originalName, type ReadSource,
  readSource, slugProblem, SourceError,
} from './import-file.ts';
import { ImportReport } from './ImportReport.tsx';

/** The editor's list, from this page at `<admin>/import/`. */
const ADMIN_PATH = '../';

/** The collections an imported document can go to: those that keep an original. */
const TARGETS = (Object.keys(COLLECTIONS) as CollectionName[]).filter((name) => 'original' in COLLECTIONS[name].schema.shape);

interface Item {
  doc: ImportedDocument;
  corrections: Corrections;
  status?: { saving?: boolean; error?: string };
}

/** «Импорт из Word»: a file in, the importer's findings shown, corrected, and saved as new entries. */
export function ImportPage({ api }: { api: EditingApi }) {
  const [source, setSource] = useState<ReadSource>();
  const [items, setItems] = useState<Item[]>([]);
  const [error, setError] = useState<string>();
  const [sites, setSites] = useState<{ slug: string; title: string }[]>([]);
  const [dragging, setDragging] = useState(false);
  const [fileName, setFileName] = useState<string>();

  useEffect(() => {
    api.sites().then(setSites, () => setSites([]));
  }, [api]);

  async function open(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setError(undefined);
    setItems([]);
    try {
      const read = await readSource(file.name, new Uint8Array(await file.arrayBuffer()));
      const docs = importDocuments(read);
      setSource(read);
      setItems(docs.map((doc) => ({ doc, corrections: correctionsOf(doc) })));
    } catch (cause) {
      setSource(undefined);
      const reason = cause instanceof SourceError ? cause.message : `«${file.name}»: ${cause instanceof Error ? cause.message : String(cause)}`;
      setError(reason);
    }
  }

  const update = (index: number, change: (item: Item) => Item) => setItems((all) => all.map((item, i) => (i === index ? change(item) : item)));

  /** Another collection: import again into it (its fields differ), keeping what was typed where it fits. */
  function recollect(index: number, collection: CollectionName) {
    if (!source) return;
    const doc = importDocuments(source, collection)[index];
    update(index, (item) => {
      const fresh = correctionsOf(doc);
      for (const key of Object.keys(fresh.fields)) if (item.corrections.fields[key] && key !== 'kind') fresh.fields[key] = item.corrections.fields[key];
      return { doc, corrections: { ...fresh, slug: item.corrections.slug } };
    });
  }

  async function create(index: number) {
    const { doc, corrections } = items[index];
    if (!source) return;
    const problem = slugProblem(corrections.slug);
    if (problem) return update(index, (item) => ({ ...item, status: { error: `Имя записи «${corrections.slug}»: ${problem}.` } }));
    update(index, (item) => ({ ...item, status: { saving: true } }));
    const name = originalName(corrections.slug, source);
    const file = entryFile(doc, corrections, name);
    try {
      await api.createEntry({ ...file, slug: corrections.slug }, originalAsset(name, source.bytes));
      window.location.assign(`${ADMIN_PATH}#/collections/${corrections.collection}/entries/${corrections.slug}`);
    } catch (cause) {
      update(index, (item) => ({ ...item, status: { error: cause instanceof Error ? cause.message : String(cause) } }));
    }
  }

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files[0]);
  };

  return (
    <main className="import">
      <p className="back">
        <a href={ADMIN_PATH}>← К записям</a>
      </p>
      <h1>Импорт из Word</h1>
      <p>
        Выберите оригинал документа — файл Word (.docx) или текстовый (.txt). Текст переносится слово в слово, нумерация не меняется. Проверьте найденные
        реквизиты, исправьте ошибки и нажмите «Создать запись»: оригинал сохранится в медиатеке, и на странице документа появится ссылка «Скачать оригинал».
      </p>
      <div
        className={`drop${dragging ? ' drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <span>Перетащите файл сюда или</span>
        {/* Chromium labels a bare file input in the browser's language («Choose File»): the input is
            hidden from sight but not from the keyboard, and this label is its Russian button. */}
        <input
          id="source-file"
          className="visually-hidden"
          type="file"
          accept=".docx,.txt"
          aria-describedby="source-file-name"
          onChange={(event) => void open(event.target.files?.[0])}
        />
        <label htmlFor="source-file" className="pick">
          Выбрать файл…
        </label>
        <span id="source-file-name" className="file-name" aria-live="polite">
          {fileName ? `Выбран файл: ${fileName}` : 'Файл не выбран'}
        </span>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {source && items.length > 1 && (
        <p>
          В файле «{source.fileName}» {items.length} документа(ов): каждый станет отдельной записью.
        </p>
      )}
      {items.map((item, index) => (
        <section key={index} className="document" aria-label={`Документ ${index + 1}`}>
          <h2>
            {items.length > 1 ? `Документ ${index + 1}: ` : ''}
            {item.doc.requisites.title ?? item.doc.requisites.kindAsWritten ?? item.doc.slug}
          </h2>
          <div className="columns">
            <div>
              <ImportReport doc={item.doc} />
            </div>
            <CorrectionsForm
              item={item}
              sites={sites}
              onChange={(corrections) => update(index, (it) => ({ ...it, corrections }))}
              onCollection={(collection) => recollect(index, collection)}
              onCreate={() => void create(index)}
            />
          </div>
        </section>
      ))}
    </main>
  );
}

interface FormProps {
  item: Item;
  sites: { slug: string; title: string }[];
  onChange: (corrections: Corrections) => void;
  onCollection: (collection: CollectionName) => void;
  onCreate: () => void;
}

function CorrectionsForm({ item, sites, onChange, onCollection, onCreate }: FormProps) {
  const { corrections, status } = item;
  const { collection } = corrections;
  const setField = (key: string, value: string) => onChange({ ...corrections, fields: { ...corrections.fields, [key]: value } });
  return (
    <form
      className="corrections"
      onSubmit={(event) => {
        event.preventDefault();
        onCreate();
      }}
    >
      <h3>Новая запись</h3>
      <label>
        <span>Раздел</span>
        <select name="collection" value={collection} onChange={(event) => onCollection(event.target.value as CollectionName)}>
          {TARGETS.map((name) => (
            <option key={name} value={name}>
              {COLLECTION_NAMING[name].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Имя записи (латиницей)</span>
        <input name="slug" value={corrections.slug} onChange={(event) => onChange({ ...corrections, slug: event.target.value })} />
        <small>
          Файл: content/{collection}/{corrections.slug}.mdx; адрес на сайте не меняется после создания.
        </small>
      </label>
      {editableFields(collection, neededFields(item.doc)).map(({ key, label, description, options, collection: target }) => {
        const value = corrections.fields[key] ?? '';
        const choices = target === 'sites' ? Object.fromEntries(sites.map((site) => [site.slug, site.title])) : options;
        return (
          <label key={key}>
            <span>{label}</span>
            {choices ? (
              <select name={key} value={value} onChange={(event) => setField(key, event.target.value)}>
                <option value="">— не выбрано —</option>
                {Object.entries(choices).map(([option, text]) => (
                  <option key={option} value={option}>
                    {text}
                  </option>
                ))}
              </select>
            ) : (
              <input name={key} value={value} onChange={(event) => setField(key, event.target.value)} />
            )}
            <small>{description}</small>
          </label>
        );
      })}
      {status?.error && (
        <p className="error" role="alert">
          Запись не создана. {status.error}
        </p>
      )}
      <button type="submit" disabled={status?.saving}>
        {status?.saving ? 'Сохраняется…' : 'Создать запись'}
      </button>
    </form>
  );
}
