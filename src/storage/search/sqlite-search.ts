import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../schema.ts';
import {
  filterConditions,
  indexFields,
  type SearchDocument,
  type SearchFilter,
  type SearchHit,
  type SearchIndex,
  type SearchPage,
} from './search-index.ts';
import { DEFAULT_SEARCH_LIMITS, plannedSearch, type MatchEngine, type SearchLimits } from './search-plan.ts';
import type { ParsedQuery } from '../../search/text.ts';
import { windowTier } from './window-tiers.ts';

/** FTS5 MATCH expression: tokens are letters and digits only, so quoting them is always safe. */
export function fts5Expression(q: ParsedQuery): string {
  const parts = [...q.terms.map((t) => `"${t}"`), ...q.phrases.map((p) => `"${p.join(' ')}"`)];
  if (q.prefix) parts.push(`"${q.prefix}"*`);
  return parts.join(' ');
}

/** The same expression, matched in the headline column only. */
export function fts5HeadlineExpression(match: string): string {
  return `{headline} : (${match})`;
}

/** BM25 with the headline weighing most, then the standfirst, then the body. */
const bm25 = sql`bm25(article_search, 10.0, 4.0, 1.0)`;

/**
 * The primitive queries of one search on FTS5 (see search-plan.ts). Index rows are found by
 * integer rowid through `search_rows`; the full-text table is only ever asked for a MATCH,
 * possibly with given rowids (which FTS5 answers by seeking each one).
 */
class SqliteMatches implements MatchEngine {
  private readonly where: Expression<SqlBool>;
  private readonly head: string;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly query: ParsedQuery,
    private readonly match: string,
    private readonly filter: SearchFilter,
  ) {
    this.where = filterConditions(filter, true);
    this.head = fts5HeadlineExpression(match);
  }

  private async one(query: RawBuilder<{ n: number }>): Promise<number> {
    return (await query.execute(this.db)).rows[0]?.n ?? 0;
  }

  countMatches(cap: number): Promise<number> {
    return this.one(
      sql<{
        n: number;
      }>`select count(*) as n from (select rowid from article_search where article_search match ${this.match} limit ${cap + 1})`,
    );
  }

  /** FTS5 counts a MATCH by walking its doclists, without touching documents: exact and cheap. */
  estimateMatches(): Promise<number> {
    return this.one(
      sql<{ n: number }>`select count(*) as n from article_search where article_search match ${this.match}`,
    );
  }

  async samplePass(n: number): Promise<{ sampled: number; passed: number }> {
    const r = await sql<{ sampled: number; passed: number | null }>`
      with m as materialized (select rowid from article_search where article_search match ${this.match} order by rowid desc limit ${n})
      select count(*) as sampled, sum(case when ${this.where} then 1 else 0 end) as passed
      from m cross join search_rows r on r.rowid = m.rowid cross join articles indexed by articles_search_filter_idx on articles.id = r.article_id`.execute(
      this.db,
    );
    return { sampled: r.rows[0]?.sampled ?? 0, passed: r.rows[0]?.passed ?? 0 };
  }

  async rankAll(limit: number, offset: number): Promise<{ hits: SearchHit[]; total: number | null }> {
    // The full-text match runs once, on its own (MATERIALIZED), and drives the join (CROSS JOIN
    // fixes SQLite's order): only its hits meet the filters. Left to itself the planner walks
    // articles by language or date and probes the match per row, 10-50x slower on a big archive.
    const rows = await sql<{ id: string; score: number; total: number }>`
      with m as materialized (select rowid, ${bm25} as score from article_search where article_search match ${this.match}),
      h as materialized (select rowid from article_search where article_search match ${this.head})
      select articles.id, m.score, count(*) over () as total
      from m cross join search_rows r on r.rowid = m.rowid cross join articles indexed by articles_search_filter_idx on articles.id = r.article_id
      where ${this.where}
      order by m.rowid in h desc, case when m.rowid in h then articles.published_at end desc, m.score,
        articles.published_at desc
      limit ${limit} offset ${offset}`.execute(this.db);
    // bm25() is lower-is-better; expose higher-is-better like ts_rank.
    return {
      hits: rows.rows.map((r) => ({ articleId: r.id, rank: -r.score })),
      total: rows.rows[0]?.total ?? null,
    };
  }

  async newest(limit: number, offset: number): Promise<string[]> {
    // Walks the filtered articles newest first (a covering index, in its order) and keeps those
    // in the match set, which SQLite builds once as an in-memory index of rowids (the unary `+`
    // keeps it from probing the search_rows index once per member instead, per article).
    const rows = await sql<{ id: string }>`
      select articles.id from articles indexed by articles_search_recent_idx
      cross join search_rows r on r.article_id = articles.id
      where ${filterConditions(this.filter)}
        and +r.rowid in (select rowid from article_search where article_search match ${this.match})
      order by articles.published_at desc
      limit ${limit} offset ${offset}`.execute(this.db);
    return rows.rows.map((r) => r.id);
  }

  async rank(ids: readonly string[]): Promise<SearchHit[]> {
    if (!ids.length) return [];
    // Ranked by where the words are, newest first within each tier. FTS5 answers a MATCH for
    // given rowids by restarting the query per rowid, a column-filtered MATCH walks every match of
    // a common word ("the": ~75 ms), and BM25 costs a document-size lookup per match: the
    // window's headlines and standfirsts are read by rowid instead and tested in the app.
    const rows = await sql<{ id: string; headline: string; standfirst: string }>`
      select r.article_id as id, s.headline, s.standfirst
      from json_each(${JSON.stringify(ids)}) c cross join search_rows r on r.article_id = c.value
      cross join article_search s on s.rowid = r.rowid`.execute(this.db);
    const tiers = new Map(rows.rows.map((r) => [r.id, windowTier(this.query, r.headline, r.standfirst)]));
    return ids
      .filter((id) => tiers.has(id))
      .map((id) => ({ articleId: id, rank: tiers.get(id) ?? 1 }))
      .sort((a, b) => b.rank - a.rank);
  }

  countFiltered(): Promise<number> {
    return this.one(sql<{ n: number }>`
      with m as materialized (select rowid from article_search where article_search match ${this.match})
      select count(*) as n from m cross join search_rows r on r.rowid = m.rowid cross join articles indexed by articles_search_filter_idx on articles.id = r.article_id
      where ${this.where}`);
  }
}

