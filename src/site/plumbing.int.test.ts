import { describe, expect, it } from 'vitest';
import { dialects } from '../../test/utils/databases.ts';
import { readerSite } from '../../test/utils/reader-site.ts';

/** The site's plumbing: the bare address, fingerprinted assets and fonts, the health probes. */
describe.each(dialects)('reader site on %s', (dialect) => {
  const site = readerSite(dialect);
  const { get } = site;

  describe('plumbing', () => {
    it('/ sends readers to the default language', async () => {
      const res = await get('/');
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/en/');
      expect((await get('/en')).headers.location).toBe('/en/');
    });

    it('serves fingerprinted assets for a year, fonts included', async () => {
      const html = (await get('/en/')).body;
      const css = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{12}\.css)"/.exec(html)?.[1];
      expect(css).toBeDefined();
      const res = await get(css!);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body).toContain("font-family:'Source Serif 4'");
      expect(res.body).toContain('font-display:optional'); // no late swap, no layout shift
      expect(res.body).not.toContain('font-display:swap');
      // Latin faces preloaded everywhere; Cyrillic ones where the page's words are Cyrillic.
      const preloads = (page: string) =>
        [
          ...page.matchAll(/<link rel="preload" href="\/assets\/fonts\/source-serif-4-([a-z-]+-\d+)-normal/g),
        ].map((m) => m[1]);
      expect(preloads(html)).toEqual(['latin-400', 'latin-700']);
      expect(preloads((await get('/ru/')).body)).toEqual([
        'latin-400',
        'latin-700',
        'cyrillic-400',
        'cyrillic-700',
      ]);
      expect(res.body).toContain('U+0259'); // ə
      expect(res.body).toContain('U+0400-045F'); // Cyrillic
      const font = /url\((\/assets\/fonts\/source-serif-4-latin-400-normal\.[0-9a-f]{12}\.woff2)\)/.exec(
        res.body,
      )?.[1];
      const fontRes = await get(font!);
      expect(fontRes.statusCode).toBe(200);
      expect(fontRes.headers['content-type']).toBe('font/woff2');
      expect((await get('/assets/site.000000000000.css')).statusCode).toBe(404);
    });

    it('answers /healthz and /readyz', async () => {
      expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
      expect((await get('/readyz')).json()).toEqual({ status: 'ready' });
    });
  });
});
