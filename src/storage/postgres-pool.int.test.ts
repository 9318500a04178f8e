import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  dialects,
  postgresAdminUrl,
  type TestDatabase,
} from '../../test/utils/databases.ts';
import { openDatabase, type Database } from './database.ts';
import { BACKOFF_FIRST_MS, BACKOFF_MAX_MS, isConnectionLoss, Reconnect } from './postgres-pool.ts';
import { ifStarted } from '../../test/utils/if-started.ts';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionLoss', () => {
  it('tells a lost connection from an error in the SQL', () => {
    for (const lost of [
      pgError('57P01', 'terminating connection due to administrator command'),
      pgError('57P02'),
      pgError('08006'),
      pgError('ECONNRESET'),
      pgError('ECONNREFUSED'),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('Query read timeout'),
    ])
      expect(isConnectionLoss(lost), lost.message).toBe(true);
    for (const sqlError of [
      pgError('23505', 'duplicate key value violates unique constraint'),
      pgError('42P01', 'relation does not exist'),
      pgError('08P01', 'bind message supplies 1 parameters'),
      pgError('57014', 'canceling statement due to statement timeout'),
      new Error('no result'),
      'not an error',
    ])
      expect(isConnectionLoss(sqlError), String(sqlError)).toBe(false);
  });
});

describe('Reconnect', () => {
  it('after a failed attempt lets one probe through per back-off, doubling the wait up to the cap', () => {
    let now = 0;
    const lines: string[] = [];
    const log = {
      info: (_: object, m: string) => lines.push(m),
      warn: () => {},
      error: (_: object, m: string) => lines.push(m),
    };
    const r = new Reconnect(log, () => now);
    r.enter(); // healthy: every caller may connect
    r.enter();
    r.failed(new Error('ECONNREFUSED'));
    expect(() => r.enter()).toThrow(expect.objectContaining({ code: 'UNAVAILABLE' }));
    now += BACKOFF_FIRST_MS;
    r.enter(); // the probe
    expect(() => r.enter()).toThrow(expect.objectContaining({ code: 'UNAVAILABLE' })); // one at a time
    r.failed(new Error('ECONNREFUSED'));
    now += BACKOFF_FIRST_MS;
    expect(() => r.enter()).toThrow(expect.objectContaining({ code: 'UNAVAILABLE' })); // now 2× as long
    now += BACKOFF_FIRST_MS;
    r.enter();
    for (let i = 0; i < 10; i++) r.failed(new Error('ECONNREFUSED'));
    now += BACKOFF_MAX_MS - 1;
    expect(() => r.enter()).toThrow(expect.objectContaining({ code: 'UNAVAILABLE' }));
    now += 1;
    r.enter(); // never longer than the cap
    r.succeeded();
    r.enter();
    r.enter();
    expect(r.down).toBe(false);
    // The outage is logged once when it starts and once when it ends.
    expect(lines).toEqual([
      'database unreachable: requests answer 503 and connecting is retried with back-off',
      'database reachable again',
    ]);
  });
});

/** A "database" that accepts connections and never answers: a hung server or a dead link. */
async function blackhole(): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let count = 0;
  const server: Server = createServer((s) => {
    count++;
    sockets.add(s);
    s.on('error', () => {});
    s.on('close', () => sockets.delete(s));
    s.resume();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/nowhere`,
    connections: () => count,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describe('a PostgreSQL database that does not answer', () => {
  let hole: Awaited<ReturnType<typeof blackhole>>;
  let database: Database | undefined;
  beforeAll(async () => {
    hole = await blackhole();
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });
  afterAll(async () => ifStarted(hole)?.close());

  it('refuses a ping within its bound', async () => {
    database = openDatabase({ kind: 'postgres', connectionString: hole.url });
    await expect(database.ping(300)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('answers UNAVAILABLE after the connect timeout, then fails fast while it backs off', async () => {
    database = openDatabase(
      { kind: 'postgres', connectionString: hole.url },
      { timeouts: { connectMs: 300 } },
    );
    const before = hole.connections();
    await expect(sql`select 1`.execute(database.db)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(hole.connections()).toBe(before + 1);
    // Meanwhile requests are refused at once, without another connection attempt.
    await expect(sql`select 1`.execute(database.db)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: 'The database cannot be reached just now; retrying.',
    });
    expect(hole.connections()).toBe(before + 1);
    // After the back-off, many waiting requests send one probe between them.
    await new Promise((r) => setTimeout(r, BACKOFF_FIRST_MS + 50));
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => sql`select 1`.execute(database!.db)));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(hole.connections()).toBe(before + 2);
  });
});

describe.each(dialects)('the database on %s', (dialect) => {
  let tdb: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    database = openDatabase(tdb.target);
    await database.migrate();
  });
  afterAll(async () => {
    await ifStarted(database)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('answers a ping', async () => {
    await expect(database.ping()).resolves.toBeUndefined();
  });
});

/** What only PostgreSQL has: connections that the server can end, and statements it can cancel. */
describe('PostgreSQL connections', () => {
  let tdb: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    tdb = await createTestDatabase('postgres');
    database = openDatabase(tdb.target, { timeouts: { statementMs: 500, queryMs: 2_000 } });
    await database.migrate();
  });
  afterAll(async () => {
    await ifStarted(database)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('answers UNAVAILABLE for a statement over its bound and keeps working', async () => {
    await expect(sql`select pg_sleep(2)`.execute(database.db)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
    expect((await sql<{ n: number }>`select 1 as n`.execute(database.db)).rows).toEqual([{ n: 1 }]);
  });

  it('survives its connections being terminated, idle or inside a transaction, and reconnects', async () => {
    const lost: string[] = [];
    const logged = openDatabase(tdb.target, {
      log: { info: () => {}, warn: (_, m) => lost.push(m), error: (_, m) => lost.push(m) },
    });
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    const terminate = () =>
      admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name = ''`,
        [new URL(tdb.url).pathname.slice(1)],
      );
    try {
      await sql`select 1`.execute(logged.db); // one idle connection in the pool
      await terminate();
      await new Promise((r) => setTimeout(r, 100));
      // Between two statements of a transaction, while the connection is checked out.
      await expect(
        logged.db.transaction().execute(async (trx) => {
          await sql`select 1`.execute(trx);
          await terminate();
          await new Promise((r) => setTimeout(r, 100));
          await sql`select 2`.execute(trx);
        }),
      ).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      expect((await sql<{ n: number }>`select 3 as n`.execute(logged.db)).rows).toEqual([{ n: 3 }]);
      expect(lost).toContain('database connection lost; the pool replaces it');
    } finally {
      await admin.end();
      await logged.close();
    }
  });
});
