import type { SearchHit, SearchPage } from './search-index.ts';

/**
 * How a search stays bounded on a large archive, the same on every database: the adapters
 * supply the primitive queries (MatchEngine), this module decides which to run.
 *
 * - A query with few raw matches (at most `exactMatches`, any language or status) is ranked
 *   exactly, all of it, with an exact total.
 * - A query with more (a very common word, a short prefix) ranks a bounded candidate set: the
 *   `window` newest matches that pass the filters, found by walking the filtered articles newest
 *   first and probing the match set. The window is ranked by where the words are: every word in
 *   the headline, then every word in headline and standfirst, then the rest, newest first within
 *   each (a relevance score for the window alone is not to be had cheaply from FTS5). Pages
 *   beyond the window continue with the remaining matches, newest first. The total is exact when the walk found
 *   fewer than `window` matches, and otherwise estimated: raw matches × the share of a sample of
 *   them that passes the filters.
 *
 * When everything is ranked, headline matches (every word of the query in the headline) come
 * first, newest first: a story and its follow-ups, the latest development on top. The other
 * matches follow by relevance (BM25 / ts_rank, headline weighing most, then standfirst, body).
 */
export interface SearchLimits {
  /** Raw matches up to which a query is ranked in full and counted exactly. */
  exactMatches: number;
  /** Candidates ranked exactly when a query has more raw matches. */
  window: number;
  /** Raw matches sampled to estimate the share that passes the filters. */
  sample: number;
}

export const DEFAULT_SEARCH_LIMITS: SearchLimits = { exactMatches: 1000, window: 200, sample: 200 };

/** The primitive queries of one search (one query, one filter) on one database. */
export interface MatchEngine {
  /** Raw matches (before filters), counted up to `cap` + 1: a result above `cap` means "more". */
  countMatches(cap: number): Promise<number>;
  /** Raw matches in all, estimated where counting them exactly would cost as much as the search. */
  estimateMatches(): Promise<number>;
  /** Of up to `n` raw matches, how many were looked at and how many pass the filters. */
  samplePass(n: number): Promise<{ sampled: number; passed: number }>;
  /**
   * Optional: `countMatches(cap)` and, when that is at most `cap`, `rankAll` — in one step where
   * the database can (a round trip saved); `page` is null when the result is above `cap`.
   */
  countAndRankAll?(
    cap: number,
    limit: number,
    offset: number,
  ): Promise<{ raw: number; page: { hits: SearchHit[]; total: number | null } | null }>;
  /** Every filtered match, ranked; one page of it and the number of filtered matches. */
  rankAll(limit: number, offset: number): Promise<{ hits: SearchHit[]; total: number | null }>;
  /** Filtered matches newest first (published_at desc, id desc): ids of `limit` from `offset`. */
  newest(limit: number, offset: number): Promise<string[]>;
  /** Ranks the given matches (newest first) by where their words are, best first. */
  rank(ids: readonly string[]): Promise<SearchHit[]>;
  /** The number of filtered matches, exactly (for a page past the end of a small result). */
  countFiltered(): Promise<number>;
}

/** An estimate rounded to two significant digits ("about 29,000"), never below what was seen. */
export function roundEstimate(n: number, atLeast: number): number {
  if (n <= atLeast) return atLeast;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.max(atLeast, Math.round(n / step) * step);
}

/** How far past the window (in windows) a page's matches are found with the window itself. */
const PAGES_IN_ONE_WALK = 4;

/** One page of a search, by the rules above. */
export async function plannedSearch(
  engine: MatchEngine,
  limits: SearchLimits,
  limit: number,
  offset: number,
): Promise<SearchPage> {
  const first = engine.countAndRankAll
    ? await engine.countAndRankAll(limits.exactMatches, limit, offset)
    : { raw: await engine.countMatches(limits.exactMatches), page: null };
  const raw = first.raw;
  if (raw === 0) return { hits: [], total: 0, totalEstimated: false };
  if (raw <= limits.exactMatches) {
    const page = first.page ?? (await engine.rankAll(limit, offset));
    return { hits: page.hits, total: page.total ?? (await engine.countFiltered()), totalEstimated: false };
  }
  // The window, and one more to tell "exactly this many" from "more"; on a later page not far
  // past it, the newest matches up to that page's end as well: one walk of the match set, not two.
  const reach = offset + limit;
  const asked =
    reach <= PAGES_IN_ONE_WALK * limits.window ? Math.max(limits.window + 1, reach) : limits.window + 1;
  const found = await engine.newest(asked, 0);
  const window = found.slice(0, limits.window + 1);
  const complete = window.length <= limits.window;
  const candidates = window.slice(0, limits.window);
  const ranked = offset < candidates.length ? await engine.rank(candidates) : [];
  let hits = ranked.slice(offset, offset + limit);
  if (hits.length < limit && !complete) {
    // Past the ranked window: the remaining matches, newest first.
    const from = candidates.length + Math.max(0, offset - candidates.length);
    const need = limit - hits.length;
    const rest =
      found.length > limits.window + 1 ? found.slice(from, from + need) : await engine.newest(need, from);
    hits = [...hits, ...rest.map((articleId) => ({ articleId, rank: 0 }))];
  }
  if (complete) return { hits, total: candidates.length, totalEstimated: false };
  const [estimate, sample] = await Promise.all([engine.estimateMatches(), engine.samplePass(limits.sample)]);
  // A planner's estimate can be far below what was counted (PostgreSQL guesses phrases poorly).
  const all = Math.max(estimate, raw);
  const share = sample.sampled ? sample.passed / sample.sampled : 1;
  return {
    hits,
    total: roundEstimate(all * share, Math.max(candidates.length + 1, offset + hits.length)),
    totalEstimated: true,
  };
}
