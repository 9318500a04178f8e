import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, type KyselyConfig, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations/index.ts';
import {
  createResilientPool,
  defaultPostgresTimeouts,
  listenForErrors,
  loadPg,
  type DatabaseLog,
  type PostgresTimeouts,
} from './postgres-pool.ts';
import type { DB } from './schema.ts';
import { LiteralLimitSqliteDialect } from './sqlite-dialect.ts';
import { asError } from '../lib/as-error.ts';

export { defaultPostgresTimeouts, type DatabaseLog, type PostgresTimeouts } from './postgres-pool.ts';

/** The only module that names the two database engines; everything else sees `Kysely<DB>`. */
export type DatabaseTarget =
  { kind: 'sqlite'; filename: string } | { kind: 'postgres'; connectionString: string };

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseTarget['kind'];
  /** Runs pending migrations; throws with the failing migration's name. */
  migrate(): Promise<string[]>;
  migrateTo(name: string): Promise<string[]>;
  /** `select 1`, refused within `timeoutMs` (default 1 s) when the database does not answer. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Kysely prepares every query afresh; preparing costs as much as running a small query in
 * SQLite. Prepared statements are reusable, so keep the most recent ones by their SQL text.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SQLite.Statement {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = sqlite.prepare(sql);
        const oldest = cache.keys().next();
        if (cache.size >= size && !oldest.done) cache.delete(oldest.value);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

export interface DatabaseOptions {
  poolSize?: number;
  /** PostgreSQL only: bounds on connecting, statements and idle sessions (defaults in postgres-pool.ts). */
  timeouts?: Partial<PostgresTimeouts>;
  /** Where lost connections and an unreachable database are reported (the server's logger). */
  log?: DatabaseLog;
  /** Hears of every query run (benchmarks and tests count queries per request, and print them). */
  onQuery?: (query: QueryHeard) => void;
}

/** A query as `onQuery` hears it: its SQL text, its parameters and how long the database took. */
export interface QueryHeard {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}

/** Kysely's log hook, only when someone listens (it costs a call per query). */
function queryLog(options: DatabaseOptions): Pick<KyselyConfig, 'log'> {
  const { onQuery } = options;
  if (!onQuery) return {};
  return {
    log: (event) => {
      if (event.level === 'query')
        onQuery({ sql: event.query.sql, parameters: event.query.parameters, ms: event.queryDurationMillis });
    },
  };
}

export function openDatabase(target: DatabaseTarget, options: DatabaseOptions = {}): Database {
  let db: Kysely<DB>;
  let ping: (timeoutMs: number) => Promise<void>;
  let migrationDb: () => { db: Kysely<DB>; done(): Promise<void> };
  if (target.kind === 'sqlite') {
    if (target.filename !== ':memory:') mkdirSync(dirname(target.filename), { recursive: true });
    const sqlite = new SQLite(target.filename);
    // WAL lets readers proceed during a write; foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // SQLite's own lower() folds ASCII only; PostgreSQL's folds every script. Ours does too, so a
    // search for "дипло" finds "Дипломатия" on both databases.
    sqlite.function('lower', { deterministic: true }, (s: unknown) =>
      typeof s === 'string' ? s.toLowerCase() : s,
    );
    const sqliteDb = new Kysely<DB>({
      dialect: new LiteralLimitSqliteDialect({ database: withStatementCache(sqlite) }),
      ...queryLog(options),
    });
    db = sqliteDb;
    ping = async () => {
      await sql`select 1`.execute(sqliteDb);
    };
    migrationDb = () => ({ db: sqliteDb, done: async () => {} });
  } else {
    const pool = createResilientPool(target.connectionString, options);
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool.kysely }), ...queryLog(options) });
    ping = pool.ping;
    // Migrations may rewrite large tables: a connection of their own, without the statement bounds.
    migrationDb = () => {
      const own = new Kysely<DB>({
        dialect: new PostgresDialect({
          pool: listenForErrors(
            new (loadPg().Pool)({
              connectionString: target.connectionString,
              max: 1,
              connectionTimeoutMillis: options.timeouts?.connectMs ?? defaultPostgresTimeouts.connectMs,
            }),
            options.log,
            'migrations',
          ),
        }),
      });
      return { db: own, done: () => own.destroy() };
    };
  }

  const check = (r: MigrationResultSet): string[] => {
    if (r.error) {
      const failed = r.results?.find((x) => x.status === 'Error');
      const why = asError(r.error).message;
      throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${why}`);
    }
    return (r.results ?? []).map((x) => x.migrationName);
  };
  const migrate = async (run: (m: Migrator) => Promise<MigrationResultSet>): Promise<string[]> => {
    const m = migrationDb();
    try {
      return check(
        await run(new Migrator({ db: m.db, provider: { getMigrations: () => Promise.resolve(migrations) } })),
      );
    } finally {
      await m.done();
    }
  };

  // Kysely's migrator takes a lock and reads its tables in several statements; a start on a
  // current schema needs one query to know there is nothing to do.
  const current = async (): Promise<boolean> => {
    try {
      const r = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
      const applied = new Set(r.rows.map((row) => row.name));
      const known = Object.keys(migrations);
      return applied.size === known.length && known.every((name) => applied.has(name));
    } catch {
      // No migration table yet: a new database.
      return false;
    }
  };

  return {
    db,
    kind: target.kind,
    migrate: async () => ((await current()) ? [] : migrate((m) => m.migrateToLatest())),
    migrateTo: (name) => migrate((m) => m.migrateTo(name)),
    ping: (timeoutMs = 1_000) => ping(timeoutMs),
    close: () => db.destroy(),
  };
}
