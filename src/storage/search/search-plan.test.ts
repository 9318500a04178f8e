import { describe, expect, it } from 'vitest';
import type { SearchHit } from './search-index.ts';
import { plannedSearch, roundEstimate, type MatchEngine, type SearchLimits } from './search-plan.ts';

/**
 * An engine over an in-memory archive: `raw` matches, of which those with an id in `passing`
 * pass the filters; ids are numbered newest first, so "a3" is newer than "a4". Records calls.
 */
function fakeEngine(raw: number, passing: (i: number) => boolean, estimate = raw) {
  const ids = Array.from({ length: raw }, (_, i) => i)
    .filter(passing)
    .map((i) => `a${i}`);
  const calls: string[] = [];
  const score = (id: string): SearchHit => ({ articleId: id, rank: 1 / (1 + Number(id.slice(1))) });
  const engine: MatchEngine = {
    countMatches: async (cap) => (calls.push('count'), Math.min(raw, cap + 1)),
    estimateMatches: async () => (calls.push('estimate'), estimate),
    samplePass: async (n) => {
      calls.push('sample');
      const sampled = Math.min(n, raw);
      return { sampled, passed: Array.from({ length: sampled }, (_, i) => i).filter(passing).length };
    },
    rankAll: async (limit, offset) => (
      calls.push('rankAll'),
      { hits: ids.slice(offset, offset + limit).map(score), total: ids.length }
    ),
    newest: async (limit, offset) => (
      calls.push(`newest ${limit}@${offset}`),
      ids.slice(offset, offset + limit)
    ),
    // Ranks the window in reverse, so that ranked order and date order differ.
    rank: async (window) => (calls.push(`rank ${window.length}`), [...window].reverse().map(score)),
    countFiltered: async () => (calls.push('countFiltered'), ids.length),
  };
  return { engine, calls };
}

const limits: SearchLimits = { exactMatches: 100, window: 10, sample: 50 };

describe('plannedSearch', () => {
  it('ranks a small result in full, with an exact total', async () => {
    const { engine, calls } = fakeEngine(80, () => true);
    const page = await plannedSearch(engine, limits, 5, 0);
    expect(page).toMatchObject({ total: 80, totalEstimated: false });
    expect(page.hits.map((h) => h.articleId)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(calls).toEqual(['count', 'rankAll']);
  });

  it('ranks only the window of the newest matches, and estimates a large total', async () => {
    const { engine, calls } = fakeEngine(29_345, (i) => i % 2 === 0);
    const page = await plannedSearch(engine, limits, 5, 0);
    expect(page.hits.map((h) => h.articleId)).toEqual(['a18', 'a16', 'a14', 'a12', 'a10']);
    // Half of the sample passes the filters: about half of the raw matches, two digits.
    expect(page).toMatchObject({ total: 15_000, totalEstimated: true });
    expect(calls).toEqual(['count', 'newest 11@0', 'rank 10', 'estimate', 'sample']);
  });

  it('counts exactly when the filtered matches fit in the window, however many raw matches', async () => {
    const { engine } = fakeEngine(5000, (i) => i < 7);
    const page = await plannedSearch(engine, limits, 5, 0);
    expect(page).toMatchObject({ total: 7, totalEstimated: false });
    expect(page.hits.map((h) => h.articleId)).toEqual(['a6', 'a5', 'a4', 'a3', 'a2']);
    expect((await plannedSearch(engine, limits, 5, 5)).hits.map((h) => h.articleId)).toEqual(['a1', 'a0']);
  });

  it('continues past the window newest first: every match on exactly one page', async () => {
    const { engine } = fakeEngine(500, () => true);
    const pages = await Promise.all(
      [0, 4, 8, 12, 16].map((offset) => plannedSearch(engine, limits, 4, offset)),
    );
    const seen = pages.flatMap((p) => p.hits.map((h) => h.articleId));
    expect(seen).toEqual([
      ...['a9', 'a8', 'a7', 'a6', 'a5', 'a4', 'a3', 'a2', 'a1', 'a0'],
      ...['a10', 'a11', 'a12', 'a13', 'a14', 'a15', 'a16', 'a17', 'a18', 'a19'],
    ]);
    expect(pages[3]!.hits.every((h) => h.rank === 0)).toBe(true);
  });

  it('finds a page not far past the window with the window, in one walk; a far one in two', async () => {
    const near = fakeEngine(500, () => true);
    const page = await plannedSearch(near.engine, limits, 4, 12);
    expect(page.hits.map((h) => h.articleId)).toEqual(['a12', 'a13', 'a14', 'a15']);
    expect(near.calls.filter((c) => c.startsWith('newest'))).toEqual(['newest 16@0']);
    const far = fakeEngine(500, () => true);
    const farPage = await plannedSearch(far.engine, limits, 4, 60);
    expect(farPage.hits.map((h) => h.articleId)).toEqual(['a60', 'a61', 'a62', 'a63']);
    expect(far.calls.filter((c) => c.startsWith('newest'))).toEqual(['newest 11@0', 'newest 4@60']);
  });

  it('never estimates fewer results than it has seen or counted', async () => {
    const { engine } = fakeEngine(200, () => true, 3);
    // 101 raw matches counted (the cap + 1), though the estimate says 3: "about 100".
    expect(await plannedSearch(engine, limits, 5, 0)).toMatchObject({ total: 100, totalEstimated: true });
    // 101 counted × 11 of 50 sampled passing the filters.
    const sparse = fakeEngine(200, (i) => i < 11 || i % 50 === 0, 3).engine;
    expect(await plannedSearch(sparse, limits, 5, 0)).toMatchObject({ total: 22, totalEstimated: true });
  });

  it('takes the count and the ranked page in one step where the engine offers it', async () => {
    const combined = (raw: number) => {
      const { engine, calls } = fakeEngine(raw, () => true);
      const withStep: MatchEngine = {
        ...engine,
        countAndRankAll: async (cap, limit, offset) => {
          calls.push('countAndRankAll');
          const n = await engine.countMatches(cap);
          return { raw: n, page: n <= cap ? await engine.rankAll(limit, offset) : null };
        },
      };
      return { engine: withStep, calls };
    };
    const small = combined(80);
    const page = await plannedSearch(small.engine, limits, 5, 0);
    expect(page).toMatchObject({ total: 80, totalEstimated: false });
    expect(page.hits.map((h) => h.articleId)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(small.calls).toEqual(['countAndRankAll', 'count', 'rankAll']);
    // Above the cap the step ranks nothing, and the window is ranked as without it.
    const large = combined(29_345);
    expect(await plannedSearch(large.engine, limits, 5, 0)).toMatchObject({
      total: 29_000,
      totalEstimated: true,
    });
    expect(large.calls).toEqual(['countAndRankAll', 'count', 'newest 11@0', 'rank 10', 'estimate', 'sample']);
  });

  it('answers a query without matches at once', async () => {
    const { engine, calls } = fakeEngine(0, () => true);
    expect(await plannedSearch(engine, limits, 5, 0)).toEqual({ hits: [], total: 0, totalEstimated: false });
    expect(calls).toEqual(['count']);
  });
});

describe('roundEstimate', () => {
  it('keeps two significant digits and never goes below what was seen', () => {
    expect(roundEstimate(29_345, 0)).toBe(29_000);
    expect(roundEstimate(1_549, 0)).toBe(1_500);
    expect(roundEstimate(87, 0)).toBe(87);
    expect(roundEstimate(401.6, 0)).toBe(400);
    expect(roundEstimate(380, 401)).toBe(401);
  });
});
