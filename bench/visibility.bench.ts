/**
 * Publish → visible on every instance (issue 14 §5): two app instances on one database (a
 * throwaway PostgreSQL database, or one SQLite file) sharing Redis, background jobs on, page cache
 * on. Each run publishes an article through the writer on instance A and polls the front page of
 * A and of B until the headline shows; the time from the publish call to the headline on B is
 * the figure (median and max over the runs). Figures are printed and saved, never asserted.
 *
 *   npm run bench:visibility
 *   BENCH_RUNS=9 BENCH_DATABASE=sqlite npm run bench:visibility
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { buildApp, type App } from '../src/app.ts';
import type { DatabaseConfig } from '../src/config/config.ts';
import { paragraph } from '../src/domain/body.ts';
import { benchConfig, HOST, tempDir, type TempDir } from './lib/bench-app.ts';
import { BenchError, fixed, intFromEnv, stats } from './lib/format.ts';
import { machine, printMachine } from './lib/machine.ts';
import { saveResults } from './lib/results.ts';

const POLL_MS = 10;
/** A headline not on B's front page this long after the publish is a failed run. */
const RUN_TIMEOUT_MS = 15_000;
const FRONT = '/en/';
const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Instance {
  name: string;
  app: App;
  origin: string;
}

interface Throwaway {
  database: DatabaseConfig;
  drop(): Promise<void>;
}

/** An empty database both instances share: a new PostgreSQL database, or a SQLite file in `dir`. */
async function throwawayDatabase(dir: string): Promise<Throwaway> {
  if (process.env.BENCH_DATABASE === 'sqlite') {
    return { database: { kind: 'sqlite', filename: join(dir, 'shared.sqlite') }, drop: async () => {} };
  }
  const name = `newsdesk_bench_vis_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', connectionString: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: postgresAdminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

async function startInstance(
  name: string,
  database: DatabaseConfig,
  dir: string,
  prefix: string,
): Promise<Instance> {
  const config = benchConfig(database, {
    site: {},
    // A loads the demo; B finds its marker in the shared database and loads nothing.
    demo: true,
    cachePurgeUrl: null,
    media: { dir: join(dir, 'media'), maxBytes: 10 * 1024 * 1024 },
    redis: { url: redisUrl, prefix },
    pageCache: { maxBytes: 64 * 1024 * 1024, maxAgeMs: 60_000 },
  });
  const app = await buildApp(config, { logger: false, jobs: true });
  await app.server.listen({ port: 0, host: HOST });
  const address = app.server.server.address();
  if (!address || typeof address === 'string') throw new BenchError(`unexpected address ${String(address)}`);
  return { name, app, origin: `http://${HOST}:${String(address.port)}` };
}

async function front(i: Instance): Promise<{ body: string; xCache: string | null }> {
  const res = await fetch(`${i.origin}${FRONT}`, { signal: AbortSignal.timeout(10_000) });
  const body = await res.text();
  if (res.status !== 200) throw new BenchError(`${i.name} ${FRONT} answered ${String(res.status)}`);
  return { body, xCache: res.headers.get('x-cache') };
}

/** Fetches the front page until it answers from the cache: the state a publish must get past. */
async function warm(i: Instance): Promise<void> {
  for (let n = 0; n < 20; n++) if ((await front(i)).xCache === 'hit') return;
  throw new BenchError(`${i.name}: the front page never answered X-Cache: hit`);
}

