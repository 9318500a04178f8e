import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * The media library: one row per uploaded image (type detected from its bytes, pixel size after
 * auto-rotation), its descriptions (alt text, caption, credit), where its files live, the
 * variants made from it (JSON), and a folded text for search over name and descriptions.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('media')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('filename', 'varchar(255)', (c) => c.notNull())
    .addColumn('format', 'varchar(10)', (c) => c.notNull())
    .addColumn('mime_type', 'varchar(50)', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('alt', 'varchar(500)', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'varchar(1000)')
    .addColumn('credit', 'varchar(300)')
    .addColumn('uploaded_by', 'varchar(36)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('storage_key', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('variants', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_created_idx').on('media').columns(['created_at', 'id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('media').execute();
}