/**
 * SQLite FTS5, ranked with BM25 (headline weighs most, then standfirst, then body), headline
 * matches first. Index rows are found by integer rowid through `search_rows` (an ordinary
 * indexed table), never by scanning the full-text table.
 */
export class SqliteSearchIndex implements SearchIndex {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly limits: SearchLimits = DEFAULT_SEARCH_LIMITS,
  ) {}

  async upsert(doc: SearchDocument): Promise<void> {
    const f = indexFields(doc);
    await sql`insert into search_rows (article_id) values (${doc.articleId}) on conflict (article_id) do nothing`.execute(
      this.db,
    );
    const row = await sql<{
      rowid: number;
    }>`select rowid from search_rows where article_id = ${doc.articleId}`.execute(this.db);
    const rowid = row.rows[0]?.rowid;
    if (rowid === undefined)
      throw new Error(`search_rows has no row for article ${doc.articleId} just written`);
    await sql`delete from article_search where rowid = ${rowid}`.execute(this.db);
    await sql`insert into article_search (rowid, headline, standfirst, body) values (${rowid}, ${f.headline}, ${f.standfirst}, ${f.body})`.execute(
      this.db,
    );
  }

  async upsertMany(docs: readonly SearchDocument[]): Promise<void> {
    // SQLite has no round trips to save: the statements are prepared once and run in process.
    for (const doc of docs) await this.upsert(doc);
  }

  async remove(articleId: string): Promise<void> {
    const row = await sql<{
      rowid: number;
    }>`select rowid from search_rows where article_id = ${articleId}`.execute(this.db);
    if (!row.rows[0]) return;
    await sql`delete from article_search where rowid = ${row.rows[0].rowid}`.execute(this.db);
    await sql`delete from search_rows where rowid = ${row.rows[0].rowid}`.execute(this.db);
  }

  async search(query: ParsedQuery, filter: SearchFilter, limit: number, offset: number): Promise<SearchPage> {
    const match = fts5Expression(query);
    if (!match) return { hits: [], total: 0, totalEstimated: false };
    return plannedSearch(new SqliteMatches(this.db, query, match, filter), this.limits, limit, offset);
  }

  async unindexed(limit: number): Promise<string[]> {
    const r = await sql<{
      id: string;
    }>`select a.id from articles a where not exists (select 1 from search_rows s where s.article_id = a.id) limit ${limit}`.execute(
      this.db,
    );
    return r.rows.map((x) => x.id);
  }
}
