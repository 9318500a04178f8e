import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SEED_SLUG } from '../../../test/fixtures/content.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { readerSite, SEED_URL } from '../../../test/utils/reader-site.ts';

/** A page's structured data (JSON-LD): a list of objects; another shape fails the test. */
const structuredData = (html: string) =>
  z
    .array(z.record(z.string(), z.unknown()))
    .parse(JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? ''));

/** The article page as search engines, browsers and caches read it: structured data, security and caching headers, redirects. */
describe.each(dialects)('reader site on %s', (dialect) => {
  const site = readerSite(dialect);
  const { get } = site;

  describe('the seed article page', () => {
    it('describes itself to search engines and social sites: NewsArticle, BreadcrumbList, OpenGraph, Twitter', async () => {
      const html = (await get(SEED_URL)).body;
      const [article, crumbs] = structuredData(html);
      expect(article).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Moscow expresses regret over damage to Azerbaijan’s embassy in Kyiv',
        inLanguage: 'en',
        articleSection: 'World',
        datePublished: '2025-11-21T08:00:00.000Z',
        dateModified: '2025-11-21T08:00:00.000Z',
        mainEntityOfPage: { '@type': 'WebPage', '@id': `http://news.test${SEED_URL}` },
        author: [{ '@type': 'Organization', name: 'News.Az' }],
        publisher: { '@type': 'NewsMediaOrganization', name: 'Newsdesk', logo: { '@type': 'ImageObject' } },
        isBasedOn: [{ '@type': 'CreativeWork', name: 'News.Az, Azerbaijani media' }],
        keywords: 'Diplomacy, Azerbaijan',
      });
      expect(z.object({ logo: z.object({ url: z.string() }) }).parse(article?.publisher).logo.url).toMatch(
        // Raster, as Google asks of a publisher's logo: the PNG drawn from the site's name.
        /^http:\/\/news\.test\/share-image\/logo\.png\?v=[0-9a-f]+$/,
      );
      expect(crumbs).toMatchObject({
        '@type': 'BreadcrumbList',
        itemListElement: [
          { position: 1, name: 'Newsdesk', item: 'http://news.test/en/' },
          { position: 2, name: 'World', item: 'http://news.test/en/world/' },
          { position: 3, item: `http://news.test${SEED_URL}` },
        ],
      });
      expect(html).toContain('<meta property="og:type" content="article"/>');
      expect(html).toContain(`<meta property="og:url" content="http://news.test${SEED_URL}"/>`);
      expect(html).toContain('<meta property="og:locale" content="en_GB"/>');
      expect(html).toContain('<meta property="article:published_time" content="2025-11-21T08:00:00.000Z"/>');
      // No picture of its own: the site's share image (raster, 1200×630) stands in, as a large card.
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
      expect(html).toMatch(
        /<meta property="og:image" content="http:\/\/news\.test\/share-image\/en\.png\?v=[0-9a-f]+"\/>/,
      );
    });

    it('cannot be broken out of by article text in structured data', async () => {
      const a = await site.app.container.writer.create({
        language: 'en',
        headline: 'Sneaky </script><script>alert(1)</script> headline',
        sectionSlug: 'economy',
        body: [{ type: 'paragraph', content: [{ text: 'x' }] }],
        status: 'published',
        publishedAt: new Date('2025-09-01T08:00:00Z'),
      });
      const html = (await get(`/en/economy/${a.slug}`)).body;
      expect(structuredData(html)[0]?.headline).toBe('Sneaky </script><script>alert(1)</script> headline');
      expect(html).not.toContain('<script>alert(1)</script>');
    });

    it('sends security headers with a CSP that allows exactly its inline scripts', async () => {
      const res = await get(SEED_URL);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      const hashes = [...csp.matchAll(/'sha256-[^']+'/g)].map((m) => m[0]);
      // The site's one policy: this page's four scripts and the live blog's (on live pages only).
      expect(hashes).toHaveLength(5);
      const scripts = [
        ...res.body.matchAll(/<script(?: data-article="[0-9a-f-]{36}")?>(.*?)<\/script>/gs),
      ].map((m) => m[1]!);
      expect(scripts).toHaveLength(4);
      const { createHash } = await import('node:crypto');
      for (const s of scripts)
        expect(hashes).toContain(`'sha256-${createHash('sha256').update(s).digest('base64')}'`);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('answers with caching headers and 304 for a matching ETag', async () => {
      const res = await get(SEED_URL);
      expect(res.headers['cache-control']).toContain('s-maxage=');
      expect(res.headers['cache-control']).toContain('stale-while-revalidate=');
      expect(new Date(String(res.headers['last-modified'])).getTime()).toBeGreaterThan(0);
      const etag = String(res.headers.etag);
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(SEED_URL, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    });

    it('redirects with 301 after the slug changes, and for a stale section', async () => {
      const renamed = await site.app.container.writer.changeSlug(
        site.fx.seed.id,
        'moscow-regrets-embassy-damage',
      );
      try {
        const old = await get(SEED_URL);
        expect(old.statusCode).toBe(301);
        expect(old.headers.location).toBe('/en/world/moscow-regrets-embassy-damage');
        expect((await get('/en/world/moscow-regrets-embassy-damage')).statusCode).toBe(200);
        const wrongSection = await get('/en/economy/moscow-regrets-embassy-damage');
        expect(wrongSection.statusCode).toBe(301);
        expect(wrongSection.headers.location).toBe('/en/world/moscow-regrets-embassy-damage');
      } finally {
        await site.app.container.writer.changeSlug(renamed.id, SEED_SLUG);
      }
      expect((await get(SEED_URL)).statusCode).toBe(200);
    });
  });
});
