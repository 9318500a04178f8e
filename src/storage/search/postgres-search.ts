import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../schema.ts';
import {
  indexFields,
  type SearchDocument,
  type SearchFilter,
  type SearchHit,
  type SearchIndex,
  type SearchPage,
} from './search-index.ts';
import { DEFAULT_SEARCH_LIMITS, plannedSearch, type MatchEngine, type SearchLimits } from './search-plan.ts';
import type { ParsedQuery } from '../../search/text.ts';

/**
 * tsquery text: tokens are letters and digits only, so they need no escaping beyond quotes.
 * `weights` ("A") restricts every word to lexemes of that weight (the headline).
 */
export function tsqueryExpression(q: ParsedQuery, weights = ''): string {
  const parts = [
    ...q.terms.map((t) => `'${t}'${weights ? `:${weights}` : ''}`),
    ...q.phrases.map((p) => `(${p.map((w) => `'${w}'${weights ? `:${weights}` : ''}`).join(' <-> ')})`),
  ];
  if (q.prefix) parts.push(`'${q.prefix}':*${weights}`);
  return parts.join(' & ');
}

/**
 * Estimated matches above which the newest matches are found by walking the articles and testing
 * each document (cost ~ window × articles / matches) rather than by hashing every match's id
 * (cost ~ matches): the two meet near √(window × articles), about 10,000 at 100,000 articles,
 * so the bound grows with the square root of the archive (4,500 at 20,000).
 */
const walkAbove = (articles: number): number => 10_000 * Math.sqrt(Math.max(articles, 1) / 100_000);

/** EXPLAIN's JSON for `match union all everything`: the two row estimates. */
type EstimatePlan = [{ Plan: { Plans?: { 'Plan Rows': number }[] } }];

/** Documents written by one INSERT of `upsertMany`. */
const UPSERT_ROWS = 500;

/** A row of a window query: an article and where the words are in it (null: no index row). */
interface Windowed {
  id: string;
  places: boolean[] | null;
}

/** A window row with the sample of raw matches taken in the same statement (null: no sample). */
interface SampledWindowed {
  id: string | null;
  places: boolean[] | null;
  sampled: string | null;
  passed: string | null;
}

/** 3: every word in the headline; 2: in headline and standfirst; 1: elsewhere. */
const tierOf = (head: boolean | undefined, front: boolean | undefined): number => (head ? 3 : front ? 2 : 1);

/** ts_rank weights {D, C, B, A}: body, (unused), standfirst, headline. */
const rankOf = (q: RawBuilder<unknown>) => sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', s.document, ${q})`;

/** Headline matches first, newest first; then by rank, newest first. */
const rankOrder = (
  head: RawBuilder<unknown>,
  q: RawBuilder<unknown>,
) => sql`order by s.document @@ ${head} desc,
  case when s.document @@ ${head} then s.published_at end desc nulls last,
  ${rankOf(q)} desc, s.published_at desc, s.article_id desc`;

/** Every key of a reader's filter, so that a new one cannot be left out of `rowConditions`. */
const FILTER_KEYS: Record<keyof SearchFilter, true> = {
  language: true,
  sectionId: true,
  tagId: true,
  personId: true,
  from: true,
  until: true,
};

/**
 * A reader's filter on a search row `s` itself: its status, language, section and publication
 * time are the article's, kept so by triggers (migration 0020), so matches are filtered and
 * ordered without visiting the articles. The same conditions as `publishedArticles`
 * (storage/published.ts), which listings use; the search case suite checks they agree.
 */
export function rowConditions(f: SearchFilter): RawBuilder<unknown> {
  const unknown = Object.keys(f).filter((k) => !(k in FILTER_KEYS));
  if (unknown.length) throw new Error(`search filter: unsupported field ${unknown.join(', ')}`);
  const parts = [sql`s.status = 'published'`, sql`s.language = ${f.language}`];
  if (f.sectionId) parts.push(sql`s.section_id = ${f.sectionId}`);
  if (f.from) parts.push(sql`s.published_at >= ${f.from.toISOString()}`);
  if (f.until) parts.push(sql`s.published_at < ${f.until.toISOString()}`);
  if (f.tagId)
    parts.push(
      sql`exists (select 1 from article_tags t where t.article_id = s.article_id and t.tag_id = ${f.tagId})`,
    );
  if (f.personId)
    parts.push(
      sql`exists (select 1 from article_authors p where p.article_id = s.article_id and p.person_id = ${f.personId})`,
    );
  return sql.join(parts, sql` and `);
}

