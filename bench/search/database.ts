/** The database the search benchmark runs against: refused unless empty and throwaway. */
import { stat } from 'node:fs/promises';
import { sql } from 'kysely';
import pg from 'pg';
import type { Container } from '../../src/app.ts';
import type { Config, DatabaseConfig } from '../../src/config/config.ts';
import { BenchError } from '../lib/format.ts';

/** Per-statement limit sent to PostgreSQL (SQLite statements cannot be interrupted). */
const PG_STATEMENT_TIMEOUT_MS = 300_000;

/** PostgreSQL must be empty: no tables, or Newsdesk's tables without articles. */
export async function requireEmptyPostgres(connectionString: string): Promise<void> {
  const name = decodeURIComponent(new URL(connectionString).pathname.replace(/^\//, ''));
  if (name === '' || name === 'postgres' || name.startsWith('template')) {
    throw new BenchError(
      `refusing to use the database "${name || '(default)'}": create an empty, throwaway database for the benchmark`,
    );
  }
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const t = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    const names = new Set(t.rows.map((r) => r.table_name));
    if (names.size === 0) return;
    if (!names.has('kysely_migration') || !names.has('articles')) {
      throw new BenchError(
        `refusing to use a database that holds ${names.size} tables and is not a Newsdesk database: ` +
          'point DATABASE_URL at an empty, throwaway database',
      );
    }
    const n = await client.query<{ n: string }>('select count(*) as n from articles');
    const count = Number(n.rows[0]?.n ?? 0);
    if (count > 0) {
      throw new BenchError(
        `refusing to use a database that already holds ${count} articles: ` +
          'point DATABASE_URL at an empty, throwaway database (the benchmark adds its own corpus)',
      );
    }
  } finally {
    await client.end();
  }
}

/** Adds a per-statement time limit to a PostgreSQL URL unless it already sets server options. */
export function withStatementTimeout(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('options'))
    u.searchParams.set('options', `-c statement_timeout=${PG_STATEMENT_TIMEOUT_MS}`);
  return u.toString();
}

export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

export async function databaseBytes(c: Container, database: DatabaseConfig): Promise<number> {
  if (database.kind === 'sqlite') {
    const f = database.filename;
    return (await fileSize(f)) + (await fileSize(`${f}-wal`));
  }
  const r = await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(c.database.db);
  return Number(r.rows[0]?.n ?? 0);
}

/** The app's configuration around a database, quiet (the benchmark's containers). */
export const sqliteConfig = (filename: string): Config => ({
  port: 0,
  host: '127.0.0.1',
  database: { kind: 'sqlite', filename },
  site: { baseUrl: 'http://news.bench', timeZone: 'Asia/Baku' },
  demo: false,
  logLevel: 'silent',
  trustProxy: false,
});
