import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Edits to a live (published or scheduled) article wait as one pending version per article until
 * someone with the right presses Update or Discard; readers keep the live text meanwhile.
 * The snapshot holds every field an editor can change (the revisions' snapshot shape).
 * Breaking news ends: breaking_until is when an article's breaking flag stops showing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pending_changes')
    .addColumn('article_id', 'varchar(36)', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'varchar(36)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(30)')
    .execute();
  await db.schema.alterTable('articles').addColumn('breaking_until', 'varchar(30)').execute();
  await db.schema
    .createIndex('articles_breaking_until_idx')
    .on('articles')
    .columns(['breaking', 'breaking_until'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_breaking_until_idx').execute();
  await db.schema.alterTable('articles').dropColumn('breaking_until').execute();
  await db.schema.dropTable('pending_changes').execute();
}
