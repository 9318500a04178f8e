import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Full-text search. Both engines index the same pre-processed tokens (folded and stemmed by the
 * app): SQLite in an FTS5 table ranked with BM25, PostgreSQL in a weighted tsvector with a GIN
 * index ranked with ts_rank. The app fills the index (also for articles that existed before).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, headline, standfirst, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(
      db,
    );
    return;
  }
  await db.schema
    .createTable('article_search')
    .addColumn('article_id', 'varchar(36)', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('document', sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX article_search_document_idx ON article_search USING GIN (document)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE article_search`.execute(db);
}