/** The primitive queries of one search on a tsvector with a GIN index (see search-plan.ts). */
class PostgresMatches implements MatchEngine {
  private readonly q: RawBuilder<unknown>;
  private readonly head: RawBuilder<unknown>;
  private readonly front: RawBuilder<unknown>;
  private readonly where: RawBuilder<unknown>;
  private estimate: Promise<{ matches: number; rows: number }> | undefined;
  /** The sample of raw matches, when the window's statement took it. */
  private sample: { sampled: number; passed: number } | undefined;
  /** For a query with phrases: all its words, in any order (what GIN answers without a recheck). */
  private readonly words: RawBuilder<unknown> | null;
  /** Where the words are in matches seen so far: 3 headline, 2 headline and standfirst, 1 elsewhere. */
  private readonly tiers = new Map<string, number>();
  /** `head` and `front` of an `article_search s` row: the words in the headline, in headline and standfirst. */
  private readonly places: RawBuilder<unknown>;

  /** The article's [head, front] as a column `places`, for the rows a window query returns. */
  private placesOf(id: RawBuilder<unknown>): RawBuilder<unknown> {
    return sql`(select array[s.document @@ ${this.head}, s.document @@ ${this.front}] from article_search s where s.article_id = ${id}) as places`;
  }

  constructor(
    private readonly db: Kysely<DB>,
    query: ParsedQuery,
    filter: SearchFilter,
  ) {
    this.q = sql`to_tsquery('simple', ${tsqueryExpression(query)})`;
    this.head = sql`to_tsquery('simple', ${tsqueryExpression(query, 'A')})`;
    this.front = sql`to_tsquery('simple', ${tsqueryExpression(query, 'AB')})`;
    this.where = rowConditions(filter);
    this.places = sql`s.document @@ ${this.head} as head, s.document @@ ${this.front} as front`;
    this.words = query.phrases.length
      ? sql`to_tsquery('simple', ${tsqueryExpression({ ...query, terms: [...query.terms, ...query.phrases.flat()], phrases: [] })})`
      : null;
  }

  private async one(query: RawBuilder<{ n: string | number }>): Promise<number> {
    return Number((await query.execute(this.db)).rows[0]?.n ?? 0);
  }

  /**
   * The planner's estimate decides a clearly large result without visiting a match; anything
   * that may be small is counted (up to the cap). A wrong estimate costs time, never results.
   */
  async countMatches(cap: number): Promise<number> {
    const estimate = await this.estimateMatches();
    if (estimate > 2 * cap) return estimate;
    return this.one(
      sql<{
        n: string;
      }>`select count(*) as n from (select 1 from article_search s where s.document @@ ${this.q} limit ${cap + 1}) m`,
    );
  }

  /**
   * The planner's estimate from the column's statistics (most common lexemes, kept by ANALYZE):
   * counting exactly would visit every match, which is what the bounded search avoids.
   */
  async estimateMatches(): Promise<number> {
    return (await this.estimates()).matches;
  }

  /** The planner's estimates of the matches and of all index rows, in one round trip. */
  private estimates(): Promise<{ matches: number; rows: number }> {
    this.estimate ??= sql<{ 'QUERY PLAN': EstimatePlan }>`explain (format json)
        select 1 from article_search s where s.document @@ ${this.q} union all select 1 from article_search`
      .execute(this.db)
      .then((r) => {
        const plans = r.rows[0]?.['QUERY PLAN'][0].Plan.Plans ?? [];
        return { matches: plans[0]?.['Plan Rows'] ?? 0, rows: plans[1]?.['Plan Rows'] ?? 0 };
      });
    return this.estimate;
  }

  /** Of the first `n` raw matches the GIN index yields, how many pass the filter (on the rows alone). */
  private sampleOf(n: number): RawBuilder<unknown> {
    return sql`select count(*) as sampled, count(*) filter (where ${this.where}) as passed
      from (select s.* from article_search s where s.document @@ ${this.q} limit ${n}) s`;
  }

  async samplePass(n: number): Promise<{ sampled: number; passed: number }> {
    if (this.sample && this.sample.sampled >= Math.min(n, DEFAULT_SEARCH_LIMITS.sample)) return this.sample;
    const r = await sql<{ sampled: string; passed: string }>`${this.sampleOf(n)}`.execute(this.db);
    return { sampled: Number(r.rows[0]?.sampled ?? 0), passed: Number(r.rows[0]?.passed ?? 0) };
  }

