import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import {
  filterConditions,
  indexFields,
  type SearchDocument,
  type SearchFilter,
  type SearchIndex,
} from './search-index.ts';
import type { ParsedQuery } from '../../search/text.ts';

/** FTS5 MATCH expression: tokens are letters and digits only, so quoting them is always safe. */
export function fts5Expression(q: ParsedQuery): string {
  const parts = [...q.terms.map((t) => `"${t}"`), ...q.phrases.map((p) => `"${p.join(' ')}"`)];
  if (q.prefix) parts.push(`"${q.prefix}"*`);
  return parts.join(' ');
}

/**
 * SQLite FTS5, ranked with BM25 (headline weighs most, then standfirst, then body). Index rows
 * are found by integer rowid through `search_rows` (an ordinary indexed table), never by
 * scanning the full-text table.
 */
export class SqliteSearchIndex implements SearchIndex {
  constructor(private readonly db: Kysely<DB>) {}

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

  async remove(articleId: string): Promise<void> {
    const row = await sql<{
      rowid: number;
    }>`select rowid from search_rows where article_id = ${articleId}`.execute(this.db);
    if (!row.rows[0]) return;
    await sql`delete from article_search where rowid = ${row.rows[0].rowid}`.execute(this.db);
    await sql`delete from search_rows where rowid = ${row.rows[0].rowid}`.execute(this.db);
  }

  async search(query: ParsedQuery, filter: SearchFilter, limit: number, offset: number) {
    const match = fts5Expression(query);
    if (!match) return { hits: [], total: 0 };
    // The full-text match runs once, on its own (MATERIALIZED), and drives the join (CROSS JOIN
    // fixes SQLite's order): only its hits meet the filters. Left to itself the planner walks
    // articles by language or date and probes the match per row, 10-50x slower on a big archive.
    const hits = sql`with m as materialized (select rowid, bm25(article_search, 10.0, 4.0, 1.0) as score from article_search where article_search match ${match})`;
    const from = sql`m cross join search_rows r on r.rowid = m.rowid cross join articles on articles.id = r.article_id`;
    const where = filterConditions(filter, true);
    const rows = await sql<{
      id: string;
      rank: number;
    }>`${hits} select articles.id, m.score as rank from ${from} where ${where}
        order by m.score, articles.published_at desc limit ${limit} offset ${offset}`.execute(this.db);
    // The count repeats the match; skip it when the first page already holds every hit.
    const total =
      offset === 0 && rows.rows.length < limit
        ? rows.rows.length
        : ((
            await sql<{ n: number }>`${hits} select count(*) as n from ${from} where ${where}`.execute(
              this.db,
            )
          ).rows[0]?.n ?? 0);
    // bm25() is lower-is-better; expose higher-is-better like ts_rank.
    return { hits: rows.rows.map((r) => ({ articleId: r.id, rank: -r.rank })), total };
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
