/**
 * Search benchmark: full-text search latency on a generated corpus (100,000 articles by default,
 * English with ~15 % Russian and ~15 % Azerbaijani), beside a baseline measured in the same run —
 * a plain indexed lookup of one article by id — and the time to build the largest feed.
 * Figures are printed and saved, never asserted. See bench/README.md.
 *
 *   npm run bench:search                           # 100,000 articles, temporary SQLite file
 *   BENCH_ARTICLES=20000 npm run bench:search
 *   DATABASE_URL=postgres://… npm run bench:search # an empty, throwaway PostgreSQL database
 *
 * The pieces live in bench/search/: the corpus (vocabulary, corpus, sections, equivalence), the
 * query mix, the database checks, the measured steps and the output.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from '../src/storage/schema.ts';
import { createContainer, type Container } from '../src/app.ts';
import type { NewArticleInput } from '../src/domain/article.ts';
import { parseDatabaseUrl, type DatabaseConfig } from '../src/config/config.ts';
import { tempDir, type TempDir } from './lib/bench-app.ts';
import { BenchError, fixed, intFromEnv, ms, round3 } from './lib/format.ts';
import { machine, printMachine } from './lib/machine.ts';
import { seededUuids } from './lib/random.ts';
import { ensureSections } from './search/sections.ts';
import { CorpusGenerator } from './search/corpus.ts';
import {
  databaseBytes,
  fileSize,
  requireEmptyPostgres,
  sqliteConfig,
  withStatementTimeout,
} from './search/database.ts';
import { checkEquivalence, EQUIVALENCE_ARTICLES } from './search/equivalence.ts';
import { checkPostgresEquivalence } from './search/equivalence-postgres.ts';
import { StagedWriter } from './search/staged-writer.ts';
import {
  buildCorpus,
  measureFeeds,
  measureLookups,
  measureSearch,
  measureWriter,
  WARMUP_QUERIES,
  WRITER_RUNS,
  type Checkpoint,
} from './search/measure.ts';
import { printFeed, printSearch } from './search/output.ts';
import { saveResults } from './lib/results.ts';
import { QUERY_MIX, selectedKinds } from './search/queries.ts';
import { cloneCorpus } from './search/clone.ts';

interface Settings {
  /** BENCH_REUSE=1: measure a corpus an earlier run left in DATABASE_URL, without building one. */
  reuse: boolean;
  /** With BENCH_REUSE=1: copies of the corpus are added until it holds this many (bench/search/clone.ts). */
  cloneTo: number;
  articleCount: number;
  queryCount: number;
  batchSize: number;
  seed: number;
  timeoutMinutes: number;
}

function settings(): Settings {
  return {
    reuse: process.env.BENCH_REUSE === '1',
    cloneTo: intFromEnv('BENCH_CLONE_TO', 0, 0, 2_000_000),
    articleCount: intFromEnv('BENCH_ARTICLES', 100_000, 1000, 2_000_000),
    queryCount: intFromEnv('BENCH_QUERIES', 600, 300, 100_000),
    batchSize: intFromEnv('BENCH_BATCH', 1000, 1, 10_000),
    seed: intFromEnv('BENCH_SEED', 20251201, 0, 2 ** 31 - 1),
    timeoutMinutes: intFromEnv('BENCH_TIMEOUT_MINUTES', 60, 1, 24 * 60),
  };
}

