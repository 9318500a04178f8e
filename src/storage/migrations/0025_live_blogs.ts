import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Live blogs: an article with a row in live_blogs is covered live (coverage start, and its end
 * when the closing entry is posted). Its entries are timestamped bodies of structured blocks,
 * one of them at most pinned as the key points; an edited entry keeps every earlier version in
 * live_entry_revisions, a deleted one stays as a tombstone so readers' pages can drop it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('live_blogs')
    .addColumn('article_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('started_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('ended_at', 'varchar(30)')
    .addColumn('created_by', 'varchar(36)')
    .execute();
  await db.schema
    .createTable('live_entries')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('author_id', 'varchar(36)')
    .addColumn('author_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('closing', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('deleted_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('live_entries_article_idx')
    .on('live_entries')
    .columns(['article_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('live_entries_changed_idx')
    .on('live_entries')
    .columns(['article_id', 'updated_at'])
    .execute();
  await db.schema
    .createTable('live_entry_revisions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('entry_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'varchar(36)')
    .addColumn('action', 'varchar(20)', (c) => c.notNull())
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('live_entry_revisions_entry_idx')
    .on('live_entry_revisions')
    .columns(['entry_id', 'version'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('live_entry_revisions').execute();
  await db.schema.dropTable('live_entries').execute();
  await db.schema.dropTable('live_blogs').execute();
}
