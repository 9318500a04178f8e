import type { Kysely } from 'kysely';

/*
 * Frozen: never edit once landed.
 * A byline's portrait described per language (JSON text: language code → alt text), so the author
 * page's photo has words in the reader's language; none stored means the name describes it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').addColumn('photo_alt', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').dropColumn('photo_alt').execute();
}
