import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Names of sections and tags per language (the base row keeps the default-language name).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('section_names')
    .addColumn('section_id', 'varchar(36)', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addColumn('language', 'varchar(35)', (c) => c.notNull())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('description', 'text')
    .addPrimaryKeyConstraint('section_names_pk', ['section_id', 'language'])
    .execute();
  await db.schema
    .createTable('tag_names')
    .addColumn('tag_id', 'varchar(36)', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('language', 'varchar(35)', (c) => c.notNull())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addPrimaryKeyConstraint('tag_names_pk', ['tag_id', 'language'])
    .execute();
  await db.schema.createIndex('tag_names_language_name_idx').on('tag_names').columns(['language', 'name']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tag_names').execute();
  await db.schema.dropTable('section_names').execute();
}
