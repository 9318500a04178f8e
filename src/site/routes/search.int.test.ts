import { describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../../../test/fixtures/content.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { readerSite } from '../../../test/utils/reader-site.ts';

/** The search page: words and highlights, filters kept in the form and page links, odd input answered calmly. */
describe.each(dialects)('reader site on %s', (dialect) => {
  const site = readerSite(dialect);
  const { get } = site;

  describe('search page', () => {
    it('finds the seed by words, highlights them, and shows the count', async () => {
      const res = await get('/en/search?q=iskander%20galuzin%20');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(
        '<h2 id="results-heading" aria-live="polite">1 result for “iskander galuzin”</h2>',
      );
      expect(res.body).toContain(`<a href="/en/world/${SEED_SLUG}">`);
      expect(res.body).toMatch(/<mark>Galuzin<\/mark>/);
      expect(res.body).toContain(
        '<input id="search-q" type="search" name="q" value="iskander galuzin " maxLength="500"/>'.replace(
          'maxLength',
          'maxlength',
        ),
      );
      expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    });

    it('filters by section and keeps the filters in the form and in page links', async () => {
      const none = await get('/en/search?q=embassy&section=economy');
      expect(none.body).toContain('No results for “embassy”');
      expect(none.body).toContain('<option value="economy" selected="">Economy</option>'.replace('=""', ''));
      const many = await get('/en/search?q=market%20note%20&section=economy');
      expect(many.body).toContain('12 results for “market note”');
      expect(many.body).toContain(
        'href="/en/search?q=market+note+&amp;section=economy&amp;page=2" rel="next"',
      );
      const page2 = await get('/en/search?q=market%20note%20&section=economy&page=2');
      expect(page2.body.match(/<li><h3>/g)).toHaveLength(2);
    });

    it('handles empty, short, punctuation and malformed input without an error page', async () => {
      expect((await get('/en/search')).body).toContain('Search by words or a “quoted phrase”.');
      expect((await get('/en/search?q=')).statusCode).toBe(200);
      expect((await get('/en/search?q=a')).body).toContain('Type at least two letters to search.');
      expect((await get('/en/search?q=%21%3F%2A%22')).statusCode).toBe(200);
      expect((await get('/en/search?q=embassy&page=abc')).statusCode).toBe(200);
      expect((await get('/en/search?q[]=x')).statusCode).toBe(200);
      const bad = await get('/en/search?q=embassy&from=2025-02-30');
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('role="alert">Please correct the filters: From.</p>');
      expect(bad.body).toContain('aria-invalid="true"');
    });

    it('every page has a search form in the header', async () => {
      expect((await get('/en/economy/')).body).toContain(
        '<form class="header-search" role="search" aria-label="Search the news" method="get" action="/en/search">',
      );
    });
  });
});
