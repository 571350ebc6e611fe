/** The visual body editor's name in the CMS configuration (config/collections.ts) and its registration (main.ts). */
export const BODY_WIDGET = 'legal-text';
