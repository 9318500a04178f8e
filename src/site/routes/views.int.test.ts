import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/utils/databases.ts';
import { readerSite, SEED_URL } from '../../../test/utils/reader-site.ts';

/** The view beacon and the most-read list: views counted without cookies, once per reader per half hour. */
describe.each(dialects)('reader site on %s', (dialect) => {
  const site = readerSite(dialect);
  const { get } = site;

  describe('most read', () => {
    const view = (id: string, ip: string) =>
      site.app.server.inject({
        method: 'POST',
        url: '/api/views',
        payload: id,
        headers: { 'content-type': 'text/plain' },
        remoteAddress: ip,
      });

    it('counts views without cookies, once per reader per half hour, and lists the most read', async () => {
      const [a, b] = [site.fx.fillers[3]!, site.fx.fillers[4]!];
      for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3'])
        expect((await view(b.id, ip)).statusCode).toBe(204);
      await view(a.id, '10.0.0.1');
      await view(a.id, '10.0.0.1'); // a reload: not counted again
      const res = await view(a.id, '10.0.0.1');
      expect(res.headers['set-cookie']).toBeUndefined();
      const html = (await get('/en/')).body;
      const list = /<aside class="most-read"[^>]*>(.*?)<\/aside>/s.exec(html)?.[1] ?? '';
      expect([...list.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1])).toEqual([
        b.headline,
        a.headline,
      ]);
      const rows = await site.app.container.database.db.selectFrom('article_views').selectAll().execute();
      expect(Object.keys(rows[0]!).sort()).toEqual(['article_id', 'day', 'views']);
    });

    it('ignores junk and unknown ids, answering 204 all the same', async () => {
      expect((await view('not-an-id', '10.0.0.9')).statusCode).toBe(204);
      expect((await view('00000000-0000-0000-0000-000000000000', '10.0.0.9')).statusCode).toBe(204);
      expect((await view('x'.repeat(500), '10.0.0.9')).statusCode).toBe(413);
    });

    it('the article page sends its beacon', async () => {
      expect((await get(SEED_URL)).body).toContain(`<script data-article="${site.fx.seed.id}">`);
    });
  });
});
