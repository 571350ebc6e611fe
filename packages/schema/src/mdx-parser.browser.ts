/**
 * In a browser (the CMS, the importer's page) `validateEntry` parses bodies with remark-mdx:
 * Sätteri's parser is a native addon (see validate/native-mdx.ts).
 */
export { remarkMdxParser as mdxParser } from './mdx-safety.ts';