/** DATABASE_URL (an empty PostgreSQL database, or a SQLite file not there yet), else a temporary file. */
async function resolveDatabase(
  reuse: boolean,
): Promise<{ database: DatabaseConfig; dir?: TempDir; fromEnv: boolean }> {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (reuse) {
    if (!databaseUrl)
      throw new BenchError('BENCH_REUSE=1 needs DATABASE_URL: the database an earlier run built');
    const database = parseDatabaseUrl(databaseUrl);
    if (database.kind === 'postgres')
      return {
        database: { kind: 'postgres', connectionString: withStatementTimeout(database.connectionString) },
        fromEnv: true,
      };
    if (database.filename === ':memory:' || (await fileSize(database.filename)) === 0)
      throw new BenchError(`BENCH_REUSE=1: no corpus in ${database.filename}`);
    return { database, fromEnv: true };
  }
  if (!databaseUrl) {
    const dir = await tempDir('search');
    return { database: { kind: 'sqlite', filename: join(dir.path, 'bench.sqlite') }, dir, fromEnv: false };
  }
  const database = parseDatabaseUrl(databaseUrl);
  if (database.kind === 'postgres') {
    await requireEmptyPostgres(database.connectionString);
    return {
      database: { kind: 'postgres', connectionString: withStatementTimeout(database.connectionString) },
      fromEnv: true,
    };
  }
  if (database.filename === ':memory:' || (await fileSize(database.filename)) > 0)
    throw new BenchError('DATABASE_URL: give a PostgreSQL URL, or a SQLite file that does not exist yet');
  return { database, fromEnv: true };
}

/**
 * A checkpoint that stops on Ctrl-C or once the time budget is spent, and a watchdog that exits
 * if a step overruns the budget by far (SQLite statements cannot be stopped).
 */
function timeBudget(minutes: number, onWatchdog: () => void): { checkpoint: Checkpoint; stop(): void } {
  let interrupted = false;
  const deadline = performance.now() + minutes * 60_000;
  const onSigint = (): void => {
    interrupted = true;
    console.log('\ninterrupted: stopping after the current step and cleaning up');
  };
  process.on('SIGINT', onSigint);
  const watchdog = setTimeout(
    () => {
      console.log(`watchdog: still running ${minutes} min + 2 min after the start; exiting`);
      onWatchdog();
      process.exit(1);
    },
    minutes * 60_000 + 120_000,
  );
  watchdog.unref();
  return {
    checkpoint: async (step) => {
      // better-sqlite3 answers synchronously, so a loop of queries never returns to the event loop
      // by itself; yielding here lets Ctrl-C and the watchdog be seen.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (interrupted) throw new BenchError('interrupted');
      if (performance.now() > deadline)
        throw new BenchError(`time budget of ${minutes} min (BENCH_TIMEOUT_MINUTES) spent during ${step}`);
    },
    stop: () => {
      clearTimeout(watchdog);
      process.off('SIGINT', onSigint);
    },
  };
}

/** The corpus as built: counts per language, words, build speed and database size. */
async function corpusFigures(
  c: Container,
  database: DatabaseConfig,
  built: { byLanguage: Record<string, number>; buildSeconds: number },
  s: Settings,
  words: number,
) {
  let analyzeSeconds = 0;
  if (database.kind === 'postgres') {
    // What autovacuum does shortly after a bulk load (inserts trigger it since PostgreSQL 13); the
    // steady state is what is measured. VACUUM, not only ANALYZE: until the visibility map is set,
    // a walk of the covering index reads every article's heap page (20,000 articles: a phrase's
    // window query 174 ms with ANALYZE alone, 66 ms after VACUUM ANALYZE).
    const t = performance.now();
    await sql`vacuum analyze`.execute(c.database.db);
    analyzeSeconds = (performance.now() - t) / 1000;
  }
  const published: Record<string, number> = {};
  for (const language of ['en', 'ru', 'az'])
    published[language] = await c.store.repos.listings.countPublished({ language });
  const corpus = {
    articles: s.articleCount,
    byLanguage: built.byLanguage,
    published,
    bodyWords: words,
    meanBodyWords: Math.round(words / s.articleCount),
    buildSeconds: round3(built.buildSeconds),
    articlesPerSecond: Math.round(s.articleCount / built.buildSeconds),
    analyzeSeconds: round3(analyzeSeconds),
    databaseBytes: await databaseBytes(c, database),
  };
  const languages = Object.entries(built.byLanguage)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  console.log(
    `corpus      built in ${fixed(built.buildSeconds, 1)} s (${corpus.articlesPerSecond} articles/s); ` +
      `${languages}; ${corpus.meanBodyWords} body words on average; database ${fixed(corpus.databaseBytes / 1e6, 0)} MB` +
      (analyzeSeconds ? `; VACUUM ANALYZE ${fixed(analyzeSeconds, 1)} s` : ''),
  );
  return corpus;
}

