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

  it('header and footer navigation are told apart (no duplicate landmark)', async () => {
    const html = (await get('/en/')).body;
    expect(html).toContain('<nav class="section-nav" aria-label="Sections">');
    expect(html).toMatch(/<footer class="site-footer">.*<nav aria-label="All sections">/s);
  });
});
