/**
 * The corpus's batched writer for PostgreSQL. Written straight to PostgreSQL, one article costs
 * about 14 round trips (slug and tag look-ups, one INSERT per table, the outbox payload's read),
 * and on a busy 2-core machine each round trip waits for the scheduler: about 8 articles/s,
 * hours for 100,000. Here `ArticleWriter.createMany` itself (the writer's validation, slugs,
 * tags, people, revisions, outbox events, in its order, with the caller's ids and clock) runs
 * in process against a staging SQLite file, and each batch's new rows are copied to PostgreSQL
 * in multi-row INSERTs inside one transaction, parents before children; the search rows are
 * written by `PostgresSearchIndex.upsertMany` from the stored articles. The equivalence check
 * (equivalence.ts) proves the result is what `ArticleWriter.create` writes on PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import { createContainer, type Container } from '../../src/app.ts';
import type { NewArticleInput } from '../../src/domain/article.ts';
import type { Clock, IdGenerator } from '../../src/services/deps.ts';
import type { DB } from '../../src/storage/schema.ts';
import { createSearchIndex } from '../../src/storage/search/index.ts';
import { BenchError } from '../lib/format.ts';
import { sqliteConfig } from './database.ts';

/** Tables of the staging database that are not copied: migrations' own and SQLite's full-text index. */
const NOT_COPIED = /^(kysely_|sqlite_|article_search|search_rows$)/;
/** Bounds of one INSERT: PostgreSQL takes at most 65,535 parameters; a few MB of text per statement. */
const MAX_PARAMS = 30_000;
const MAX_BYTES = 4_000_000;

type Row = Record<string, unknown>;

interface CopiedTable {
  name: string;
  /** The staging rowid up to which rows are in PostgreSQL. */
  copied: number;
  /** A table the target held rows in before the load: the writer must not add to it. */
  preset: boolean;
}

const one = (rows: { n: number | string | null }[]): number => Number(rows[0]?.n ?? 0);

/** Parent tables before their children, by the target's foreign keys. */
async function foreignKeyOrder(target: Kysely<DB>, names: string[]): Promise<string[]> {
  const fks = await sql<{ child: string; parent: string }>`
    select ch.relname as child, pa.relname as parent from pg_constraint c
    join pg_class ch on ch.oid = c.conrelid join pg_class pa on pa.oid = c.confrelid
    where c.contype = 'f' and ch.relnamespace = (select oid from pg_namespace where nspname = current_schema())`.execute(
    target,
  );
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string): void => {
    if (order.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const fk of fks.rows) if (fk.child === name && fk.parent !== name) visit(fk.parent);
    if (names.includes(name)) order.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return order;
}

/** Splits rows into INSERTs within the bounds above. */
function chunks(rows: Row[], columns: number): Row[][] {
  const out: Row[][] = [];
  let current: Row[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = JSON.stringify(row).length;
    if (current.length && ((current.length + 1) * columns > MAX_PARAMS || bytes + size > MAX_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}

async function insertRows(trx: Kysely<DB>, table: string, rows: Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  for (const chunk of chunks(rows, columns.length)) {
    const values = chunk.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.id(c)))}) values ${sql.join(values)}`.execute(
      trx,
    );
  }
}

export class StagedWriter {
  private constructor(
    /** The staging container: its writer is the one that decides every row. */
    readonly staging: Container,
    private readonly target: Container,
    private readonly tables: CopiedTable[],
  ) {}

  /**
   * Opens the staging database (a SQLite file that does not exist yet) with the ids and clock the
   * target's writer would use, and notes which of the target's tables already hold rows.
   */
  static async open(
    target: Container,
    stagingFile: string,
    deps: { newId: IdGenerator; clock?: Clock },
  ): Promise<StagedWriter> {
    if (target.database.kind !== 'postgres') throw new BenchError('the staged writer writes to PostgreSQL');
    const staging = await createContainer(sqliteConfig(stagingFile), deps);
    // The staging file's full-text index is never searched, and maintaining it was most of the
    // staging's cost: a plain table takes the writer's index rows instead (same statements).
    await sql`drop table article_search`.execute(staging.database.db);
    await sql`create table article_search (headline text, standfirst text, body text)`.execute(
      staging.database.db,
    );
    const names = (
      await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table' order by name`.execute(staging.database.db)
    ).rows
      .map((r) => r.name)
      .filter((n) => !NOT_COPIED.test(n));
    const tables: CopiedTable[] = [];
    for (const name of await foreignKeyOrder(target.database.db, names)) {
      const held = one(
        (await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(target.database.db))
          .rows,
      );
      const max = one(
        (
          await sql<{ n: number | null }>`select max(rowid) as n from ${sql.table(name)}`.execute(
            staging.database.db,
          )
        ).rows,
      );
      tables.push({ name, preset: held > 0, copied: held > 0 ? max : 0 });
    }
    return new StagedWriter(staging, target, tables);
  }

  /** Writes the articles as `ArticleWriter.createMany` would, into PostgreSQL; returns their ids. */
  async createMany(inputs: readonly NewArticleInput[]): Promise<string[]> {
    const ids = await this.staging.writer.createMany(inputs);
    const src = this.staging.database.db;
    const fresh: { table: CopiedTable; rows: Row[]; last: number }[] = [];
    for (const table of this.tables) {
      const rows = (
        await sql<
          Row & { _rowid: number }
        >`select rowid as _rowid, * from ${sql.table(table.name)} where rowid > ${table.copied} order by rowid`.execute(
          src,
        )
      ).rows;
      const last = rows.at(-1)?._rowid;
      if (last === undefined) continue;
      if (table.preset)
        throw new BenchError(`the writer added rows to ${table.name}, which the target already held`);
      fresh.push({ table, rows: rows.map(({ _rowid: _, ...r }) => r), last });
    }
    const docs = (
      await sql<{
        id: string;
        language: string;
        headline: string;
        standfirst: string | null;
        body_text: string;
      }>`
        select a.id, a.language, a.headline, a.standfirst, a.body_text from json_each(${JSON.stringify(ids)}) j
        join articles a on a.id = j.value order by j.key`.execute(src)
    ).rows.map((a) => ({
      articleId: a.id,
      language: a.language,
      headline: a.headline,
      standfirst: a.standfirst,
      body: a.body_text,
    }));
    await this.target.database.db.transaction().execute(async (trx) => {
      for (const f of fresh) await insertRows(trx, f.table.name, f.rows);
      await createSearchIndex('postgres', trx).upsertMany(docs);
    });
    for (const f of fresh) f.table.copied = f.last;
    return ids;
  }

  async close(): Promise<void> {
    await this.staging.close();
  }
}
