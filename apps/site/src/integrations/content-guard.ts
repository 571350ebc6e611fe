import type { AstroIntegration } from 'astro';
import { formatProblem } from '@stazhirovka/schema';
import { validateRepository } from '@stazhirovka/schema/validate';

/**
 * Runs the same checks as `pnpm validate` before Astro touches `dist/`, so invalid content
 * (a broken field, an unknown reference, code in MDX) can never be published and the last good
 * build stays in place.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'stazhirovka:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const result = validateRepository();
        // A warning names its file and line too: «content/…/x.mdx:52: «Текст инструкции» (body): …».
        for (const warning of result.warnings) logger.warn(formatProblem(warning));
        if (result.errors.length > 0) {
          throw new Error(`Содержимое не прошло проверку, сайт не собран:\n${result.report}`);
        }
        logger.info(`content: ${result.files} files valid`);
      },
    },
  };
}
