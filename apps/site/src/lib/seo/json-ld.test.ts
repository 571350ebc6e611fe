import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../integrations/sitemap.ts';
import { isoDatePrefix, jsonLdOf, serializeJsonLd } from './json-ld.ts';

describe('JSON-LD', () => {
  it('is serialised so that no «</script>» or «<!--» can end or change the block, and parses back the same', () => {
    const value = { name: 'A </script><script>alert(1)</script> <!-- & \u2028' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('gives a partial date only its known parts', () => {
    expect(isoDatePrefix('2021-03-11')).toBe('2021-03-11');
    expect(isoDatePrefix('2021-03')).toBe('2021-03');
    expect(isoDatePrefix('2021-??-14')).toBe('2021');
    expect(isoDatePrefix(undefined)).toBeUndefined();
  });

  it('says a repealed document is not in force and an active one is', () => {
    const base = { title: 'П', kind: 'regulation', issuer: 'Комитет', level: 'municipal', region: 'Ленинградская область', number: '1' };
    const ctx = { url: 'https://example.org/regulations/p/', today: '2026-01-01' };
    expect(jsonLdOf('regulations', base, ctx)).toMatchObject({ '@type': 'Legislation', legislationLegalForce: 'https://schema.org/InForce', legislationIdentifier: '1' });
    expect(jsonLdOf('regulations', { ...base, repealed: { date: '2024-01-01' } }, ctx)).toMatchObject({ legislationLegalForce: 'https://schema.org/NotInForce' });
    expect(jsonLdOf('practices', { title: 'Кейс' }, ctx)).toBeUndefined();
  });
});

describe('sitemap', () => {
  it('lists each page once by its absolute address, without the «not found» page, the editor or files', () => {
    const xml = sitemapXml(['', 'regulations/a/', 'regulations/a/', '404/', 'admin/x/', 'feeds/all.xml', 'robots.txt', 'a&b/'], 'https://example.org');
    expect(xml.match(/<loc>[^<]*<\/loc>/g)).toEqual([
      '<loc>https://example.org/</loc>',
      '<loc>https://example.org/a&amp;b/</loc>',
      '<loc>https://example.org/regulations/a/</loc>',
    ]);
  });
});
