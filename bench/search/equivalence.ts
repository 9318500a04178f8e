/** Proves ArticleWriter.createMany (the corpus's bulk load) writes exactly what ArticleWriter.create writes. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { createContainer, type Container } from '../../src/app.ts';
import type { Clock } from '../../src/services/deps.ts';
import type { DB } from '../../src/storage/schema.ts';
import { BenchError } from '../lib/format.ts';
import { seededUuids } from '../lib/random.ts';
import { sqliteConfig } from './database.ts';
import { ensureSections } from './sections.ts';
import { CorpusGenerator } from './corpus.ts';

/** Articles written both through ArticleWriter.create and through createMany, then compared. */
export const EQUIVALENCE_ARTICLES = 60;

/**
 * Writes the same articles through ArticleWriter.create into one SQLite database and through
 * createMany into another, with the same clock and id sequence, and compares every table
 * row by row (the full-text index included). Returns the tables that differ.
 */
export async function checkEquivalence(
  seed: number,
): Promise<{ tables: number; rows: number; differing: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-check-'));
  const fixedClock: Clock = { now: () => new Date('2025-12-01T09:00:00.000Z') };
  const containers: Container[] = [];
  try {
    const open = async (name: string) => {
      const newId = seededUuids(seed);
      const c = await createContainer(sqliteConfig(join(dir, `${name}.sqlite`)), {
        clock: fixedClock,
        newId,
      });
      containers.push(c);
      await ensureSections(c);
      return { c, newId };
    };
    const writer = await open('writer');
    const batched = await open('batched');
    const genA = new CorpusGenerator(seed);
    const genB = new CorpusGenerator(seed);
    for (let i = 0; i < EQUIVALENCE_ARTICLES; i++) await writer.c.writer.create(genA.next());
    for (let done = 0; done < EQUIVALENCE_ARTICLES; done += 25) {
      const inputs = Array.from({ length: Math.min(25, EQUIVALENCE_ARTICLES - done) }, () => genB.next());
      await batched.c.writer.createMany(inputs);
    }
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and name not like 'kysely_%' and name not like 'sqlite_%' order by name`.execute(
      writer.c.database.db,
    );
    const differing: string[] = [];
    let rows = 0;
    // The FTS5 segment b-tree (article_search_data, _idx) is laid out per transaction, so it differs
    // between one transaction per article and one per batch; its logical content (the documents,
    // their token counts) is compared instead, and FTS5 checks the index against the documents.
    const layout = new Set(['article_search_data', 'article_search_idx']);
    await sql`insert into article_search (article_search) values ('integrity-check')`.execute(
      batched.c.database.db,
    );
    for (const { name } of tables.rows.filter((t) => !layout.has(t.name))) {
      // FTS5 keeps some shadow tables WITHOUT ROWID: those are compared in sorted order.
      const dump = async (db: Kysely<DB>) => {
        try {
          return JSON.stringify(
            (await sql`select rowid as _rowid, * from ${sql.table(name)} order by rowid`.execute(db)).rows,
          );
        } catch {
          const rows = (await sql`select * from ${sql.table(name)}`.execute(db)).rows.map((r) =>
            JSON.stringify(r),
          );
          return `[${rows.sort().join(',')}]`;
        }
      };
      const [x, y] = await Promise.all([dump(writer.c.database.db), dump(batched.c.database.db)]);
      if (x !== y) differing.push(name);
      rows += (JSON.parse(x) as unknown[]).length;
    }
    const articles = await writer.c.store.repos.articles.count();
    if (articles !== EQUIVALENCE_ARTICLES)
      throw new BenchError(`equivalence check wrote ${articles} articles`);
    return { tables: tables.rows.length - layout.size, rows, differing };
  } finally {
    for (const c of containers) await c.close();
    await rm(dir, { recursive: true, force: true });
  }
}