/** The corpus's bulk load must write what writer.create writes, or the corpus is not what the site would hold. */
async function equivalence(seed: number, database: DatabaseConfig) {
  const report = (what: string, eq: { tables: number; rows: number; differing: string[] }, extra: string) => {
    console.log(
      `equivalence ${EQUIVALENCE_ARTICLES} articles via writer.create vs ${what}: ` +
        (eq.differing.length
          ? `DIFFERENT in ${eq.differing.join(', ')}`
          : `identical rows in ${eq.tables} tables (${eq.rows} rows)${extra}`),
    );
    if (eq.differing.length)
      throw new BenchError(`batched writes differ from ArticleWriter.create in: ${eq.differing.join(', ')}`);
  };
  const eq = await checkEquivalence(seed);
  report('writer.createMany (SQLite)', eq, ', FTS5 integrity-check passed');
  if (database.kind !== 'postgres') return { sqlite: eq };
  const pgEq = await checkPostgresEquivalence(seed, database.connectionString);
  report('the staged writer (PostgreSQL)', pgEq, ', tsvector documents included');
  return { sqlite: eq, postgres: pgEq };
}

/**
 * The target's container and how the corpus is written to it: on SQLite `writer.createMany`, on
 * PostgreSQL the staged writer (its ids come from the staging side, so the target's own writer
 * gets another sequence).
 */
async function openTarget(database: DatabaseConfig, seed: number, dir: string) {
  const staged = database.kind === 'postgres';
  const c = await createContainer(
    { ...sqliteConfig(''), database },
    { newId: seededUuids(seed + (staged ? 4 : 1)) },
  );
  const existing = await c.store.repos.articles.count();
  if (existing > 0) {
    await c.close();
    throw new BenchError(`refusing to use a database that already holds ${existing} articles`);
  }
  if (!staged) {
    await ensureSections(c);
    return { c, write: (inputs: NewArticleInput[]) => c.writer.createMany(inputs), close: async () => {} };
  }
  const writer = await StagedWriter.open(c, join(dir, 'staging.sqlite'), { newId: seededUuids(seed + 1) });
  await ensureSections(writer.staging);
  return { c, write: (inputs: NewArticleInput[]) => writer.createMany(inputs), close: () => writer.close() };
}

/**
 * BENCH_REUSE=1: search, baseline and feed on the corpus already in the database (new migrations
 * applied by opening it), nothing written, so runs before and after a change read the same rows.
 */
async function measureReused(
  c: Container,
  database: DatabaseConfig,
  s: Settings,
  checkpoint: Checkpoint,
): Promise<number> {
  // PostgreSQL: a connection of its own, without the app's statement and read limits (30–35 s):
  // copying tens of thousands of documents into the GIN index, and VACUUM, take minutes on a busy machine.
  const own =
    database.kind === 'postgres'
      ? new Kysely<DB>({
          dialect: new PostgresDialect({
            pool: new pg.Pool({ connectionString: database.connectionString, max: 1 }),
          }),
        })
      : undefined;
  try {
    if (s.cloneTo > 0) {
      const t = performance.now();
      const added = await cloneCorpus(own ?? c.database.db, s.cloneTo, database.kind === 'sqlite');
      if (added)
        console.log(`clone       ${added} articles copied in ${fixed((performance.now() - t) / 1000, 1)} s`);
    }
    // A migration may have added an index, or copies were added, since the last statistics: as autovacuum would.
    if (own) await sql`vacuum analyze`.execute(own);
  } finally {
    await own?.destroy();
  }
  const rows = await sql<{ id: string }>`select id from articles`.execute(c.database.db);
  const ids = rows.rows.map((r) => r.id);
  if (ids.length === 0) throw new BenchError('BENCH_REUSE=1: the database holds no articles');
  const copies = ids.filter((id) => id.startsWith('k')).length;
  console.log(
    `corpus      reused: ${ids.length} articles already in the database` +
      (copies ? ` (${copies} of them copies of the others, see bench/search/clone.ts)` : ''),
  );
  const search = await measureSearch(c, s.seed, s.queryCount, checkpoint, selectedKinds());
  const baseline = await measureLookups(c, ids, s.seed, s.queryCount, checkpoint);
  printSearch(search.rows, baseline, search.seconds);
  return 0;
}

