import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * SQLite: FTS5 cannot index its article_id column, so finding an article's row (on every write
 * and for the start-up backfill) scanned the whole index. Rows now have integer ids mapped to
 * articles in an ordinary indexed table. The index is rebuilt by the app's backfill at start.
 * Both engines: a covering index for the filters a search applies to every match.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`DROP TABLE article_search`.execute(db);
    await db.schema
      .createTable('search_rows')
      .addColumn('rowid', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('article_id', 'varchar(36)', (c) => c.notNull().unique().references('articles.id').onDelete('cascade'))
      .execute();
    await sql`CREATE VIRTUAL TABLE article_search USING fts5(headline, standfirst, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
  }
  await db.schema
    .createIndex('articles_search_filter_idx')
    .on('articles')
    .columns(['id', 'status', 'language', 'section_id', 'published_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_search_filter_idx').execute();
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`DROP TABLE article_search`.execute(db);
    await db.schema.dropTable('search_rows').execute();
    await sql`CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, headline, standfirst, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
  }
}
