import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Wire sources: agency feeds and folders the newsroom polls (RSS, Atom, ninjs, NewsML-G2), with
 * their conditional-GET validators and health (last success, last error, next poll, back-off).
 * Wire items: each item of a source stored once by its GUID/URI, its original text kept as
 * received, near-duplicates across sources sharing a group id.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('wire_sources')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('location', 'varchar(2000)', (c) => c.notNull())
    .addColumn('language', 'varchar(35)', (c) => c.notNull())
    .addColumn('section_id', 'varchar(36)', (c) => c.references('sections.id').onDelete('set null'))
    .addColumn('interval_seconds', 'integer', (c) => c.notNull())
    .addColumn('auth_kind', 'varchar(10)', (c) => c.notNull().defaultTo('none'))
    .addColumn('auth_secret', 'varchar(2000)')
    .addColumn('is_agency', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('agency_name', 'varchar(200)')
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('etag', 'varchar(500)')
    .addColumn('last_modified', 'varchar(100)')
    .addColumn('last_success_at', 'varchar(30)')
    .addColumn('last_error', 'varchar(2000)')
    .addColumn('last_error_at', 'varchar(30)')
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_poll_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('locked_until', 'varchar(30)')
    .execute();
  await db.schema.createIndex('wire_sources_due_idx').on('wire_sources').column('next_poll_at').execute();
  await db.schema
    .createTable('wire_items')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('source_id', 'varchar(36)', (c) =>
      c.notNull().references('wire_sources.id').onDelete('cascade'),
    )
    .addColumn('guid', 'varchar(500)', (c) => c.notNull())
    .addColumn('headline', 'varchar(2000)', (c) => c.notNull())
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('original', 'text', (c) => c.notNull())
    .addColumn('url', 'varchar(2000)')
    .addColumn('language', 'varchar(35)', (c) => c.notNull())
    .addColumn('byline', 'varchar(500)')
    .addColumn('located', 'varchar(500)')
    .addColumn('subjects_json', 'text', (c) => c.notNull())
    .addColumn('published_at', 'varchar(30)')
    .addColumn('received_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('dup_group', 'varchar(36)', (c) => c.notNull())
    .addColumn('state', 'varchar(10)', (c) => c.notNull().defaultTo('new'))
    .addColumn('article_id', 'varchar(36)', (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('used_by', 'varchar(36)')
    .addColumn('story_id', 'varchar(36)')
    .addColumn('reading_json', 'text')
    .addUniqueConstraint('wire_items_source_guid', ['source_id', 'guid'])
    .execute();
  await db.schema.createIndex('wire_items_received_idx').on('wire_items').column('received_at').execute();
  await db.schema.createIndex('wire_items_group_idx').on('wire_items').column('dup_group').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('wire_items').execute();
  await db.schema.dropTable('wire_sources').execute();
}