async function main(): Promise<number> {
  const s = settings();
  const startedAt = new Date();
  const environment = machine(startedAt);
  let dir: TempDir | undefined;
  let container: Container | undefined;
  const budget = timeBudget(s.timeoutMinutes, () => {
    if (dir) rmSync(dir.path, { recursive: true, force: true });
  });
  try {
    const resolved = await resolveDatabase(s.reuse);
    dir = resolved.dir;
    const { database } = resolved;
    printMachine('Newsdesk search benchmark', environment);
    console.log(`database    ${database.kind}${resolved.fromEnv ? ' (DATABASE_URL)' : ' (temporary file)'}`);
    console.log(
      `settings    ${s.articleCount} articles, ${s.batchSize} per transaction, ${s.queryCount} queries ` +
        `after ${WARMUP_QUERIES} warm-up, seed ${s.seed}, time budget ${s.timeoutMinutes} min`,
    );
    if (s.reuse) {
      container = await createContainer({ ...sqliteConfig(''), database });
      return await measureReused(container, database, s, budget.checkpoint);
    }
    const eq = await equivalence(s.seed, database);
    await budget.checkpoint('the equivalence check');

    dir ??= await tempDir('search');
    const target = await openTarget(database, s.seed, dir.path);
    container = target.c;
    const c = container;
    const gen = new CorpusGenerator(s.seed);
    let built;
    try {
      built = await buildCorpus(c, target.write, gen, s.articleCount, s.batchSize, budget.checkpoint);
    } finally {
      await target.close();
    }
    const corpus = await corpusFigures(c, database, built, s, gen.wordsGenerated);
    const search = await measureSearch(c, s.seed, s.queryCount, budget.checkpoint, selectedKinds());
    const baseline = await measureLookups(c, built.ids, s.seed, s.queryCount, budget.checkpoint);
    const feed = await measureFeeds(c, budget.checkpoint);
    const writer = await measureWriter(c, gen, budget.checkpoint);

    printSearch(search.rows, baseline, search.seconds);
    printFeed(feed);
    console.log(
      `\nwriter.create on the full corpus (${WRITER_RUNS} single articles): p50 ${ms(writer.p50)} ms, max ${ms(writer.max)} ms`,
    );
    const file = await saveResults('search', startedAt, {
      benchmark: 'search',
      environment,
      settings: {
        articles: s.articleCount,
        queries: s.queryCount,
        warmupQueries: WARMUP_QUERIES,
        batchSize: s.batchSize,
        seed: s.seed,
        timeoutMinutes: s.timeoutMinutes,
        database: database.kind,
        databaseFromEnv: resolved.fromEnv,
      },
      equivalence: { articles: EQUIVALENCE_ARTICLES, ...eq },
      corpus,
      queryMix: QUERY_MIX,
      search: search.rows,
      baseline: { operation: 'store.repos.articles.findById(random id)', latencyMs: baseline },
      feed,
      writerCreate: { runs: WRITER_RUNS, latencyMs: writer },
      notes: [
        database.kind === 'sqlite'
          ? 'SQLite index rows are written with SqliteSearchIndex.upsert; the equivalence check verifies identical rows'
          : 'PostgreSQL rows are written by the staged writer (ArticleWriter.createMany on a staging SQLite file, ' +
            'rows copied in multi-row INSERTs, index rows by PostgresSearchIndex.upsertMany); the equivalence check verifies identical rows',
        'feed models are built by feedModel() of src/site/feed-model.tsx, the function the feed route uses',
      ],
      ok: true,
    });
    console.log(`\nresults     ${file}`);
    return 0;
  } finally {
    budget.stop();
    if (container) {
      try {
        await container.close();
      } catch (e) {
        console.log(`cleanup: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (dir) await dir.remove();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const detail =
      e instanceof BenchError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
    console.log(`benchmark failed: ${detail}`);
    process.exitCode = 1;
  },
);
