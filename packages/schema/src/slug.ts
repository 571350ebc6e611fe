import slugify from '@sindresorhus/slugify';

/**
 * The slug policy shared by the CMS, the importer and `validate`: transliterated Latin
 * (ГОСТ-like, «Положение о площадке» → «polozhenie-o-ploshchadke»), lowercase, hyphens.
 * @sindresorhus/slugify is used because it transliterates Cyrillic and is well maintained.
 */
export function toSlug(title: string, maxLength = 60): string {
  const slug = slugify(title, { lowercase: true, decamelize: false });
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
