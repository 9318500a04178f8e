import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * What story intelligence read from each article, with a hash of the text it read, so a
 * re-run happens exactly when the text (or the analyser) changes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_analysis')
    .addColumn('article_id', 'varchar(36)', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('input_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('analyzed_at', 'varchar(30)', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('article_analysis').execute();
}
