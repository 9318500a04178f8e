import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Who and what each article is about (from its reading, for topic pages), and stories:
 * articles grouped by shared entities and similar text within a time window.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_entities')
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('slug', 'varchar(200)', (c) => c.notNull())
    .addColumn('name', 'varchar(300)', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'kind', 'slug'])
    .execute();
  await db.schema.createIndex('article_entities_topic_idx').on('article_entities').columns(['kind', 'slug']).execute();

  await db.schema
    .createTable('story_articles')
    .addColumn('article_id', 'varchar(36)', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('story_id', 'varchar(36)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('story_articles_story_idx').on('story_articles').column('story_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('story_articles').execute();
  await db.schema.dropTable('article_entities').execute();
}
