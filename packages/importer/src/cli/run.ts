import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTION_NAMES, type CollectionName, type ContentProblem } from '@stazhirovka/schema';
import { contentDirectory, loadContent, REPO_ROOT, validateContent } from '@stazhirovka/schema/validate';
import { DocxReadError, readDocx } from '../read-docx.ts';
import { importSource, type ImportedDocument, NotADocumentError } from '../import-source.ts';
import { readText } from '../read-text.ts';
import { decodeText, looksBinary, looksLikeZip } from '../decode-text.ts';
import { jsonView, printDocument, type Outcome } from './report.ts';

export const USAGE = `Импорт документов из Word (.docx) и текста (.txt) в content/.

  pnpm run import ФАЙЛ… [--dry-run] [--json] [--collection РАЗДЕЛ] [--force]

  --dry-run       ничего не записывать, только показать, что получится
  --json          вывести один JSON-объект: реквизиты, ссылки, структуру пунктов, замечания, путь и поля
  --collection    раздел для всех документов файла: ${COLLECTION_NAMES.join(', ')}
  --force         перезаписать существующий файл
Папка с содержимым — content/ или CONTENT_DIR.`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** A problem with an input file, told in Russian; the run goes on with the other files. */
class InputError extends Error {}

interface FileResult {
  file: string;
  encoding?: string;
  documents: Outcome[];
  error?: string;
}

/** Runs the command; returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        collection: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`Не понял параметры: ${(error as Error).message.replace(/\. To specify.*$/, '')}.\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || positionals.length === 0) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  const collection = values.collection as CollectionName | undefined;
  if (collection && !COLLECTION_NAMES.includes(collection)) {
    io.err(`Раздела «${collection}» нет; укажите один из: ${COLLECTION_NAMES.join(', ')}.`);
    return 2;
  }
  const contentDir = contentDirectory(io.env);
  const results: FileResult[] = [];
  for (const name of positionals) {
    const path = isAbsolute(name) ? name : resolve(io.cwd, name);
    try {
      const { documents, encoding } = await importFile(path, collection);
      results.push({ file: name, encoding, documents: settle(documents, contentDir, { dryRun: values['dry-run'], force: values.force }) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      results.push({ file: name, documents: [], error: error.message });
    }
  }
  if (values.json) {
    const files = results.map((r) => ({ ...r, documents: r.documents.map(jsonView) }));
    io.out(JSON.stringify({ dryRun: values['dry-run'], contentDir: shown(contentDir), files }, null, 2));
  }
  else printReport(results, values['dry-run'], io);
  const failed = results.some((r) => r.error || r.documents.some((d) => d.status === 'exists'));
  return failed ? 1 : 0;
}

async function importFile(path: string, collection: CollectionName | undefined) {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'такого файла нет' : code === 'EISDIR' ? 'это папка, а не файл' : code === 'EACCES' ? 'нет прав на чтение' : 'файл не читается';
    throw new InputError(`«${path}»: ${why}; проверьте путь к файлу.`);
  }
  const extension = extname(name).toLowerCase();
  let groups;
  let encoding: string | undefined;
  if (extension === '.docx') {
    if (!looksLikeZip(bytes)) throw new InputError(`«${name}»: это не документ Word .docx (файл повреждён или переименован); откройте его в Word и сохраните как .docx.`);
    try {
      groups = await readDocx(bytes);
    } catch (error) {
      if (!(error instanceof DocxReadError)) throw error;
      // mammoth's own message is English and technical; the methodologist needs what to do.
      throw new InputError(`«${name}»: документ Word не читается (в архиве нет текста документа); откройте его в Word и сохраните заново как .docx.`);
    }
  } else if (extension === '.txt') {
    if (looksBinary(bytes)) throw new InputError(`«${name}»: это не текстовый файл; сохраните документ как «Обычный текст» (.txt) или .docx.`);
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    groups = readText(decoded.text);
  } else if (extension === '.doc') {
    throw new InputError(`«${name}»: старый формат Word (.doc) не поддерживается; откройте файл в Word и сохраните как .docx.`);
  } else {
    throw new InputError(`«${name}»: формат «${extension || 'без расширения'}» не поддерживается; нужен .docx или .txt.`);
  }
  try {
    return { documents: importSource(groups, { fileName: name, collection }), encoding };
  } catch (error) {
    if (!(error instanceof NotADocumentError)) throw error;
    throw new InputError(`«${name}»: не похоже на официальный документ: ${error.message}. Проверьте, тот ли это файл.`);
  }
}

const shown = (path: string) => {
  const rel = relative(REPO_ROOT, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
};

/**
 * Decides for each document whether it is written, checks it with the rest of the content (so a
 * reference to a missing площадка is reported as `validate` would), and writes it unless this is
 * a dry run or a file is already there.
 */
function settle(documents: ImportedDocument[], contentDir: string, options: { dryRun: boolean; force: boolean }): Outcome[] {
  const targets = documents.map((doc) => join(contentDir, doc.collection, `${doc.slug}.mdx`));
  const existing = loadContent(contentDir, REPO_ROOT).filter((raw) => !targets.includes(resolve(REPO_ROOT, raw.file)));
  const ours = documents.map((doc, i) => ({ collection: doc.collection, slug: doc.slug, file: shown(targets[i]), source: doc.text }));
  const { problems } = validateContent([...existing, ...ours]);
  return documents.map((doc, i) => {
    const target = targets[i];
    const file = shown(target);
    const own = problems.filter((p: ContentProblem) => p.file === file || p.file.startsWith(`${file}:`));
    const exists = existsSync(target);
    const status: Outcome['status'] = exists && !options.force ? 'exists' : options.dryRun ? 'dry-run' : exists ? 'replaced' : 'written';
    if (status === 'written' || status === 'replaced') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, doc.text);
    }
    return { ...doc, target: file, status, problems: own };
  });
}

function printReport(results: FileResult[], dryRun: boolean, io: Io) {
  for (const result of results) {
    if (result.error) {
      io.err(`✖ ${result.error}`);
      continue;
    }
    const encoding = result.encoding ? `, кодировка ${result.encoding === 'windows-1251' ? 'Windows-1251' : result.encoding.toUpperCase()}` : '';
    io.out(`${result.file}${encoding}: документов — ${result.documents.length}`);
    for (const doc of result.documents) printDocument(doc, io);
  }
  if (dryRun) io.out('Пробный запуск (--dry-run): ничего не записано.');
}
