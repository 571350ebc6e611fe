// Node only (`@stazhirovka/schema/media`): the SVG cleaner needs jsdom, which must never reach
// the admin's browser bundle through the schema's main entry.
export { mediaFolderProblems } from './folder.ts';
export { checkMediaBytes, MAX_MEDIA_BYTES, MAX_SVG_BYTES, type MediaCheck, type MediaExtension, mediaNameProblem, MEDIA_TYPES } from './rules.ts';
export { sniffFormat, type SniffedFormat } from './sniff.ts';
export { sanitizeSvg, type SvgResult } from './svg.ts';
