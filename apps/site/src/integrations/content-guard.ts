import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ALLOWED_COMPONENTS, COLLECTION_NAMES, type CollectionName, formatProblem } from '@stazhirovka/schema';
import {
  checkContentTree,
  contentDirectory,
  internalError,
  isPublishedName,
  readEntry,
  REPO_ROOT,
  validateEntry,
  validateRepository,
} from '@stazhirovka/schema/validate';
import type { MdastPluginDefinition } from 'satteri';

/** `@astrojs/mdx`'s Vite plugin, which compiles MDX to JavaScript; the guard must run before it. */
const MDX_COMPILER = '@mdx-js/rolldown';
const GUARD = 'stazhirovka:content-guard';

/**
 * Runs the same checks as `pnpm validate` before Astro touches `dist/`, so invalid content
 * (a broken field, an unknown reference, code in MDX) can never be published and the last good
 * build stays in place. The whole tree is checked once at start-up; then every MDX module is
 * checked again right before it is compiled, in `astro build` and in `astro dev` alike, so a file
 * that appears or changes while the dev server runs is never executed unchecked.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: GUARD,
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'preview') return;
        const result = validateRepository();
        // A warning names its file and line too: «content/…/x.mdx:52: «Текст инструкции» (body): …».
        for (const warning of result.warnings) logger.warn(formatProblem(warning));
        if (result.errors.length > 0) {
          throw new Error(`Содержимое не прошло проверку, сайт не собран:\n${result.report}`);
        }
        logger.info(`content: ${result.files} files valid`);
        updateConfig({ vite: { plugins: [guardPlugin(logger)] } });
      },
    },
  };
}

/** The parts of a Vite plugin used here, stated structurally (Vite is Astro's, not a dependency). */
interface GuardPlugin {
  name: string;
  enforce: 'pre';
  configResolved(config: { plugins: readonly { name: string }[] }): void;
  configureServer(server: { watcher: { on(event: 'add' | 'change', listener: (path: string) => void): unknown } }): void;
  transform: { filter: { id: RegExp }; handler(code: string, id: string): null };
}

/**
 * A Vite plugin that checks each `.mdx` module before `@astrojs/mdx` compiles it, and refuses it
 * with the Russian messages of `validate` (file, field, fix) instead of compiling it. In dev, a
 * changed or new content file is also checked as soon as it is saved, so the terminal says what
 * is wrong before anyone opens the page.
 */
function guardPlugin(logger: AstroIntegrationLogger): GuardPlugin {
  return {
    name: GUARD,
    enforce: 'pre',
    configResolved(config) {
      const names = config.plugins.map((plugin) => plugin.name);
      const compiler = names.indexOf(MDX_COMPILER);
      // Fail closed: if a Vite or Astro upgrade reorders plugins, MDX must not compile unchecked.
      if (compiler !== -1 && names.indexOf(GUARD) > compiler) {
        throw new Error(`${GUARD} must run before ${MDX_COMPILER}; plugin order: ${names.join(', ')}`);
      }
    },
    configureServer(server) {
      const report = (path: string) => {
        const content = contentDirectory();
        if (!resolve(path).startsWith(`${content}${sep}`)) return;
        // A file the site will not publish (a .md, a backup, a subfolder) is named as `validate` would.
        const file = relative(REPO_ROOT, path);
        const problems = path.endsWith('.mdx') && isEntryPath(path)
          ? problemsOf(path)
          : checkContentTree(content, REPO_ROOT).filter((p) => file.startsWith(p.file.replace(/\/$/, '')));
        for (const problem of problems) logger.error(formatProblem(problem));
      };
      server.watcher.on('add', report);
      server.watcher.on('change', report);
    },
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        const errors = problemsOf(id, code);
        if (errors.length > 0) {
          throw new Error(`Файл не прошёл проверку и не показан:\n${errors.map((p) => `✖ ${formatProblem(p)}`).join('\n')}`);
        }
        return null;
      },
    },
  };
}

/** `<content>/<collection>/<slug>.mdx`: a file the site publishes. */
function isEntryPath(path: string): boolean {
  const where = relative(contentDirectory(), resolve(path)).split(sep);
  return where.length === 2 && (COLLECTION_NAMES as string[]).includes(where[0]) && isPublishedName(where[1]);
}

/** The errors of one MDX file as `validate` reports them; `code`, when given, is what will compile. */
function problemsOf(path: string, code?: string) {
  const content = contentDirectory();
  const [collection] = relative(content, resolve(path)).split(sep);
  const file = relative(REPO_ROOT, path);
  if (!isEntryPath(path)) {
    return [{
      file,
      path: '',
      label: '',
      message: `MDX публикуется только из папок разделов (${relative(REPO_ROOT, content)}/<раздел>/<slug>.mdx); этот файл не проверен и не будет скомпилирован`,
      severity: 'error' as const,
    }];
  }
  try {
    const raw = readEntry(path, collection as CollectionName, REPO_ROOT);
    const checked = validateEntry(code === undefined ? raw : { ...raw, source: code, bytes: Buffer.byteLength(code) });
    return checked.problems.filter((p) => p.severity === 'error');
  } catch (error) {
    // A file deleted between the event and the read, or unreadable: never compiled unchecked.
    return [internalError(file, error)];
  }
}

/**
 * The last line of defence, inside the MDX compiler itself (a Sätteri mdast plugin): whatever
 * the guard's parser thought, if the compiler's own parse finds `import`/`export`, `{…}` or a
 * JSX tag, compilation stops. Content never contains code (content/README.md), so this never
 * fires unless the two parsers disagree.
 */
export const refuseMdxCode: MdastPluginDefinition = {
  name: 'stazhirovka:refuse-mdx-code',
  mdxjsEsm: () => refuse('import и export'),
  mdxFlowExpression: () => refuse('фигурные скобки {…}'),
  mdxTextExpression: () => refuse('фигурные скобки {…}'),
  mdxJsxFlowElement: (node) => (ALLOWED_COMPONENTS.includes(node.name ?? '') ? undefined : refuse('теги <…>')),
  mdxJsxTextElement: (node) => (ALLOWED_COMPONENTS.includes(node.name ?? '') ? undefined : refuse('теги <…>')),
};

function refuse(what: string): never {
  throw new Error(`${what} в тексте выполняются как код и запрещены; экранируйте их обратной косой чертой: \\{ или \\<`);
}
