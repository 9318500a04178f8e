/**
 * Proves the staged writer (staged-writer.ts, the PostgreSQL corpus's bulk load) writes exactly
 * what ArticleWriter.create writes on PostgreSQL: the same articles go through `create` into one
 * temporary database and through the staged writer into another, with the same clock and id
 * sequence, and every table is compared row by row, the tsvector documents included.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { createContainer, type Container } from '../../src/app.ts';
import type { Clock } from '../../src/services/deps.ts';
import type { DB } from '../../src/storage/schema.ts';
import { BenchError } from '../lib/format.ts';
import { seededUuids } from '../lib/random.ts';
import { CorpusGenerator } from './corpus.ts';
import { sqliteConfig } from './database.ts';
import { EQUIVALENCE_ARTICLES } from './equivalence.ts';
import { ensureSections } from './sections.ts';
import { StagedWriter } from './staged-writer.ts';

/** Every row of a table as JSON text, sorted: PostgreSQL has no rowid to order by. */
async function dump(db: Kysely<DB>, table: string): Promise<string[]> {
  const r = await sql<{
    j: string;
  }>`select to_jsonb(t)::text as j from ${sql.table(table)} t order by 1`.execute(db);
  return r.rows.map((x) => x.j);
}

/** Two scratch databases beside `connectionString`'s, dropped by `drop()`. */
async function scratchDatabases(connectionString: string) {
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  const suffix = randomBytes(4).toString('hex');
  const names = [`newsdesk_eq_create_${suffix}`, `newsdesk_eq_staged_${suffix}`] as const;
  try {
    for (const name of names) await admin.query(`create database ${name}`);
  } catch (e) {
    await admin.end();
    throw new BenchError(
      `the PostgreSQL equivalence check needs to create scratch databases: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const url = (name: string) => {
    const u = new URL(connectionString);
    u.pathname = `/${name}`;
    return u.toString();
  };
  return {
    urls: names.map(url),
    drop: async () => {
      try {
        for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

export async function checkPostgresEquivalence(
  seed: number,
  connectionString: string,
): Promise<{ tables: number; rows: number; differing: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-check-pg-'));
  const scratch = await scratchDatabases(connectionString);
  const fixedClock: Clock = { now: () => new Date('2025-12-01T09:00:00.000Z') };
  const containers: Container[] = [];
  let staged: StagedWriter | undefined;
  try {
    const open = async (url: string) => {
      const c = await createContainer(
        { ...sqliteConfig(''), database: { kind: 'postgres', connectionString: url } },
        { clock: fixedClock, newId: seededUuids(seed) },
      );
      containers.push(c);
      return c;
    };
    const [createUrl, stagedUrl] = scratch.urls;
    if (!createUrl || !stagedUrl) throw new BenchError('scratch databases missing');
    const direct = await open(createUrl);
    await ensureSections(direct);
    const genA = new CorpusGenerator(seed);
    for (let i = 0; i < EQUIVALENCE_ARTICLES; i++) await direct.writer.create(genA.next());

    const target = await open(stagedUrl);
    staged = await StagedWriter.open(target, join(dir, 'staging.sqlite'), {
      clock: fixedClock,
      newId: seededUuids(seed),
    });
    await ensureSections(staged.staging);
    const genB = new CorpusGenerator(seed);
    for (let done = 0; done < EQUIVALENCE_ARTICLES; done += 25) {
      const inputs = Array.from({ length: Math.min(25, EQUIVALENCE_ARTICLES - done) }, () => genB.next());
      await staged.createMany(inputs);
    }
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
      order by table_name`.execute(direct.database.db);
    const differing: string[] = [];
    let rows = 0;
    for (const { name } of tables.rows) {
      const [x, y] = await Promise.all([dump(direct.database.db, name), dump(target.database.db, name)]);
      if (JSON.stringify(x) !== JSON.stringify(y)) differing.push(name);
      rows += x.length;
    }
    const articles = await direct.store.repos.articles.count();
    if (articles !== EQUIVALENCE_ARTICLES)
      throw new BenchError(`equivalence check wrote ${articles} articles`);
    return { tables: tables.rows.length, rows, differing };
  } finally {
    await staged?.close();
    for (const c of containers) await c.close();
    await scratch.drop();
    await rm(dir, { recursive: true, force: true });
  }
}
