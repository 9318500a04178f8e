import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, publishSeedFollowUp } from '../../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { SEED_URL } from '../../../test/utils/reader-site.ts';

/**
 * Queries per uncached page (the page cache is off in tests): what a cold instance or the first
 * request after a purge costs the database. Counts are exact, so each page has a ceiling at what
 * it takes today; a change that adds a query (or a query per item) fails here.
 */
/** An article with others in its section (the fixtures' economy notes). */
const ARTICLE_URL = '/en/economy/caspian-market-note-number-1';

const ceilings: [page: string, url: string, queries: number][] = [
  ['article page', ARTICLE_URL, 5],
  // Alone in its section (the seed in World): the site's latest fill the sidebar, read in the same
  // statement as the section's.
  ['article page alone in its section', SEED_URL, 5],
  // The editors' layout for the language (template, number of places) is read beside the slots
  // and their articles' summaries (one joined statement), fresh from the database so a layout
  // change shows on the next render on every instance. The running live blogs linked under "Live"
  // are a sixth statement (to fold into that one).
  ['front page', '/en/', 6],
  // The portal layout's sidebar (the site's latest, most read) costs what the front page's does.
  ['section page', '/en/economy/', 5],
  ['tag page', '/en/tag/energy', 6],
  ['language feed', '/en/feed.xml', 1],
  ['section feed', '/en/economy/feed.xml', 2],
  ['sitemap index', '/sitemap.xml', 1],
  ['monthly sitemap', '/sitemaps/articles-2025-11.xml', 2],
  ['news sitemap', '/sitemaps/news.xml', 1],
];

describe.each(dialects)('queries per page on %s', (dialect) => {
  let app: TestApp | undefined;
  let counted = 0;
  beforeAll(async () => {
    app = await createTestApp(
      dialect,
      {},
      { clock: { now: () => new Date('2025-11-21T15:00:00Z') }, onQuery: () => counted++ },
    );
    await loadFixtures(app.container, 12);
  });
  afterAll(async () => app?.dispose());

  /** Queries one GET runs, and its status. */
  const count = async (url: string): Promise<{ queries: number; status: number }> => {
    counted = 0;
    const res = await app!.server.inject({ method: 'GET', url });
    return { queries: counted, status: res.statusCode };
  };

  /**
   * The page's own queries: the first request reads what an instance keeps (settings), and the
   * site's settings are re-read every few seconds of wall-clock time, so the fewer of two later
   * requests counts.
   */
  const pageQueries = async (url: string): Promise<number> => {
    await count(url);
    const runs = [await count(url), await count(url)];
    expect(runs.map((r) => r.status)).toEqual([200, 200]);
    return Math.min(...runs.map((r) => r.queries));
  };

  it.each(ceilings)('the %s (%s) runs at most %i queries', async (_page, url, ceiling) => {
    expect(await pageQueries(url)).toBeLessThanOrEqual(ceiling);
  });

  it('the article page stays within its ceiling when articles have been read (most read listed)', async () => {
    const { container } = app!;
    const { items } = await container.reader.list({ language: 'en' }, 1, 3);
    for (const [i, a] of items.entries())
      await container.store.repos.views.increment(a.id, '2025-11-21', 3 - i);
    const res = await app!.server.inject({ method: 'GET', url: ARTICLE_URL });
    expect(res.body).toContain(items[1]!.headline);
    expect(await pageQueries(ARTICLE_URL)).toBeLessThanOrEqual(5);
  });

  it('the article page of a story of several articles, with its key facts and story box, runs at most 5', async () => {
    const { container } = app!;
    // A follow-up the outbox reads and files in the seed's story; auto shows confident items.
    await publishSeedFollowUp(container);
    await container.analysis.setMode({ storyFacts: 'auto' }, null);
    const html = (await app!.server.inject({ method: 'GET', url: SEED_URL })).body;
    expect(html).toContain('aria-labelledby="story-heading"');
    expect(html).toContain('<aside class="key-facts"');
    expect(await pageQueries(SEED_URL)).toBeLessThanOrEqual(5);
  });

  it('a feed costs the same with one item as with twelve (no query per item)', async () => {
    expect(await pageQueries('/en/economy/feed.xml')).toBe(await pageQueries('/en/world/feed.xml'));
  });
});
