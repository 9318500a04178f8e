import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapIndexXml, sitemapXml } from './sitemaps.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: () => false });

describe('sitemapXml', () => {
  it('writes an empty urlset for no URLs (the library alone refuses to)', async () => {
    const body = await sitemapXml([]);
    expect(XMLValidator.validate(body)).toBe(true);
    const urlset = xml.parse(body).urlset;
    expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset.url).toBeUndefined();
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
    expect(XMLValidator.validate(body)).toBe(true);
    const url = xml.parse(body).urlset.url;
    expect(body).toContain('<loc>https://news.example/en/world/talks?a=1&amp;b=2</loc>');
    expect(url.lastmod).toBe('2025-11-21T09:00:00.000Z');
    expect(url['xhtml:link'].map((l: Record<string, string>) => [l['@hreflang'], l['@href']])).toEqual([
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
    expect(XMLValidator.validate(body)).toBe(true);
    const [pages, month] = xml.parse(body).sitemapindex.sitemap;
    expect(pages).toEqual({ loc: 'https://news.example/sitemaps/pages.xml' });
    expect(month).toEqual({
      loc: 'https://news.example/sitemaps/articles-2025-11.xml',
      lastmod: '2025-11-21T09:00:00.000Z',
    });
  });
});
