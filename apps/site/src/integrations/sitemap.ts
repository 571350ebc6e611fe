import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the sitemap is published; robots.txt points to it. */
export const SITEMAP_PATH = '/sitemap.xml';

/** Pages that are not content: the «not found» page and the editor. */
const LEFT_OUT = [/^404\/?$/, /^admin\//];

/** Escapes the five XML specials (an address may hold «&»). */
const xmlText = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/**
 * The sitemap as XML: every page once, by its absolute address. `pathnames` are as Astro gives
 * them, without the leading slash ('' for the home page, 'regulations/x/' for an entry).
 */
export function sitemapXml(pathnames: readonly string[], site: string): string {
  const pages = [...new Set(pathnames.filter((path) => (path === '' || path.endsWith('/')) && !LEFT_OUT.some((re) => re.test(path))))].sort();
  const urls = pages.map((path) => `<url><loc>${xmlText(new URL(`/${path}`, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * Writes `sitemap.xml` after the build from the pages Astro actually rendered, so a page anyone
 * adds is listed without a change here, and a sample entry left out by SITE_EXCLUDE_EXAMPLES is
 * not. It writes into the build's own output folder (`dir`), which is the temporary one of the
 * atomic build (src/build/), published with everything else or not at all. Only HTML pages
 * (paths ending in «/», the site's `trailingSlash: 'always'`) are listed: not feeds or robots.txt.
 */
export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'stazhirovka:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) throw new Error('sitemap: `site` is not set in astro.config (SITE_URL)');
        const xml = sitemapXml(pages.map((page) => page.pathname), site);
        writeFileSync(fileURLToPath(new URL(SITEMAP_PATH.slice(1), dir)), xml);
        logger.info(`sitemap: ${xml.split('<url>').length - 1} pages`);
      },
    },
  };
}