/** Milliseconds from `t0` until the headline is on the instance's front page. */
async function until(i: Instance, headline: string, t0: number): Promise<number> {
  for (;;) {
    if ((await front(i)).body.includes(headline)) return performance.now() - t0;
    if (performance.now() - t0 > RUN_TIMEOUT_MS)
      throw new BenchError(`${i.name}: "${headline}" not on ${FRONT} after ${String(RUN_TIMEOUT_MS)} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

interface RunFigures {
  run: number;
  writeMs: number;
  visibleOnAMs: number;
  visibleOnBMs: number;
}

async function publishAndWatch(a: Instance, b: Instance, run: number): Promise<RunFigures> {
  await Promise.all([warm(a), warm(b)]);
  // Letters and digits only: the headline reads the same in the HTML as it was written.
  const headline = `Visibility check ${String(run)} ${randomBytes(4).toString('hex')}`;
  const t0 = performance.now();
  const watchB = until(b, headline, t0);
  const watchA = until(a, headline, t0);
  await a.app.container.writer.create({
    language: 'en',
    headline,
    sectionSlug: 'world',
    body: [paragraph('Published by the visibility benchmark.')],
    status: 'published',
  });
  const writeMs = performance.now() - t0;
  const [visibleOnAMs, visibleOnBMs] = await Promise.all([watchA, watchB]);
  return { run, writeMs, visibleOnAMs, visibleOnBMs };
}

/** Keys the instances wrote under this run's prefix (counters), removed at the end. */
async function dropRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<number> {
  const runs = intFromEnv('BENCH_RUNS', 5, 1, 50);
  const startedAt = new Date();
  const environment = machine(startedAt);
  const prefix = `bench-vis-${randomBytes(4).toString('hex')}:`;
  let dir: TempDir | undefined;
  let db: Throwaway | undefined;
  const instances: Instance[] = [];
  try {
    dir = await tempDir('visibility');
    db = await throwawayDatabase(dir.path);
    printMachine('Newsdesk publish → visible benchmark', environment);
    console.log(`database    ${db.database.kind} (throwaway), Redis ${redisUrl} (prefix ${prefix})`);
    console.log(
      `instances   A and B, jobs on, page cache on; ${String(runs)} runs, polling every ${String(POLL_MS)} ms`,
    );
    const a = await startInstance('A', db.database, dir.path, prefix);
    instances.push(a);
    const b = await startInstance('B', db.database, dir.path, prefix);
    instances.push(b);
    const figures: RunFigures[] = [];
    for (let run = 1; run <= runs; run++) {
      const f = await publishAndWatch(a, b, run);
      figures.push(f);
      console.log(
        `run ${String(run).padStart(2)}      write ${fixed(f.writeMs, 0)} ms, on A ${fixed(f.visibleOnAMs, 0)} ms, on B ${fixed(f.visibleOnBMs, 0)} ms`,
      );
    }
    const onB = stats(figures.map((f) => f.visibleOnBMs));
    const onA = stats(figures.map((f) => f.visibleOnAMs));
    console.log(
      `\npublish → visible on B: median ${fixed(onB.p50, 0)} ms, max ${fixed(onB.max, 0)} ms (target ≤ 1000 ms)`,
    );
    const afterWrite = stats(figures.map((f) => f.visibleOnBMs - f.writeMs));
    console.log(
      `after the write returned, on B: median ${fixed(afterWrite.p50, 0)} ms, max ${fixed(afterWrite.max, 0)} ms`,
    );
    console.log(`publish → visible on A: median ${fixed(onA.p50, 0)} ms, max ${fixed(onA.max, 0)} ms`);
    console.log(
      `load avg    ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (1, 5, 15 min) at the end`,
    );
    const file = await saveResults('visibility', startedAt, {
      benchmark: 'visibility',
      environment,
      settings: { runs, pollMs: POLL_MS, database: db.database.kind, redis: redisUrl },
      runs: figures,
      visibleOnB: onB,
      visibleOnA: onA,
      visibleOnBAfterWrite: afterWrite,
    });
    console.log(`\nresults     ${file}`);
    return 0;
  } finally {
    const closed = await Promise.allSettled(instances.map((i) => i.app.close()));
    const cleaned = await Promise.allSettled([db?.drop(), dropRedisKeys(prefix)]);
    await dir?.remove();
    for (const o of [...closed, ...cleaned]) {
      if (o.status === 'rejected')
        console.log(`cleanup: ${o.reason instanceof Error ? o.reason.message : String(o.reason)}`);
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.log(`benchmark failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
