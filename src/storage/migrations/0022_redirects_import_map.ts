import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Redirects: an old address (a path, or "/?p=ID") that now answers 301 to an article; the target
 * is the article, not a URL, so a later slug change moves the redirect with it.
 * Import map: what an importer made from each item of a source (a WordPress post → an article, an
 * attachment → a media item), so running an import again creates nothing twice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('redirects')
    .addColumn('path', 'varchar(2000)', (c) => c.primaryKey())
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('redirects_article_idx').on('redirects').column('article_id').execute();
  await db.schema
    .createTable('import_map')
    .addColumn('source', 'varchar(500)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('source_id', 'varchar(500)', (c) => c.notNull())
    .addColumn('target_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_map_pk', ['source', 'kind', 'source_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_map').execute();
  await db.schema.dropTable('redirects').execute();
}
