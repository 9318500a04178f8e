import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * Author profiles: whether a byline is a person or an organisation (a desk, an agency), for the
 * author page and JSON-LD; and which byline a newsroom account writes under, so the newsroom
 * can give a user the photo and bio their author page shows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('people')
    .addColumn('kind', 'varchar(20)', (c) => c.notNull().defaultTo('person'))
    .execute();
  await db.schema.alterTable('users').addColumn('person_id', 'varchar(36)').execute();
  await db.schema.createIndex('users_person_idx').on('users').column('person_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('users_person_idx').execute();
  await db.schema.alterTable('users').dropColumn('person_id').execute();
  await db.schema.alterTable('people').dropColumn('kind').execute();
}
