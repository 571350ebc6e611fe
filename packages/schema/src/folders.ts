/**
 * Where things live, as paths relative to the repository root: the form the CMS names them in
 * (Decap's `folder` and `media_folder`) and the editing backend maps onto real folders. Plain
 * constants, safe for the browser bundle.
 */
export const CONTENT_FOLDER = 'content';
/** Uploaded originals (DOCX, PDF) and images; the site publishes them at {@link MEDIA_URL}. */
export const MEDIA_FOLDER = 'apps/site/public/media';
/** The address the media folder is published at. */
export const MEDIA_URL = '/media';
