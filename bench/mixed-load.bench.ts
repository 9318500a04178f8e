/**
 * Mixed-load benchmark: Newsdesk as a real process on 127.0.0.1 (demo content), under many
 * connections at once — reader pages (front, article, section, tag, search, feeds, sitemaps),
 * Content API calls with a key, and a trickle of newsroom writes (saves and publishes by a
 * signed-in editor) — run twice, identically, with the server's memory (RSS) measured before,
 * after the first run and after the second. A bare node:http server answering the article page's
 * bytes, in a process of its own, is the baseline measured in the same run. Figures are printed,
 * never asserted; the exit status is 1 only when a request failed. See bench/README.md.
 *
 *   npm run bench:load                           # 200 connections, 60 s per run, SQLite
 *   npm run bench:load -- --seconds 10           # a quick try
 *   npm run bench:load -- --postgres             # a throwaway PostgreSQL database
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createContainer, type Container } from '../src/app.ts';
import type { DatabaseConfig } from '../src/config/config.ts';
import { benchConfig, HOST } from './lib/bench-app.ts';
import { BenchError, fixed, table, type TableRows } from './lib/format.ts';
import { findOrFail, itemAt } from './lib/lists.ts';
import { machine, printMachine, type Machine } from './lib/machine.ts';
import { saveResults } from './lib/results.ts';
import { cannon, totals, type LoadControl, type RunTotals } from './load/cannon.ts';
import { Editor, EDITOR, PASSWORD } from './load/editor.ts';
import { mixedRun, type KindResult } from './load/mixed-run.ts';
import { freePort, rssMiB, sleep, start, stop, waitUntilReady, type Child } from './load/process.ts';
import { report } from './load/run-table.ts';
import { kinds, type Kind } from './load/traffic.ts';

/** API keys the load spreads over (each key has a per-minute limit of at most 100,000). */
const API_KEYS = 8;

interface Options {
  seconds: number;
  connections: number;
  warmup: number;
  baselineSeconds: number;
  writesPerSecond: number;
  runs: number;
  postgres: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '60' },
      connections: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '5' },
      'baseline-seconds': { type: 'string', default: '10' },
      'writes-per-second': { type: 'string', default: '2' },
      runs: { type: 'string', default: '2' },
      postgres: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const int = (name: string, raw: string, min: number, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new BenchError(`--${name} ${raw}: must be a whole number from ${min} to ${max}`);
    return n;
  };
  const o = {
    seconds: int('seconds', values.seconds, 1, 3600),
    connections: int('connections', values.connections, 10, 2000),
    warmup: int('warmup', values.warmup, 0, 60),
    baselineSeconds: int('baseline-seconds', values['baseline-seconds'], 1, 600),
    writesPerSecond: int('writes-per-second', values['writes-per-second'], 0, 50),
    runs: int('runs', values.runs, 2, 10),
    postgres: values.postgres,
  };
  return o;
}

/** A temporary SQLite file, or a throwaway PostgreSQL database dropped at the end. */
async function throwawayDatabase(
  o: Options,
  tempDir: string,
): Promise<{ database: DatabaseConfig; url: string; drop?: () => Promise<void> }> {
  if (!o.postgres) {
    const filename = join(tempDir, 'load.sqlite');
    return { database: { kind: 'sqlite', filename }, url: `sqlite:${filename}` };
  }
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `newsdesk_load_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', connectionString: url.toString() },
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The editor's account and the API keys, written through the app's own services. */
async function accounts(container: Container): Promise<string[]> {
  await container.accounts.createUser(
    { email: EDITOR, name: 'Load Editor', role: 'editor', password: PASSWORD },
    null,
  );
  const keys: string[] = [];
  for (let i = 0; i < API_KEYS; i++)
    keys.push((await container.apiKeys.create({ name: `load ${i}`, rateLimit: 100_000 })).key);
  return keys;
}

/** Waits until the server has no background work left (the demo's analysis at start, the writes' events). */
async function settle(container: Container, what: string): Promise<void> {
  const repos = container.store.repos;
  const t = performance.now();
  for (let i = 0; i < 600; i++) {
    if ((await repos.outbox.pendingCount()) === 0 && (await repos.analysis.missing(1)).length === 0) break;
    await sleep(500);
  }
  await sleep(2000);
  console.log(
    `settled     ${what}: background work done after ${fixed((performance.now() - t) / 1000, 1)} s`,
  );
}

/** The server, as it runs in production: its own process, demo content, jobs on. */
async function startServer(o: Options, port: number, databaseUrl: string, tempDir: string): Promise<Child> {
  const t0 = performance.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST,
    DATABASE_URL: databaseUrl,
    NEWSDESK_DEMO: '1',
    LOG_LEVEL: 'warn',
    MEDIA_DIR: join(tempDir, 'media'),
    // The editor writes faster than one person's per-minute limit (60) on purpose: the bench
    // measures writes beside the readers, not the limit (tests cover that).
    SAVES_PER_MINUTE: String(Math.min(10_000, Math.max(60, o.writesPerSecond * 60 * 2))),
  };
  // One process, limits in memory: what is measured is this process, not a shared Redis.
  delete env.REDIS_URL;
  delete env.SITE_URL;
  const server = start(['--import', 'tsx', 'src/main.ts'], env);
  await waitUntilReady(`http://${HOST}:${port}`, server, 120_000);
  console.log(`startup     ${fixed(performance.now() - t0, 0)} ms (process, migrations, demo content)`);
  return server;
}

