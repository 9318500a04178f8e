import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/utils/databases.ts';
import { readerSite } from '../../test/utils/reader-site.ts';

describe.each(dialects)('reader-site rough edges on %s', (dialect) => {
  const site = readerSite(dialect);
  const { get } = site;

  describe('one rule for trailing slashes', () => {
    it('listings without the slash answer 301 to it, query kept', async () => {
      const cases: [string, string][] = [
        ['/en/latest', '/en/latest/'],
        ['/en/latest?page=2', '/en/latest/?page=2'],
        ['/en?page=2', '/en/?page=2'],
        ['/en/economy?page=2', '/en/economy/?page=2'],
        ['/en/2025', '/en/2025/'],
        ['/en/2025/11?page=2', '/en/2025/11/?page=2'],
        ['/en/2025/11/21', '/en/2025/11/21/'],
      ];
      for (const [from, to] of cases) {
        const res = await get(from);
        expect([from, res.statusCode, res.headers.location]).toEqual([from, 301, to]);
      }
    });

    it('single things with a slash answer 301 to the form without it', async () => {
      const cases: [string, string][] = [
        ['/en/tag/energy/', '/en/tag/energy'],
        ['/en/author/leyla-hasanova/?page=2', '/en/author/leyla-hasanova?page=2'],
        ['/en/search/?q=note', '/en/search?q=note'],
        ['/en/topic/person/someone/', '/en/topic/person/someone'],
      ];
      for (const [from, to] of cases) {
        const res = await get(from);
        expect([from, res.statusCode, res.headers.location]).toEqual([from, 301, to]);
      }
      expect((await get('/en/latest/')).statusCode).toBe(200);
      expect((await get('/en/tag/energy')).statusCode).toBe(200);
    });

    it('what is in neither form stays a 404', async () => {
      for (const path of ['/en/nothing-here', '/en/2025/13/', '/xx/latest', '/en/world/no-such-article']) {
        expect([path, (await get(path)).statusCode]).toEqual([path, 404]);
      }
    });
  });

  it('/favicon.ico is an icon made from the site (ICO holding PNGs)', async () => {
    const res = await get('/favicon.ico');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/x-icon');
    const ico = res.rawPayload;
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    const sizes = [0, 1, 2].map((i) => ico.readUInt8(6 + 16 * i));
    expect(sizes).toEqual([16, 32, 48]);
    const first = ico.readUInt32LE(6 + 12);
    expect(ico.subarray(first, first + 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
  });

  it('sitemap lastmod is when the article was published or updated, not when it was stored', async () => {
    const filler = site.fx.fillers[0]!;
    const res = await get('/sitemaps/articles-2025-11.xml');
    const entry = new RegExp(
      `<loc>http://news.test/en/economy/${filler.slug}</loc><lastmod>([^<]+)</lastmod>`,
    ).exec(res.body);
    expect(entry?.[1]).toBe('2025-11-10T06:00:00.000Z');
  });

  it('an untranslated article offers the other languages’ front pages', async () => {
    const html = (await get(`/en/economy/${site.fx.fillers[1]!.slug}`)).body;
    const nav = /<nav class="lang-switch" aria-label="([^"]+)">(.*?)<\/nav>/s.exec(html);
    expect(nav?.[1]).toBe('Languages');
    expect([...(nav?.[2] ?? '').matchAll(/<a href="([^"]+)" lang="(\w+)"/g)].map((m) => m[1])).toEqual([
      '/en/',
      '/lang/az?to=%2Faz%2F',
      '/lang/ru?to=%2Fru%2F',
    ]);
  });

  it('JSON-LD links each author: people to their author page, an organisation to its site', async () => {
    // The page's first JSON-LD block is a list: NewsArticle, then BreadcrumbList.
    const ldOf = (html: string) =>
      (
        JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '[]') as {
          author?: unknown;
        }[]
      )[0]!;
    const byPerson = (await get(`/en/economy/${site.fx.fillers[0]!.slug}`)).body;
    expect(ldOf(byPerson).author).toEqual([
      { '@type': 'Person', name: 'Leyla Hasanova', url: 'http://news.test/en/author/leyla-hasanova' },
    ]);
    const unsigned = await site.app.container.writer.create({
      language: 'en',
      headline: 'Unsigned agency copy',
      sectionSlug: 'economy',
      body: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
      sources: [{ outlet: 'Wire Agency', citing: null, url: 'https://wire.example/story' }],
      status: 'published',
    });
    expect(ldOf((await get(`/en/economy/${unsigned.slug}`)).body).author).toEqual([
      { '@type': 'Organization', name: 'Wire Agency', url: 'https://wire.example/story' },
    ]);
  });

  it('shows headlines and standfirsts with the language’s quotes, the body as typed', async () => {
    const a = await site.app.container.writer.create({
      language: 'ru',
      headline: 'Министр назвал переговоры "продуктивными"',
      standfirst: 'Итоги "первого раунда"',
      sectionSlug: 'economy',
      body: [{ type: 'paragraph', content: [{ text: 'Он сказал: "это успех".' }] }],
      status: 'published',
    });
    const html = (await get(`/ru/economy/${a.slug}`)).body;
    expect(html).toContain('<h1 class="headline">Министр назвал переговоры «продуктивными»</h1>');
    expect(html).toContain('<p class="standfirst">Итоги «первого раунда»</p>');
    expect(html).toContain('<title>Министр назвал переговоры «продуктивными» — ');
    expect(html).toContain('Он сказал: &quot;это успех&quot;.');
    expect((await get('/ru/latest/')).body).toContain('Министр назвал переговоры «продуктивными»');
    const stored = await site.app.container.store.repos.articles.findById(a.id);
    expect(stored?.headline).toBe('Министр назвал переговоры "продуктивными"');
  });

  it('shows the tagline in the page’s language: header, front-page description, feeds', async () => {
    const ru = (await get('/ru/')).body;
    expect(ru).toContain('<span class="brand-tagline">Новости региона и мира</span>');
    expect(ru).toContain('<meta name="description" content="Новости региона и мира"/>');
    expect((await get('/ru/feed.xml')).body).toContain('<description>Новости региона и мира</description>');
    expect((await get('/az/')).body).toContain(
      '<span class="brand-tagline">Regiondan və dünyadan xəbərlər</span>',
    );
    expect((await get('/en/')).body).toContain(
      '<span class="brand-tagline">News from the region and the world</span>',
    );
  });

  it('keeps empty tag and author pages out of the sitemap and out of the index', async () => {
    const pages = (await get('/sitemaps/pages.xml')).body;
    expect(pages).toContain('<loc>http://news.test/en/tag/energy</loc>');
    expect(pages).not.toContain('<loc>http://news.test/ru/tag/energy</loc>');
    expect(pages).toContain('<loc>http://news.test/en/author/leyla-hasanova</loc>');
    expect(pages).not.toContain('<loc>http://news.test/az/author/leyla-hasanova</loc>');
    expect(pages).toContain('<loc>http://news.test/ru/economy/</loc>');
    const empty = await get('/ru/tag/energy');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('<meta name="robots" content="noindex"/>');
    expect((await get('/az/author/leyla-hasanova')).body).toContain(
      '<meta name="robots" content="noindex"/>',
    );
    // An indexable page asks only for large image previews, never noindex.
    const indexable = (await get('/en/tag/energy')).body;
    expect(indexable).toContain('<meta name="robots" content="max-image-preview:large"/>');
    expect(indexable).not.toContain('noindex');
  });

  it('shows a tag’s own name in the page’s language, else another language’s, marked', async () => {
    expect((await get('/ru/tag/energy')).body).toContain(
      '<h1 class="page-title">Тег: <span lang="en">Energy</span></h1>',
    );
    await site.app.container.taxonomy.nameTag('energy', 'ru', 'Энергетика');
    const named = (await get('/ru/tag/energy')).body;
    expect(named).toContain('<h1 class="page-title">Тег: Энергетика</h1>');
    expect(named).toContain('<title>Тег: Энергетика — ');
  });

  it('says how long ago for fresh news, in a <time> the browser can refresh; the time after a day', async () => {
    // The clock stands at 21 November 2025, 15:00 UTC; the seed went out at 08:00 UTC.
    const stamp = (html: string) => /<li><time [^>]*>[^<]*<\/time>/.exec(html)?.[0];
    const en = (await get('/en/latest/')).body;
    expect(en).toContain(
      '<time datetime="2025-11-21T12:00:00+04:00" data-rel title="21 November 2025, 12:00">7 hours ago</time>',
    );
    const ru = (await get('/ru/latest/')).body;
    expect(stamp(ru) ?? '').toMatch(/data-rel title="[^"]+">(?:сейчас|\d+ \S+ назад)<\/time>/);
    const older = (await get('/en/2025/11/10/')).body;
    expect(older).toMatch(/<time datetime="2025-11-10T[^"]+">10 November 2025, \d\d:\d\d<\/time>/);
    expect(older).not.toMatch(/<time[^>]*data-rel/);
    expect(older).toMatch(/time\[data-rel\][\s\S]*?<\/script><\/body>/);
  });

  it('header and footer navigation are told apart (no duplicate landmark)', async () => {
    const html = (await get('/en/')).body;
    expect(html).toContain('<nav class="section-nav" aria-label="Sections">');
    expect(html).toMatch(/<footer class="site-footer" id="site-footer">.*<nav aria-label="All sections">/s);
  });
});
