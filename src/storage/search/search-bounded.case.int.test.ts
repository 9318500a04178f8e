import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Container } from '../../app.ts';
import { createContainer } from '../../app.ts';
import { paragraph } from '../../domain/body.ts';
import { SearchService, type SearchParams } from '../../services/search/search.service.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { seedText, SEED_HEADLINE } from '../../../test/fixtures/content.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { createSearchIndex } from './index.ts';

/**
 * Ranking and the bounded plan (search-plan.ts) on every database: headline matches first, the
 * seed article in its place among its follow-ups, and, with limits made tiny so that a handful
 * of articles is "a large result", the ranked window, the pages past it and estimated totals.
 */
describe.each(dialects)('bounded search on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  /** The same service over an index whose limits make 4 raw matches "many" and rank 5. */
  let tiny: SearchService;

  const add = (headline: string, body: string, publishedAt: string, more: Record<string, unknown> = {}) =>
    c.writer.create({
      language: 'en',
      headline,
      sectionSlug: 'world',
      body: body.split(/\n\s*\n/).map((p) => paragraph(p.trim())),
      status: 'published',
      publishedAt: new Date(publishedAt),
      ...more,
    });
  const headlines = async (s: SearchService, params: Omit<SearchParams, 'language'>) => {
    const r = await s.search({ language: 'en', ...params });
    return { ...r, headlines: r.items.map((i) => i.article.headline) };
  };

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb));
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
    await c.taxonomy.createSection({ slug: 'economy', name: 'Economy' });
    await add(SEED_HEADLINE, seedText, '2025-11-21T08:00:00Z');
    await add(
      'Azerbaijan summons Russian ambassador after strike damages its embassy in Kyiv',
      'The embassy was hit. The embassy staff are safe. The embassy will reopen.',
      '2025-11-14T15:40:00Z',
    );
    await add(
      'Baku says Moscow’s explanation of the embassy damage in Kyiv leaves questions open',
      'The ministry took note of the regret over the embassy damage. Repairs at the embassy began.',
      '2025-11-22T07:30:00Z',
    );
    // A short body that says "embassy" four times: a strong body score, and no headline match.
    await add(
      'Diplomats meet in Baku',
      'Embassy, embassy, embassy: the embassy question was raised.',
      '2025-11-23T09:00:00Z',
    );
    for (let i = 1; i <= 12; i++)
      await add(
        `Harbour bulletin ${i}`,
        `Traffic report number ${i}.`,
        `2025-11-01T${String(i).padStart(2, '0')}:00:00Z`,
        {
          ...(i <= 3 ? { sectionSlug: 'economy' } : {}),
        },
      );
    await add('Port news', 'The harbour and the harbour master.', '2025-11-02T08:00:00Z');
    const index = createSearchIndex(dialect, c.database.db, { exactMatches: 4, window: 5, sample: 20 });
    tiny = new SearchService({ ...c.store, repos: { ...c.store.repos, search: index } }, c.site, c.taxonomy);
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('ranks headline matches first, newest first, then body matches: the seed after its follow-up', async () => {
    const expected = [
      'Baku says Moscow’s explanation of the embassy damage in Kyiv leaves questions open',
      SEED_HEADLINE,
      'Azerbaijan summons Russian ambassador after strike damages its embassy in Kyiv',
      'Diplomats meet in Baku',
    ];
    expect(await headlines(c.search, { q: 'embassy ' })).toMatchObject({
      headlines: expected,
      total: 4,
      totalEstimated: false,
    });
    // The bounded plan (4 raw matches > 3) ranks the same way, and counts exactly what fits its window.
    const bounded = createSearchIndex(dialect, c.database.db, { exactMatches: 3, window: 5, sample: 20 });
    const s = new SearchService(
      { ...c.store, repos: { ...c.store.repos, search: bounded } },
      c.site,
      c.taxonomy,
    );
    expect(await headlines(s, { q: 'embassy ' })).toMatchObject({
      headlines: expected,
      total: 4,
      totalEstimated: false,
    });
    expect((await headlines(c.search, { q: 'emb' })).headlines).toEqual(expected);
  });

  it('counts exactly below the limits', async () => {
    expect(await headlines(c.search, { q: 'harbour ' })).toMatchObject({ total: 13, totalEstimated: false });
  });

  it('ranks the window of the newest matches and estimates the total of a large result', async () => {
    const page1 = await headlines(tiny, { q: 'harbour ', pageSize: 5 });
    // The 5 newest matches, headline matches first; the body-only "Port news" is the newest of all.
    expect(page1.headlines).toEqual([
      'Harbour bulletin 12',
      'Harbour bulletin 11',
      'Harbour bulletin 10',
      'Harbour bulletin 9',
      'Port news',
    ]);
    expect(page1.totalEstimated).toBe(true);
    expect(page1.total).toBeGreaterThanOrEqual(6);
    expect(page1.pageCount).toBe(Math.ceil(page1.total / 5));
  });

  it('pages past the window newest first, every match exactly once', async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => headlines(tiny, { q: 'harbour ', pageSize: 5, page })),
    );
    expect(pages.map((p) => p.headlines.length)).toEqual([5, 5, 3, 0]);
    expect(pages[1]!.headlines).toEqual([8, 7, 6, 5, 4].map((i) => `Harbour bulletin ${i}`));
    expect(new Set(pages.flatMap((p) => p.headlines)).size).toBe(13);
  });

  it('counts exactly when the filtered matches fit in the window, however many raw matches', async () => {
    expect(await headlines(tiny, { q: 'harbour ', section: 'economy' })).toMatchObject({
      headlines: ['Harbour bulletin 3', 'Harbour bulletin 2', 'Harbour bulletin 1'],
      total: 3,
      totalEstimated: false,
    });
  });

  it('finds quoted phrases on the bounded plan, newest first', async () => {
    const page1 = await headlines(tiny, { q: '"harbour bulletin"', pageSize: 5 });
    expect(page1.headlines).toEqual([12, 11, 10, 9, 8].map((i) => `Harbour bulletin ${i}`));
    const page3 = await headlines(tiny, { q: '"harbour bulletin"', pageSize: 5, page: 3 });
    expect(page3.headlines).toEqual([2, 1].map((i) => `Harbour bulletin ${i}`));
    expect((await headlines(tiny, { q: '"bulletin harbour"' })).headlines).toEqual([]);
  });

  it('searches a half-typed word as a prefix on the bounded plan too', async () => {
    const typed = await headlines(tiny, { q: 'harb', pageSize: 5 });
    expect(typed.headlines).toEqual((await headlines(tiny, { q: 'harbour ', pageSize: 5 })).headlines);
    expect(typed.totalEstimated).toBe(true);
  });
});
