import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Editors' corrections to an article's reading, kept apart from the machine's result.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('analysis_corrections')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('correction', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('analysis_corrections_article_idx').on('analysis_corrections').columns(['article_id', 'created_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('analysis_corrections').execute();
}
