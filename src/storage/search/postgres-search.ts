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

/** tsquery text: tokens are letters and digits only, so they need no escaping beyond quotes. */
export function tsqueryExpression(q: ParsedQuery): string {
  const parts = [
    ...q.terms.map((t) => `'${t}'`),
    ...q.phrases.map((p) => `(${p.map((w) => `'${w}'`).join(' <-> ')})`),
  ];
  if (q.prefix) parts.push(`'${q.prefix}':*`);
  return parts.join(' & ');
}

/**
 * PostgreSQL tsvector with a GIN index, ranked with ts_rank. Tokens arrive folded and stemmed by
 * the app, so the 'simple' configuration stores them as they are.
 */
export class PostgresSearchIndex implements SearchIndex {
  constructor(private readonly db: Kysely<DB>) {}

  async upsert(doc: SearchDocument): Promise<void> {
    const f = indexFields(doc);
    const document = sql`setweight(to_tsvector('simple', ${f.headline}), 'A') || setweight(to_tsvector('simple', ${f.standfirst}), 'B') || setweight(to_tsvector('simple', ${f.body}), 'D')`;
    await sql`insert into article_search (article_id, document) values (${doc.articleId}, ${document})
      on conflict (article_id) do update set document = excluded.document`.execute(this.db);
  }

  async remove(articleId: string): Promise<void> {
    await sql`delete from article_search where article_id = ${articleId}`.execute(this.db);
  }

  async search(query: ParsedQuery, filter: SearchFilter, limit: number, offset: number) {
    const expression = tsqueryExpression(query);
    if (!expression) return { hits: [], total: 0 };
    const q = sql`to_tsquery('simple', ${expression})`;
    const where = sql`s.document @@ ${q} and ${filterConditions(filter)}`;
    const from = sql`article_search s join articles on articles.id = s.article_id`;
    const [rows, count] = await Promise.all([
      sql<{
        id: string;
        rank: number;
      }>`select articles.id, ts_rank('{0.1, 0.2, 0.4, 1.0}', s.document, ${q}) as rank from ${from} where ${where}
        order by rank desc, articles.published_at desc limit ${limit} offset ${offset}`.execute(this.db),
      sql<{ n: string }>`select count(*) as n from ${from} where ${where}`.execute(this.db),
    ]);
    return {
      hits: rows.rows.map((r) => ({ articleId: r.id, rank: r.rank })),
      total: Number(count.rows[0]?.n ?? 0),
    };
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
