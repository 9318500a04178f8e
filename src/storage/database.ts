import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationResultSet } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { DB } from './schema.ts';

/** The only module that names the two database engines; everything else sees `Kysely<DB>`. */
export type DatabaseTarget =
  { kind: 'sqlite'; filename: string } | { kind: 'postgres'; connectionString: string };

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseTarget['kind'];
  /** Runs pending migrations; throws with the failing migration's name. */
  migrate(): Promise<string[]>;
  migrateTo(name: string): Promise<string[]>;
  ping(): Promise<void>;
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
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

export function openDatabase(
  target: DatabaseTarget,
  options: { poolSize?: number; onIdleError?: (err: Error) => void } = {},
): Database {
  let db: Kysely<DB>;
  if (target.kind === 'sqlite') {
    if (target.filename !== ':memory:') mkdirSync(dirname(target.filename), { recursive: true });
    const sqlite = new SQLite(target.filename);
    // WAL lets readers proceed during a write; foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  } else {
    const pool = new pg.Pool({ connectionString: target.connectionString, max: options.poolSize ?? 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next checkout.
    pool.on('error', (err) => options.onIdleError?.(err));
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  }

  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const check = (r: MigrationResultSet): string[] => {
    if (r.error) {
      const failed = r.results?.find((x) => x.status === 'Error');
      const why = r.error instanceof Error ? r.error.message : String(r.error);
      throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${why}`);
    }
    return (r.results ?? []).map((x) => x.migrationName);
  };

  return {
    db,
    kind: target.kind,
    migrate: async () => check(await migrator.migrateToLatest()),
    migrateTo: async (name) => check(await migrator.migrateTo(name)),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
