import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * The newsroom's gate on story intelligence: which items of an article's reading editors
 * approved for readers (by a stable item key, so approvals outlive re-readings), articles whose
 * machine-made panels editors hid, and per entity of an article whether it is approved and how
 * confident the analyser is (percent), so topic pages follow the site's storyFacts setting. Names
 * written in other grammatical cases point to their base form's topic (301).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('analysis_approvals')
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('item_key', 'varchar(300)', (c) => c.notNull())
    .addColumn('approved_by', 'varchar(36)')
    .addColumn('approved_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('analysis_approvals_pk', ['article_id', 'item_key'])
    .execute();

  await db.schema
    .createTable('analysis_display')
    .addColumn('article_id', 'varchar(36)', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('changed_by', 'varchar(36)')
    .addColumn('changed_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('article_entities').addColumn('approved', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('article_entities').addColumn('confidence_pct', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable('entity_aliases')
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('alias', 'varchar(200)', (c) => c.notNull())
    .addColumn('slug', 'varchar(200)', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_aliases_pk', ['article_id', 'kind', 'alias'])
    .execute();
  await db.schema.createIndex('entity_aliases_alias_idx').on('entity_aliases').columns(['kind', 'alias']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('entity_aliases').execute();
  await db.schema.alterTable('article_entities').dropColumn('confidence_pct').execute();
  await db.schema.alterTable('article_entities').dropColumn('approved').execute();
  await db.schema.dropTable('analysis_display').execute();
  await db.schema.dropTable('analysis_approvals').execute();
}
