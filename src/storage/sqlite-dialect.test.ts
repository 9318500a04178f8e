import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { LiteralLimitSqliteDialect } from './sqlite-dialect.ts';

interface T {
  items: { id: number; name: string };
}

describe('the SQLite dialect with literal limits', () => {
  const sqlite = new SQLite(':memory:');
  const db = new Kysely<T>({ dialect: new LiteralLimitSqliteDialect({ database: sqlite }) });
  afterAll(async () => {
    await db.destroy();
  });

  it('writes a whole-number LIMIT into the SQL and keeps OFFSET and other values as parameters', () => {
    const q = db
      .selectFrom('items')
      .select('name')
      .where('name', '!=', 'x')
      .orderBy('id')
      .limit(3)
      .offset(2)
      .compile();
    expect(q.sql).toBe('select "name" from "items" where "name" != ? order by "id" limit 3 offset ?');
    expect(q.parameters).toEqual(['x', 2]);
  });

  it('leaves anything but a whole number as a parameter (a string stand-in, a fraction, a negative)', () => {
    for (const limit of ['5', 2.5, -1] as unknown as number[]) {
      const q = db.selectFrom('items').select('name').limit(limit).compile();
      expect(q.sql).toBe('select "name" from "items" limit ?');
      expect(q.parameters).toEqual([limit]);
    }
  });

  it('answers with the rows a bound limit would', async () => {
    await db.schema.createTable('items').addColumn('id', 'integer').addColumn('name', 'text').execute();
    await db
      .insertInto('items')
      .values(['a', 'b', 'c', 'd'].map((name, id) => ({ id, name })))
      .execute();
    const page = await db.selectFrom('items').select('name').orderBy('id').limit(2).offset(1).execute();
    expect(page.map((r) => r.name)).toEqual(['b', 'c']);
    const zero = await db.selectFrom('items').select('name').limit(0).execute();
    expect(zero).toEqual([]);
    const inner = await db
      .selectFrom(db.selectFrom('items').select('name').orderBy('id', 'desc').limit(1).as('last'))
      .select(sql<string>`upper(name)`.as('n'))
      .execute();
    expect(inner).toEqual([{ n: 'D' }]);
  });
});
