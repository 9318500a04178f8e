import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../database.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { perCount, PreparedQuery } from './prepared-query.ts';

describe.each(dialects)('a prepared query on %s', (dialect) => {
  let tdb: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    database = openDatabase(tdb.target);
    await database.migrate();
    await database.db
      .insertInto('sections')
      .values(
        ['world', 'economy', 'sport'].map((slug, position) => ({
          id: `s-${slug}`,
          slug,
          name: slug.toUpperCase(),
          description: null,
          color: null,
          position,
        })),
      )
      .execute();
  });
  afterAll(async () => {
    await ifStarted(database)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('runs with each call’s arguments, an argument used twice and the shape’s own constants', async () => {
    const bySlug = new PreparedQuery(2, (db, slug: string, limit: number) =>
      db
        .selectFrom('sections')
        .select(['slug', 'name'])
        .where((eb) => eb.or([eb('slug', '=', slug), eb('name', '=', slug)]))
        .where('slug', '!=', 'nothing')
        .orderBy('position')
        .limit(limit),
    );
    expect(await bySlug.execute(database.db, 'world', 5)).toEqual([{ slug: 'world', name: 'WORLD' }]);
    expect(await bySlug.execute(database.db, 'sport', 5)).toEqual([{ slug: 'sport', name: 'SPORT' }]);
    expect(await bySlug.execute(database.db, 'none', 5)).toEqual([]);
    const twice = new PreparedQuery(2, (db, a: string, b: string) =>
      db.selectFrom('sections').select('slug').where('slug', 'in', [a, b, a]).orderBy('position'),
    );
    expect((await twice.execute(database.db, 'sport', 'world')).map((r) => r.slug)).toEqual([
      'world',
      'sport',
    ]);
    const limited = new PreparedQuery(1, (db, n: number) =>
      db.selectFrom('sections').select('slug').orderBy('position').limit(n),
    );
    expect(await limited.execute(database.db, 2)).toHaveLength(2);
    expect(await limited.execute(database.db, 1)).toHaveLength(1);
  });

  it('keeps one query per count, each with its own limit, and refuses a count that is not whole', async () => {
    let made = 0;
    const first = perCount((n) => {
      made += 1;
      return new PreparedQuery(1, (db, after: number) =>
        db.selectFrom('sections').select('slug').where('position', '>=', after).orderBy('position').limit(n),
      );
    }, 2);
    expect((await first(1).execute(database.db, 0)).map((r) => r.slug)).toEqual(['world']);
    expect((await first(2).execute(database.db, 1)).map((r) => r.slug)).toEqual(['economy', 'sport']);
    expect((await first(1).execute(database.db, 2)).map((r) => r.slug)).toEqual(['sport']);
    expect(made).toBe(2);
    // Past the bound the oldest count goes, and is made again when asked for.
    expect(await first(3).execute(database.db, 0)).toHaveLength(3);
    expect(await first(1).execute(database.db, 0)).toHaveLength(1);
    expect(made).toBe(4);
    expect(() => first(1.5)).toThrow(/not a whole number/);
    expect(() => first(-1)).toThrow(/not a whole number/);
  });

  it('refuses a query that uses an argument for more than a value (it would be frozen in)', async () => {
    const shaped = new PreparedQuery(1, (db, slug: string) =>
      db.selectFrom('sections').select('slug').where('slug', '=', slug.toUpperCase()),
    );
    await expect(shaped.execute(database.db, 'world')).rejects.toThrow(/did not become a parameter/);
    // Also when the argument is used as itself elsewhere: the derived value would be frozen in.
    const partly = new PreparedQuery(1, (db, slug: string) =>
      db
        .selectFrom('sections')
        .select('slug')
        .where('slug', '=', slug)
        .where('name', '=', slug.toUpperCase()),
    );
    await expect(partly.execute(database.db, 'world')).rejects.toThrow(/did not become a parameter/);
  });
});