/** The baseline: the article page's bytes from a bare node:http server in a process of its own. */
async function measureBaseline(
  o: Options,
  origin: string,
  articlePath: string,
  tempDir: string,
  control: LoadControl,
): Promise<{ totals: RunTotals; child: Child }> {
  const page = await fetch(`${origin}${articlePath}`);
  const body = Buffer.from(await page.arrayBuffer());
  const bodyFile = join(tempDir, 'article.html');
  await writeFile(bodyFile, body);
  const basePort = await freePort();
  const child = start(
    [
      '-e',
      `const b=require('fs').readFileSync(process.argv[1]);require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':${JSON.stringify(page.headers.get('content-type'))},'content-length':b.length});s.end(b)}).listen(${basePort},'${HOST}',()=>console.log('ready'))`,
      bodyFile,
    ],
    { PATH: process.env.PATH },
  );
  const baseOrigin = `http://${HOST}:${basePort}`;
  for (let i = 0; i < 50 && !child.lines.includes('ready'); i++) await sleep(100);
  const copy = Buffer.from(await (await fetch(`${baseOrigin}${articlePath}`)).arrayBuffer());
  if (!copy.equals(body)) throw new BenchError('the baseline does not serve the article’s bytes');
  console.log(
    `baseline    ${o.baselineSeconds} s, ${o.connections} connections, the article page (${body.length} B) from node:http`,
  );
  control.current = [];
  const result = await cannon(
    baseOrigin,
    o.connections,
    o.baselineSeconds,
    () => ({ kind: 'baseline', path: articlePath }),
    new Map(),
    control,
  );
  return { totals: totals(result), child };
}

interface MeasuredRun {
  rows: TableRows;
  problems: string[];
  results: { kinds: KindResult[]; totals: RunTotals };
}
type RssPoint = { when: string; mib: number | null };

/** The warm-up, then `o.runs` identical runs, with the server's memory after each. */
async function measureRuns(
  o: Options,
  ctx: {
    origin: string;
    all: Kind[];
    editor: Editor;
    server: Child;
    container: Container;
    control: LoadControl;
  },
): Promise<{ runs: MeasuredRun[]; rss: RssPoint[] }> {
  const { pid } = ctx.server.proc;
  if (pid === undefined) throw new BenchError('the server process has no pid: it did not start');
  await settle(ctx.container, 'after start');
  const rss: RssPoint[] = [{ when: 'before (started, idle)', mib: await rssMiB(pid) }];
  if (o.warmup > 0) {
    console.log(`warm-up     ${o.warmup} s`);
    await mixedRun(ctx.origin, ctx.all, o.connections, o.warmup, ctx.editor, o.writesPerSecond, ctx.control);
    ctx.editor.reset();
  }
  const runs: MeasuredRun[] = [];
  for (let n = 1; n <= o.runs; n++) {
    console.log(`run ${n}       ${o.seconds} s`);
    const results = await mixedRun(
      ctx.origin,
      ctx.all,
      o.connections,
      o.seconds,
      ctx.editor,
      o.writesPerSecond,
      ctx.control,
    );
    runs.push({ ...report(`run ${n}`, results, ctx.editor, o.seconds), results });
    ctx.editor.reset();
    if (ctx.server.proc.exitCode !== null)
      throw new BenchError(`the server exited with ${ctx.server.proc.exitCode} during run ${n}`);
    // What stays, not the requests and background work in flight.
    await settle(ctx.container, `after run ${n}`);
    rss.push({ when: `after run ${n}`, mib: await rssMiB(pid) });
  }
  return { runs, rss };
}

