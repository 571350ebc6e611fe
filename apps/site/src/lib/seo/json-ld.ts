import { type CollectionName, type Offering, type Regulation, regulationStatus, type Site } from '@stazhirovka/schema';
import { localToInstant } from '../calendar/ics.ts';
import { regionNamed } from '../regions/region-grid.ts';

/**
 * schema.org JSON-LD for entry pages, one function per collection in one map: a collection that
 * wants structured data adds one entry here and nothing else.
 * The result is data; `serializeJsonLd` makes it safe to put inside a <script> element.
 */

export type JsonLd = Record<string, unknown>;

export interface JsonLdContext {
  /** Absolute address of the entry's page. */
  url: string;
  /** `YYYY-MM-DD`: the day the legal force of a document is judged on. */
  today: string;
  /** The data of a referenced entry (an offering's site), or undefined. */
  lookup?: (collection: CollectionName, slug: string) => Record<string, unknown> | undefined;
}

type JsonLdOf = (data: never, ctx: JsonLdContext) => JsonLd;

const SCHEMA = 'https://schema.org';

/**
 * A partial date as ISO 8601 allows it: known parts only, up to the first unknown one
 * (`2021-??-14` → `2021`), since schema.org dates cannot say «month unknown».
 */
export function isoDatePrefix(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const known = [];
  for (const part of value.split('-')) {
    if (part.includes('?')) break;
    known.push(part);
  }
  return known.join('-') || undefined;
}

/** Only in force is in force: a draft, a repealed, expired or not yet effective document is not. */
function legalForce(data: Regulation, today: string): string {
  return `${SCHEMA}/${regulationStatus(data, today) === 'active' ? 'InForce' : 'NotInForce'}`;
}

function legislation(data: Regulation, ctx: JsonLdContext): JsonLd {
  return withoutEmpty({
    '@context': SCHEMA,
    '@type': 'Legislation',
    name: data.title,
    url: ctx.url,
    inLanguage: 'ru',
    legislationIdentifier: data.number,
    legislationDate: isoDatePrefix(data.adoptedAt ?? data.approval?.date),
    legislationPassedBy: { '@type': 'Organization', name: data.issuer },
    legislationJurisdiction: data.region,
    legislationLegalForce: legalForce(data, ctx.today),
  });
}

function educationalOrganization(data: Site, ctx: JsonLdContext): JsonLd {
  return withoutEmpty({
    '@context': SCHEMA,
    '@type': 'EducationalOrganization',
    name: data.title,
    url: ctx.url,
    address: withoutEmpty({ '@type': 'PostalAddress', addressCountry: 'RU', addressRegion: data.region, addressLocality: data.municipality }),
    parentOrganization: data.hosts?.length ? data.hosts.map((host) => ({ '@type': 'EducationalOrganization', name: host.name })) : undefined,
  });
}

const ATTENDANCE: Record<Offering['format'], string> = {
  'in-person': 'OfflineEventAttendanceMode',
  distance: 'OnlineEventAttendanceMode',
  blended: 'MixedEventAttendanceMode',
};

/**
 * An offering as a schema.org `EducationEvent`, from its first session to its last. Times carry
 * the offset of the region's time zone when the region is known, otherwise they stay local.
 */
function educationEvent(data: Offering, ctx: JsonLdContext): JsonLd {
  const site = ctx.lookup?.('sites', data.site);
  const region = data.region ?? (site?.region as string | undefined);
  const zone = regionNamed(region)?.timeZone;
  const at = (local: string) => (zone ? localToInstant(local, zone).toISOString() : local.replace(' ', 'T'));
  const free = data.cost !== undefined && /бесплатн/i.test(data.cost);
  return withoutEmpty({
    '@context': SCHEMA,
    '@type': 'EducationEvent',
    name: data.title,
    url: ctx.url,
    inLanguage: 'ru',
    startDate: at(data.sessions[0].start),
    endDate: at(data.sessions[data.sessions.length - 1].end),
    eventStatus: `${SCHEMA}/EventScheduled`,
    eventAttendanceMode: `${SCHEMA}/${ATTENDANCE[data.format]}`,
    location: data.venue ? withoutEmpty({ '@type': 'Place', name: data.venue, address: region }) : undefined,
    organizer: site ? { '@type': 'EducationalOrganization', name: site.title } : undefined,
    audience: data.audience?.length ? { '@type': 'EducationalAudience', educationalRole: data.audience.join(', ') } : undefined,
    offers: data.cost || data.signup.url
      ? withoutEmpty({ '@type': 'Offer', url: data.signup.url, price: free ? 0 : undefined, priceCurrency: free ? 'RUB' : undefined, description: data.cost })
      : undefined,
  });
}

/** Collections whose pages carry JSON-LD, and how it is made from the entry's data. */
export const JSON_LD: Partial<Record<CollectionName, JsonLdOf>> = {
  regulations: legislation as JsonLdOf,
  sites: educationalOrganization as JsonLdOf,
  offerings: educationEvent as JsonLdOf,
};

/** The JSON-LD of an entry's page, or undefined for a collection that has none. */
export function jsonLdOf(collection: CollectionName, data: unknown, ctx: JsonLdContext): JsonLd | undefined {
  const make = JSON_LD[collection] as ((data: unknown, ctx: JsonLdContext) => JsonLd) | undefined;
  return make?.(data, ctx);
}

function withoutEmpty(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== ''));
}

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify leaves «<», «>» and «&»
 * as they are, so a title with «</script>» would end the element and the rest would be HTML:
 * they are written as \u escapes, which JSON parsers read back as the same characters. U+2028
 * and U+2029 too, which some JavaScript-based readers take for line breaks.
 */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
