import { sql, type Kysely } from 'kysely';
import type { DB } from '../storage/schema.ts';
import {
  filterConditions,
  indexFields,
  type SearchDocument,
  type SearchFilter,
  type SearchIndex,
} from './search-index.ts';
import type { ParsedQuery } from './text.ts';

/** FTS5 MATCH expression: tokens are letters and digits only, so quoting them is always safe. */
export function fts5Expression(q: ParsedQuery): string {
  const parts = [...q.terms.map((t) => `"${t}"`), ...q.phrases.map((p) => `"${p.join(' ')}"`)];
  if (q.prefix) parts.push(`"${q.prefix}"*`);
  return parts.join(' ');
}

/** SQLite FTS5, ranked with BM25 (headline weighs most, then standfirst, then body). */
export class SqliteSearchIndex implements SearchIndex {
  async upsert(db: Kysely<DB>, doc: SearchDocument): Promise<void> {
    const f = indexFields(doc);
    await sql`delete from article_search where article_id = ${doc.articleId}`.execute(db);
    await sql`insert into article_search (article_id, headline, standfirst, body) values (${doc.articleId}, ${f.headline}, ${f.standfirst}, ${f.body})`.execute(
      db,
    );
  }

  async remove(db: Kysely<DB>, articleId: string): Promise<void> {
    await sql`delete from article_search where article_id = ${articleId}`.execute(db);
  }

  async search(db: Kysely<DB>, query: ParsedQuery, filter: SearchFilter, limit: number, offset: number) {
    const match = fts5Expression(query);
    if (!match) return { hits: [], total: 0 };
    const where = sql`article_search match ${match} and ${filterConditions(filter)}`;
    const from = sql`article_search join articles a on a.id = article_search.article_id`;
    const [rows, count] = await Promise.all([
      sql<{
        id: string;
        rank: number;
      }>`select a.id, bm25(article_search, 0.0, 10.0, 4.0, 1.0) as rank from ${from} where ${where}
        order by rank, a.published_at desc limit ${limit} offset ${offset}`.execute(db),
      sql<{ n: number }>`select count(*) as n from ${from} where ${where}`.execute(db),
    ]);
    // bm25() is lower-is-better; expose higher-is-better like ts_rank.
    return {
      hits: rows.rows.map((r) => ({ articleId: r.id, rank: -r.rank })),
      total: Number(count.rows[0]?.n ?? 0),
    };
  }

  async unindexed(db: Kysely<DB>, limit: number): Promise<string[]> {
    const r = await sql<{
      id: string;
    }>`select a.id from articles a where not exists (select 1 from article_search s where s.article_id = a.id) limit ${limit}`.execute(
      db,
    );
    return r.rows.map((x) => x.id);
  }
}
