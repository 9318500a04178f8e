import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isWellFormedXml, readXml } from '../../test/utils/xml.ts';
import { sitemapIndexXml, sitemapXml } from './sitemaps.ts';

/** The parts of a sitemap these tests read; a value compared as a whole stays `unknown`. */
// Optional: whether a field is there at all is for the expectations to say.
const value = z.unknown().optional();
const urlset = <U extends z.ZodType>(url: U) => z.object({ urlset: z.looseObject({ '@xmlns': value, url }) });

describe('sitemapXml', () => {
  it('writes an empty urlset for no URLs (the library alone refuses to)', async () => {
    const body = await sitemapXml([]);
    expect(isWellFormedXml(body)).toBe(true);
    const set = readXml(body, urlset(value)).urlset;
    expect(set['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(set.url).toBeUndefined();
  });

  it('writes each URL with its last change, language versions, images and news fields', async () => {
    const body = await sitemapXml([
      {
        url: 'https://news.example/en/world/talks?a=1&b=2',
        lastmod: new Date('2025-11-21T09:00:00Z'),
        alternates: [
          { language: 'en', url: 'https://news.example/en/world/talks' },
          { language: 'az', url: 'https://news.example/az/dunya/danisiqlar' },
        ],
        images: [{ url: 'https://news.example/media/1/1200.jpg', caption: 'Delegates & <guests>' }],
        news: {
          publication: 'Newsdesk',
          language: 'en',
          title: 'Talks "resume" & <go on>',
          published: new Date('2025-11-21T08:00:00Z'),
        },
      },
    ]);
    expect(isWellFormedXml(body)).toBe(true);
    const { url } = readXml(
      body,
      urlset(
        z.looseObject({
          lastmod: value,
          'xhtml:link': z.array(z.looseObject({ '@hreflang': value, '@href': value })),
          'image:image': z.looseObject({ 'image:loc': value }),
          'news:news': z.looseObject({ 'news:publication': value, 'news:publication_date': value }),
        }),
      ),
    ).urlset;
    expect(body).toContain('<loc>https://news.example/en/world/talks?a=1&amp;b=2</loc>');
    expect(url.lastmod).toBe('2025-11-21T09:00:00.000Z');
    expect(url['xhtml:link'].map((l) => [l['@hreflang'], l['@href']])).toEqual([
      ['en', 'https://news.example/en/world/talks'],
      ['az', 'https://news.example/az/dunya/danisiqlar'],
    ]);
    expect(url['image:image']['image:loc']).toBe('https://news.example/media/1/1200.jpg');
    expect(url['news:news']['news:publication']).toEqual({ 'news:name': 'Newsdesk', 'news:language': 'en' });
    expect(url['news:news']['news:publication_date']).toBe('2025-11-21T08:00:00.000Z');
    expect(body).not.toContain('<go on>');
  });

  it('rejects a URL the library refuses instead of ending the process', async () => {
    await expect(sitemapXml([{ url: 'https://news.example/a' }, { url: 'not a url' }])).rejects.toThrow();
  });
});

describe('sitemapIndexXml', () => {
  it('lists the sitemaps with their last change when known', async () => {
    const body = await sitemapIndexXml([
      { url: 'https://news.example/sitemaps/pages.xml' },
      {
        url: 'https://news.example/sitemaps/articles-2025-11.xml',
        lastmod: new Date('2025-11-21T09:00:00Z'),
      },
    ]);
    expect(isWellFormedXml(body)).toBe(true);
    const [pages, month] = readXml(body, z.object({ sitemapindex: z.object({ sitemap: z.array(value) }) }))
      .sitemapindex.sitemap;
    expect(pages).toEqual({ loc: 'https://news.example/sitemaps/pages.xml' });
    expect(month).toEqual({
      loc: 'https://news.example/sitemaps/articles-2025-11.xml',
      lastmod: '2025-11-21T09:00:00.000Z',
    });
  });
});