  /**
   * A result the planner expects to be small is counted (up to `cap` + 1 raw matches) and, when
   * it is, ranked in the same statement: one round trip instead of two. Bounded either way: a
   * wrong estimate ranks nothing and costs only the capped count.
   */
  async countAndRankAll(
    cap: number,
    limit: number,
    offset: number,
  ): Promise<{ raw: number; page: { hits: SearchHit[]; total: number | null } | null }> {
    const estimate = await this.estimateMatches();
    if (estimate > 2 * cap) return { raw: estimate, page: null };
    const rows = await sql<{ raw: string; id: string | null; rank: number | null; total: string | null }>`
      with m as materialized (select s.article_id from article_search s where s.document @@ ${this.q} limit ${cap + 1}),
      n as materialized (select count(*) as raw from m)
      select n.raw, p.id, p.rank, p.total from n left join lateral (
        select s.article_id as id, ${rankOf(this.q)} as rank, count(*) over () as total,
          row_number() over (${rankOrder(this.head, this.q)}) as ord
        from m join article_search s on s.article_id = m.article_id
        where n.raw <= ${cap} and ${this.where}
        ${rankOrder(this.head, this.q)} limit ${limit} offset ${offset}) p on true
      order by p.ord`.execute(this.db);
    const raw = Number(rows.rows[0]?.raw ?? 0);
    if (raw > cap) return { raw, page: null };
    const hits = rows.rows.flatMap((r) => (r.id === null ? [] : [{ articleId: r.id, rank: r.rank ?? 0 }]));
    const total = rows.rows[0]?.total;
    return { raw, page: { hits, total: total === null || total === undefined ? null : Number(total) } };
  }

  async rankAll(limit: number, offset: number): Promise<{ hits: SearchHit[]; total: number | null }> {
    const rows = await sql<{ id: string; rank: number; total: string }>`
      select s.article_id as id, ${rankOf(this.q)} as rank, count(*) over () as total
      from article_search s
      where s.document @@ ${this.q} and ${this.where}
      ${rankOrder(this.head, this.q)}
      limit ${limit} offset ${offset}`.execute(this.db);
    const total = rows.rows[0]?.total;
    return {
      hits: rows.rows.map((r) => ({ articleId: r.id, rank: r.rank })),
      total: total === undefined ? null : Number(total),
    };
  }

  async newest(limit: number, offset: number): Promise<string[]> {
    const newestFirst = sql`order by c.published_at desc, c.id desc`;
    const page = sql`${newestFirst} limit ${limit} offset ${offset}`;
    let window: RawBuilder<Windowed>;
    if (this.words) {
      // A phrase: GIN cannot decide word order, so every candidate's document would be
      // decompressed. The rows holding all the words come from the index, newest first, and
      // their documents are tested in that order until the page is full (a scalar subquery,
      // which the planner cannot turn into a test of them all before the sort). The outer order
      // must be the inner one exactly (no COLLATE): any other and PostgreSQL sorts again after
      // testing every candidate (measured: "prime minister" 31 → 183 ms of server CPU).
      window = sql<Windowed>`select c.id, ${this.placesOf(sql`c.id`)} from (
          select s.article_id as id, s.published_at from article_search s
          where s.document @@ ${this.words} and ${this.where}
          order by s.published_at desc, s.article_id desc offset 0) c
        where (select s.document @@ ${this.q} from article_search s where s.article_id = c.id) ${page}`;
    } else {
      const { matches, rows } = await this.estimates();
      window =
        matches > walkAbove(rows)
          ? // Many matches: walk the filtered rows newest first (article_search_recent_idx) and
            // test each one's document, which stops after about `limit` / (share of rows that
            // match) documents. The test is wrapped so that the GIN index cannot take it over.
            sql<Windowed>`select c.id, ${this.placesOf(sql`c.id`)} from (
                select s.article_id as id, s.published_at from article_search s
                where ${this.where} and coalesce(s.document @@ ${this.q}, false)
                order by s.published_at desc, s.article_id desc limit ${limit} offset ${offset}) c ${newestFirst}`
          : // Fewer: every filtered match from the GIN index (no document is decompressed), then
            // the newest of them (MATERIALIZED keeps the order from steering the scan to the btree).
            sql<Windowed>`select c.id, ${this.placesOf(sql`c.id`)} from (
                with m as materialized (select s.article_id as id, s.published_at from article_search s
                  where s.document @@ ${this.q} and ${this.where})
                select * from m order by m.published_at desc, m.id desc limit ${limit} offset ${offset}) c ${newestFirst}`;
    }
    return this.windowed(window);
  }

