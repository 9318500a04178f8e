import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * The newsroom's workflow: who owns an article, its version (a save names the version it was
 * based on, so two tabs cannot silently overwrite each other), when it is scheduled, its
 * featured image; every save kept as a revision; the front page's curated slots.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('articles').addColumn('owner_id', 'varchar(36)').execute();
  await db.schema.alterTable('articles').addColumn('scheduled_at', 'varchar(30)').execute();
  await db.schema.alterTable('articles').addColumn('featured_image', 'text').execute();
  await db.schema.createIndex('articles_scheduled_idx').on('articles').columns(['status', 'scheduled_at']).execute();
  await db.schema.createIndex('articles_owner_idx').on('articles').column('owner_id').execute();

  await db.schema
    .createTable('revisions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'varchar(36)')
    .addColumn('action', 'varchar(40)', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revisions_article_idx').on('revisions').columns(['article_id', 'version']).unique().execute();

  await db.schema
    .createTable('frontpage_slots')
    .addColumn('language', 'varchar(35)', (c) => c.notNull())
    .addColumn('slot', 'varchar(40)', (c) => c.notNull())
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('set_by', 'varchar(36)')
    .addColumn('set_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('frontpage_slots_pk', ['language', 'slot'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('frontpage_slots').execute();
  await db.schema.dropTable('revisions').execute();
  await db.schema.dropIndex('articles_owner_idx').execute();
  await db.schema.dropIndex('articles_scheduled_idx').execute();
  for (const c of ['featured_image', 'scheduled_at', 'owner_id', 'version'])
    await db.schema.alterTable('articles').dropColumn(c).execute();
}
