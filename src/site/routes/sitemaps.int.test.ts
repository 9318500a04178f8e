import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadFixtures, loadTranslations, SEED_SLUG } from '../../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { isWellFormedXml } from '../../../test/utils/xml.ts';
import { sitemapMonth } from './sitemaps.ts';

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link', 'image:image'].includes(name),
});

/** The parts of the sitemaps these tests read; a value compared as a whole stays `unknown`. */
// Optional: whether a field is there at all is for the expectations to say.
const value = z.unknown().optional();
const sitemapIndexDoc = z.object({
  sitemapindex: z.looseObject({ sitemap: z.array(z.looseObject({ loc: z.string() })) }),
});
const urlsetDoc = z.object({
  urlset: z.looseObject({
    url: z.array(
      z.looseObject({
        loc: z.string(),
        lastmod: value,
        'xhtml:link': z.array(z.record(z.string(), z.string())).optional(),
        'image:image': z.array(value).optional(),
        'news:news': value,
      }),
    ),
  }),
});

describe.each(dialects)('sitemaps and robots.txt on %s', (dialect) => {
  let app: TestApp;
  const get = (url: string) => app.server.inject({ method: 'GET', url });
  /** A sitemap read into `schema`'s shape, once it is known to be well-formed. */
  const parse = <S extends z.ZodType>(body: string, schema: S): z.output<S> => {
    expect(isWellFormedXml(body)).toBe(true);
    return schema.parse(xml.parse(body));
  };

  beforeAll(async () => {
    app = await createTestApp(dialect, {}, { clock: { now: () => new Date('2025-11-22T06:00:00Z') } });
    const fx = await loadFixtures(app.container, 3);
    await loadTranslations(app.container, fx.seed);
    await app.container.writer.create({
      language: 'en',
      headline: 'An older story from October',
      sectionSlug: 'economy',
      body: [
        { type: 'paragraph', content: [{ text: 'Text.' }] },
        { type: 'image', src: '/media/harbour.jpg', alt: 'The harbour', caption: 'The harbour at dawn' },
      ],
      status: 'published',
      publishedAt: new Date('2025-10-03T08:00:00Z'),
    });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('robots.txt names the sitemaps and keeps crawlers out of search and admin', async () => {
    const res = await get('/robots.txt');
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain(
      'Sitemap: http://news.test/sitemap.xml\nSitemap: http://news.test/sitemaps/news.xml',
    );
    expect(res.body).toContain(
      'Disallow: /admin\nDisallow: /en/search\nDisallow: /az/search\nDisallow: /ru/search',
    );
  });

  it('the index lists pages, news and one sitemap per month with articles', async () => {
    const res = await get('/sitemap.xml');
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const locs = parse(res.body, sitemapIndexDoc).sitemapindex.sitemap.map((s) => s.loc);
    expect(locs).toEqual([
      'http://news.test/sitemaps/pages.xml',
      'http://news.test/sitemaps/news.xml',
      'http://news.test/sitemaps/articles-2025-11.xml',
      'http://news.test/sitemaps/articles-2025-10.xml',
    ]);
  });

  it('a monthly sitemap lists that month’s articles with hreflang partners and images', async () => {
    const nov = parse((await get('/sitemaps/articles-2025-11.xml')).body, urlsetDoc).urlset.url;
    expect(nov).toHaveLength(6); // 3 fillers + the seed in 3 languages
    const seed = nov.find((u) => u.loc === `http://news.test/en/world/${SEED_SLUG}`);
    expect(seed?.['xhtml:link']?.map((l) => l['@_hreflang'])).toEqual(['en', 'az', 'ru']);
    expect(seed?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const oct = parse((await get('/sitemaps/articles-2025-10.xml')).body, urlsetDoc).urlset.url;
    expect(oct).toHaveLength(1);
    expect(oct[0]?.['image:image']?.[0]).toEqual({
      'image:loc': 'http://news.test/media/harbour.jpg',
      'image:caption': 'The harbour at dawn',
    });
    expect((await get('/sitemaps/articles-2024-01.xml')).statusCode).toBe(404);
    expect((await get('/sitemaps/articles-2025-13.xml')).statusCode).toBe(404);
    expect((await get('/sitemaps/whatever.xml')).statusCode).toBe(404);
  });

  it('the news sitemap holds only the last 48 hours, with publication data', async () => {
    const urls = parse((await get('/sitemaps/news.xml')).body, urlsetDoc).urlset.url;
    expect(urls).toHaveLength(3); // the seed in three languages, published 22 hours earlier
    const en = urls.find((u) => u.loc.includes('/en/'));
    expect(en?.['news:news']).toEqual({
      'news:publication': { 'news:name': 'Newsdesk', 'news:language': 'en' },
      'news:publication_date': '2025-11-21T08:00:00.000Z',
      'news:title': 'Moscow expresses regret over damage to Azerbaijan’s embassy in Kyiv',
    });
  });

  it('the pages sitemap lists fronts, sections, tags and authors in every language', async () => {
    const locs = parse((await get('/sitemaps/pages.xml')).body, urlsetDoc).urlset.url.map((u) => u.loc);
    expect(locs).toEqual(
      expect.arrayContaining([
        'http://news.test/en/',
        'http://news.test/ru/',
        'http://news.test/az/world/',
        'http://news.test/en/tag/diplomacy',
        'http://news.test/en/author/leyla-hasanova',
      ]),
    );
    expect(locs).not.toContain('http://news.test/en/tag/unused');
  });
});

describe('sitemapMonth', () => {
  it('reads articles-YYYY-MM.xml and nothing else', () => {
    expect(sitemapMonth('articles-2025-11.xml')).toEqual({ year: 2025, month: 11 });
    for (const file of ['articles-2025-13.xml', 'articles-2025-00.xml', 'articles-2025-1.xml', 'pages.xml'])
      expect(sitemapMonth(file), file).toBeNull();
  });
});
