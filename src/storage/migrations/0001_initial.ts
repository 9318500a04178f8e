import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed; add a new migration instead.
 * Portable across SQLite and PostgreSQL: text ids (UUIDs made by the app), ISO-8601 UTC text
 * timestamps (sortable as text), integer 0/1 flags, JSON as text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('languages')
    .addColumn('code', 'varchar(35)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('sections')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('slug', 'varchar(100)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('color', 'varchar(20)')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('tags')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('slug', 'varchar(100)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('slug', 'varchar(120)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('role', 'varchar(200)')
    .addColumn('bio', 'text')
    .addColumn('photo_url', 'varchar(2000)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('translation_group_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('language', 'varchar(35)', (c) => c.notNull().references('languages.code'))
    .addColumn('slug', 'varchar(200)', (c) => c.notNull())
    .addColumn('section_id', 'varchar(36)', (c) => c.notNull().references('sections.id'))
    .addColumn('headline', 'varchar(300)', (c) => c.notNull())
    .addColumn('standfirst', 'text')
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('breaking', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(30)')
    .addColumn('updated_at', 'varchar(30)')
    .addColumn('modified_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('articles_language_slug_unique', ['language', 'slug'])
    .execute();
  await db.schema
    .createIndex('articles_status_published_idx')
    .on('articles')
    .columns(['status', 'language', 'published_at'])
    .execute();
  await db.schema
    .createIndex('articles_section_idx')
    .on('articles')
    .columns(['section_id', 'status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('articles_translation_group_idx')
    .on('articles')
    .column('translation_group_id')
    .execute();

  await db.schema
    .createTable('article_slugs')
    .addColumn('language', 'varchar(35)', (c) => c.notNull())
    .addColumn('slug', 'varchar(200)', (c) => c.notNull())
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_slugs_pk', ['language', 'slug'])
    .execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'varchar(36)', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('article_tags_tag_idx').on('article_tags').column('tag_id').execute();

  await db.schema
    .createTable('article_authors')
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('person_id', 'varchar(36)', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('article_authors_person_idx')
    .on('article_authors')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('article_sources')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('outlet', 'varchar(200)', (c) => c.notNull())
    .addColumn('citing', 'varchar(300)')
    .addColumn('url', 'varchar(2000)')
    .execute();
  await db.schema
    .createIndex('article_sources_article_idx')
    .on('article_sources')
    .column('article_id')
    .execute();

  await db.schema
    .createTable('corrections')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('article_id', 'varchar(36)', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('corrections_article_idx').on('corrections').column('article_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'corrections',
    'article_sources',
    'article_authors',
    'article_tags',
    'article_slugs',
    'articles',
    'people',
    'tags',
    'sections',
    'languages',
    'settings',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