  /**
   * Runs a window query; the first one also takes the sample of raw matches the estimate of a
   * large result needs (search-plan.ts), in the same statement: a round trip saved.
   */
  private async windowed(window: RawBuilder<Windowed>): Promise<string[]> {
    let rows: Windowed[];
    if (this.sample) rows = (await window.execute(this.db)).rows;
    else {
      const r =
        await sql<SampledWindowed>`with smp as materialized (${this.sampleOf(DEFAULT_SEARCH_LIMITS.sample)})
        select w.id, w.places, smp.sampled, smp.passed
        from smp left join lateral (select row_number() over () as ord, w.* from (${window}) w) w on true
        order by w.ord`.execute(this.db);
      const first = r.rows[0];
      this.sample = { sampled: Number(first?.sampled ?? 0), passed: Number(first?.passed ?? 0) };
      rows = r.rows.flatMap((x) => (x.id === null ? [] : [{ id: x.id, places: x.places }]));
    }
    for (const r of rows) this.tiers.set(r.id, tierOf(r.places?.[0], r.places?.[1]));
    return rows.map((r) => r.id);
  }

  async rank(ids: readonly string[]): Promise<SearchHit[]> {
    if (!ids.length) return [];
    // Ranked by where the words are (headline, then headline and standfirst, then body), newest
    // first within each: the same order as SQLite, whose BM25 cannot be had for a window cheaply.
    // `newest` found the window's places with the window itself, saving a round trip.
    if (ids.some((id) => !this.tiers.has(id))) {
      const rows = await sql<{ id: string; head: boolean; front: boolean }>`
        select s.article_id as id, ${this.places}
        from article_search s where s.article_id = any(${[...ids]})`.execute(this.db);
      for (const r of rows.rows) this.tiers.set(r.id, tierOf(r.head, r.front));
    }
    return ids
      .filter((id) => this.tiers.has(id))
      .map((id) => ({ articleId: id, rank: this.tiers.get(id) ?? 1 }))
      .sort((a, b) => b.rank - a.rank);
  }

  countFiltered(): Promise<number> {
    return this.one(sql<{ n: string }>`
      select count(*) as n from article_search s where s.document @@ ${this.q} and ${this.where}`);
  }
}

/**
 * PostgreSQL tsvector with a GIN index, ranked with ts_rank, headline matches first. Tokens
 * arrive folded and stemmed by the app, so the 'simple' configuration stores them as they are.
 */
export class PostgresSearchIndex implements SearchIndex {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly limits: SearchLimits = DEFAULT_SEARCH_LIMITS,
  ) {}

  upsert(doc: SearchDocument): Promise<void> {
    return this.upsertMany([doc]);
  }

  async upsertMany(many: readonly SearchDocument[]): Promise<void> {
    // One INSERT cannot update a row twice: the last document of an article wins, as in a loop.
    const docs = [...new Map(many.map((d) => [d.articleId, d])).values()];
    // Bounded statements: 4 parameters a row, far below PostgreSQL's 65,535, and a few MB of text.
    for (let i = 0; i < docs.length; i += UPSERT_ROWS) {
      const rows = docs.slice(i, i + UPSERT_ROWS).map((doc) => {
        const f = indexFields(doc);
        return sql`(${doc.articleId}, setweight(to_tsvector('simple', ${f.headline}), 'A') || setweight(to_tsvector('simple', ${f.standfirst}), 'B') || setweight(to_tsvector('simple', ${f.body}), 'D'))`;
      });
      await sql`insert into article_search (article_id, document) values ${sql.join(rows)}
        on conflict (article_id) do update set document = excluded.document`.execute(this.db);
    }
  }

  async remove(articleId: string): Promise<void> {
    await sql`delete from article_search where article_id = ${articleId}`.execute(this.db);
  }

  async search(query: ParsedQuery, filter: SearchFilter, limit: number, offset: number): Promise<SearchPage> {
    if (!tsqueryExpression(query)) return { hits: [], total: 0, totalEstimated: false };
    const run = (db: Kysely<DB>) =>
      plannedSearch(new PostgresMatches(db, query, filter), this.limits, limit, offset);
    if (this.db.isTransaction) return run(this.db);
    // The planner prices a sequential scan of article_search as cheap (its heap holds only TOAST
    // pointers) but testing @@ there decompresses every document: seconds at 100,000 articles.
    // The GIN index is made the only way in, for this search's transaction alone.
    // BEGIN and the setting go in one round trip (Kysely's transactions send BEGIN alone): on a
    // busy machine each round trip waits for the scheduler, and a search makes only a few.
    return this.db.connection().execute(async (conn) => {
      await sql.raw('begin read only; set local enable_seqscan = off').execute(conn);
      let page: SearchPage;
      try {
        page = await run(conn);
      } catch (e) {
        await sql.raw('rollback').execute(conn);
        throw e;
      }
      await sql.raw('commit').execute(conn);
      return page;
    });
  }

  async unindexed(limit: number): Promise<string[]> {
    const r = await sql<{
      id: string;
    }>`select a.id from articles a where not exists (select 1 from article_search s where s.article_id = a.id) limit ${limit}`.execute(
      this.db,
    );
    return r.rows.map((x) => x.id);
  }
}
