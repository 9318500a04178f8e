import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * SQLite: the full-text table gains prefix indexes for 3- and 4-letter prefixes, the lengths a
 * reader's half-typed last word is searched by (search/text.ts). Without them FTS5 merges the
 * doclists of every word with the prefix on each query ("pre" → president, prices, press…).
 * The indexed text is copied row by row (same rowids, so search_rows still maps them), not
 * rebuilt from the articles. PostgreSQL's GIN index already answers prefixes.
 * Both engines: a covering index to walk a language's published articles newest first (with the
 * section and the id), which a search of a very common word does to find its newest matches.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('articles_search_recent_idx')
    .on('articles')
    .columns(['status', 'language', 'published_at', 'section_id', 'id'])
    .execute();
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`CREATE VIRTUAL TABLE article_search_prefixed USING fts5(headline, standfirst, body, prefix = '3 4', tokenize = 'unicode61 remove_diacritics 0')`.execute(
    db,
  );
  await sql`INSERT INTO article_search_prefixed (rowid, headline, standfirst, body) SELECT rowid, headline, standfirst, body FROM article_search`.execute(
    db,
  );
  await sql`DROP TABLE article_search`.execute(db);
  await sql`ALTER TABLE article_search_prefixed RENAME TO article_search`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_search_recent_idx').execute();
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`CREATE VIRTUAL TABLE article_search_plain USING fts5(headline, standfirst, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(
    db,
  );
  await sql`INSERT INTO article_search_plain (rowid, headline, standfirst, body) SELECT rowid, headline, standfirst, body FROM article_search`.execute(
    db,
  );
  await sql`DROP TABLE article_search`.execute(db);
  await sql`ALTER TABLE article_search_plain RENAME TO article_search`.execute(db);
}