/** The runs' tables, the baseline, memory and the server's error lines; returns the problems seen. */
function printResults(
  o: Options,
  runs: MeasuredRun[],
  base: RunTotals,
  rss: RssPoint[],
  errorLines: string[],
): string[] {
  for (const [i, run] of runs.entries()) {
    console.log(`\nrun ${i + 1} (${o.seconds} s, ${o.connections} reader/API connections + 1 editor)`);
    console.log(table(run.rows, new Set([1, 2, 3, 4, 6, 7, 8, 9, 10])));
  }
  console.log('\nbaseline: node:http serving the article page’s bytes (same connections)');
  const baseRow = [
    'baseline',
    String(base.requests),
    fixed(base.reqPerSec, 0),
    fixed(base.p50, 0),
    fixed(base.p99, 0),
  ];
  console.log(table([['server', 'requests', 'req/s', 'p50 ms', 'p99 ms'], baseRow], new Set([1, 2, 3, 4])));
  const run1 = itemAt(runs, 0, 'runs').results;
  const articleRun = findOrFail(run1.kinds, (r) => r.kind === 'article', 'the article kind in run 1');
  console.log(
    `(run 1: the article kind got ${fixed(articleRun.reqPerSec, 0)} req/s, p50 ${fixed(articleRun.p50, 0)} ms, sharing the server with the rest of the mix; all readers ${fixed(run1.totals.reqPerSec, 0)} req/s)`,
  );
  console.log('\nserver memory (RSS)');
  for (const r of rss)
    console.log(`  ${r.when.padEnd(24)} ${r.mib === null ? 'n/a' : `${fixed(r.mib, 1)} MiB`}`);
  const [r1, rn] = [rss[1]?.mib, rss.at(-1)?.mib];
  if (typeof r1 === 'number' && typeof rn === 'number')
    console.log(`  growth from run 1 to run ${o.runs}: ${fixed(rn - r1, 1)} MiB`);
  console.log(`\nserver log lines at error level: ${errorLines.length}`);
  for (const l of errorLines.slice(0, 5)) console.log(`  ${l.slice(0, 300)}`);
  console.log(
    'latency: per kind and for writes timed here (performance.now()); the "all readers" row is autocannon’s histogram (whole ms)\n' +
      'lost new: a new connection’s first request unanswered within 10 s; lost in use: the same on a connection that had been answering',
  );
  return [
    ...runs.flatMap((r) => r.problems),
    ...(base.errors ? [`baseline: ${base.errors} errors`] : []),
    ...(errorLines.length ? [`${errorLines.length} error lines in the server log`] : []),
  ];
}

function printSettings(o: Options, environment: Machine, database: DatabaseConfig): void {
  printMachine('Newsdesk mixed-load benchmark', environment);
  console.log(`database    ${database.kind} (throwaway); the load generator shares the cpus with the server`);
  console.log(
    `load        ${o.connections} connections, ${o.warmup} s warm-up, then ${o.runs} identical runs of ${o.seconds} s; ` +
      `${o.writesPerSecond} newsroom writes/s; baseline ${o.baselineSeconds} s`,
  );
}

async function main(): Promise<number> {
  const o = options();
  const startedAt = new Date();
  const environment = machine(startedAt);
  const tempDir = await mkdtemp(join(tmpdir(), 'newsdesk-load-'));
  const control: LoadControl = { interrupted: false, current: [] };
  const held: { server?: Child; baseline?: Child; container?: Container; drop?: () => Promise<void> } = {};
  const onSigint = () => {
    control.interrupted = true;
    for (const c of control.current) c.stop();
    console.log('\ninterrupted: stopping and cleaning up');
  };
  process.on('SIGINT', onSigint);
  try {
    const db = await throwawayDatabase(o, tempDir);
    held.drop = db.drop;
    printSettings(o, environment, db.database);
    const port = await freePort();
    // Kept open to watch the server's background work (the outbox and the analysis it triggers).
    held.container = await createContainer(benchConfig(db.database, { port, site: {} }));
    const keys = await accounts(held.container);
    const origin = `http://${HOST}:${port}`;
    held.server = await startServer(o, port, db.url, tempDir);
    const all = await kinds(origin, keys);
    const editor = new Editor(origin, control);
    await editor.signIn();
    console.log(
      `mix         ${all.map((k) => `${k.name} ${fixed(k.share * 100, 0)} %`).join(', ')} of the requests`,
    );
    const ctx = { origin, all, editor, server: held.server, container: held.container, control };
    const { runs, rss } = await measureRuns(o, ctx);
    const article = findOrFail(all, (k) => k.name === 'article', 'the article kind of traffic');
    const articlePath = itemAt(article.requests, 0, 'article requests').path;
    const baseline = await measureBaseline(o, origin, articlePath, tempDir, control);
    held.baseline = baseline.child;
    const errorLines = held.server.lines.filter((l) => /"level":(50|60)/.test(l));
    const problems = printResults(o, runs, baseline.totals, rss, errorLines);
    const file = await saveResults('mixed-load', startedAt, {
      benchmark: 'mixed-load',
      environment,
      options: o,
      database: db.database.kind,
      runs: runs.map((r) => r.results),
      baseline: baseline.totals,
      rss,
      serverErrorLines: errorLines.slice(0, 50),
      problems,
      ok: problems.length === 0,
    });
    console.log(`\nresults     ${file}`);
    if (!problems.length) return 0;
    console.log('\nFAILED: some requests failed:');
    for (const p of problems) console.log(`  ${p}`);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
    await held.container?.close();
    const code = await stop(held.server);
    if (code !== null && code !== 0) console.log(`note: the server exited with ${code} on SIGTERM`);
    await stop(held.baseline);
    await held.drop?.().catch((e: unknown) => console.log(`cleanup: ${(e as Error).message}`));
    await rm(tempDir, { recursive: true, force: true });
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
