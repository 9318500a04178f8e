import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/utils/databases.ts';
import { readerSite } from '../../../test/utils/reader-site.ts';

/** Addresses with nothing (or nothing any more) behind them: the 404 page, 410 for unpublished articles, drafts kept out. */
describe.each(dialects)('reader site on %s', (dialect) => {
  const site = readerSite(dialect);
  const { get } = site;

  describe('not found and odd input', () => {
    it.each([
      '/en/world/no-such-story',
      '/en/nowhere/',
      '/en/tag/no-such-tag',
      '/en/author/nobody',
      '/xx/',
      '/en/?page=0',
      '/en/?page=abc',
      '/en/?page=99',
      '/en/economy/?page=-1',
      '/totally/unknown/path/here',
      // Date archives under something that is not a language (the date label is formatted in it).
      '/%20/2025/11/',
      '/xx/2025/11/21/',
      '/xx/2025/',
      '/e%C9%99/2025/11/',
    ])('%s answers a 404 page', async (url) => {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('Page not found');
      expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    });

    it('an unpublished article answers 410 and leaves listings and feeds', async () => {
      const a = await site.app.container.writer.create({
        language: 'en',
        headline: 'Withdrawn report',
        sectionSlug: 'economy',
        body: [{ type: 'paragraph', content: [{ text: 'Soon gone.' }] }],
        status: 'published',
        publishedAt: new Date('2025-08-01T08:00:00Z'),
      });
      await site.app.container.writer.unpublish(a.id);
      const res = await get(`/en/economy/${a.slug}`);
      expect(res.statusCode).toBe(410);
      expect(res.body).toContain('This article has been removed');
      expect((await get('/en/economy/feed.xml')).body).not.toContain('Withdrawn report');
    });

    it('does not show drafts', async () => {
      const draft = await site.app.container.writer.create({
        language: 'en',
        headline: 'Secret draft',
        sectionSlug: 'world',
        body: [{ type: 'paragraph', content: [{ text: 'Not yet.' }] }],
      });
      expect((await get(`/en/world/${draft.slug}`)).statusCode).toBe(404);
      expect((await get('/en/world/')).body).not.toContain('Secret draft');
    });
  });
});
