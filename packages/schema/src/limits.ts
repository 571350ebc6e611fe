/**
 * Limits on pathological content, each well above what real documents need and below what
 * crashes or stalls the build. Measured on this project's build (Astro 7, Sätteri MDX, 2 cores);
 * stated for editors in content/README.md, enforced by `validate`, the build and the CMS.
 */
export const CONTENT_LIMITS = {
  /**
   * Bytes in one content file. The largest source document is ~80 KB, the largest content file
   * ~19 KB; a 4.8 MB file still builds, but parsing time grows with size.
   */
  fileBytes: 256 * 1024,
  /**
   * Characters in one line. The longest real line (one legal clause) is ~1 800. The MDX parser
   * takes time quadratic in the length of some lines (`[a][a]…`, `\<a \<a…`): 58 KB of
   * `[a]` in one line take 6 s.
   */
  lineLength: 10_000,
  /**
   * Unescaped `*` and `_` in one paragraph (or list item, heading, table row). Real paragraphs
   * have at most 5. The MDX parser matches them in quadratic time: 40 000 in one 78 KB line took
   * 5 minutes to check, 4 000 nested over 4 000 lines (11 KB) 10 s.
   */
  emphasisMarksPerParagraph: 100,
  /**
   * Quotes, lists and emphasis nested in each other. Real documents nest 3 deep. The build dies
   * with SIGSEGV at ~500 nested quotes, ~300 nested lists or ~10 000 nested emphasis marks.
   */
  nestingDepth: 16,
} as const;

/** «256 КБ» for messages. */
export function formatKilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} КБ`;
}
