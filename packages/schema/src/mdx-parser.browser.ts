import type { MdxParser } from './mdx-safety.ts';

/**
 * In a browser (the CMS, the importer's page) `validateEntry` parses bodies with remark-mdx, the
 * default of `parseMdxBody`: Sätteri's parser is a native addon (see validate/native-mdx.ts).
 */
export const mdxParser: MdxParser | undefined = undefined;
