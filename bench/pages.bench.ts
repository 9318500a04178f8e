/**
 * Page benchmark: requests per second and latency of the article page and the front page,
 * each beside a baseline measured in the same run — the same HTML bytes served from memory by a
 * bare `node:http` server. Figures are printed and saved, never asserted. See bench/README.md.
 *
 *   npm run bench                                  # 10 s per run, 10 connections, temp SQLite
 *   BENCH_SECONDS=5 BENCH_CONNECTIONS=50 npm run bench
 *   DATABASE_URL=postgres://… npm run bench        # a throwaway, empty PostgreSQL database
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { buildApp, type App } from '../src/app.ts';
import type { DatabaseConfig } from '../src/config/config.ts';
import { benchConfig, benchDatabase, HOST, tempDir, type TempDir } from './lib/bench-app.ts';
import { BenchError, benchFailure, fixed, intFromEnv, table, type TableRows } from './lib/format.ts';
import { machine, printMachine } from './lib/machine.ts';
import { saveResults } from './lib/results.ts';

const WARMUP_SECONDS = 2;
/** A run that has not finished this long after its duration is stopped and counted as failed. */
const WATCHDOG_GRACE_MS = 30_000;
/** Upper bound on requests per run, per second of duration: far above what one Node core serves. */
const MAX_REQUESTS_PER_SECOND = 250_000;

const PAGES = [
  { name: 'article', path: '/en/world/moscow-expresses-regret-over-damage-to-azerbaijans-embassy-in-kyiv' },
  { name: 'front', path: '/en/' },
] as const;

type ServerName = 'baseline' | 'newsdesk';

interface FetchedPage {
  name: string;
  path: string;
  body: Buffer;
  contentType: string;
}

interface RunResult {
  page: string;
  path: string;
  server: ServerName;
  seconds: number;
  connections: number;
  /** Average of autocannon's per-second samples. */
  reqPerSec: number;
  /** Milliseconds; autocannon's latency histogram has a resolution of 1 ms. */
  latencyMs: { average: number; p50: number; p97_5: number; p99: number; max: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Body bytes of the page as fetched once before the runs. */
  bodyBytes: number;
  /** Bytes read per response during the run, headers included. */
  wireBytesPerResponse: number;
  /** True when the run stopped at the request cap before its duration was up. */
  hitRequestCap: boolean;
}

/** Fetches one page from the app; anything but a 200 HTML answer stops the benchmark. */
async function fetchPage(origin: string, page: { name: string; path: string }): Promise<FetchedPage> {
  const url = `${origin}${page.path}`;
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) {
    throw new BenchError(
      `GET ${page.path} answered ${response.status}, expected 200 ` +
        `(is the database empty, so the demo content was loaded?): ${body.toString('utf8', 0, 300)}`,
    );
  }
  const contentType = response.headers.get('content-type');
  if (!contentType) throw new BenchError(`GET ${page.path} answered without a content-type`);
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding !== 'identity') {
    throw new BenchError(`GET ${page.path} answered with content-encoding ${encoding}; expected raw bytes`);
  }
  if (body.length === 0) throw new BenchError(`GET ${page.path} answered an empty body`);
  return { name: page.name, path: page.path, body, contentType };
}

/** The baseline: each page's exact bytes from memory, with the same content-type, nothing else. */
async function startBaseline(pages: FetchedPage[]): Promise<Server> {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const server = createServer((req, res) => {
    const page = req.method === 'GET' ? byPath.get(req.url ?? '') : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.contentType, 'content-length': page.body.length });
    res.end(page.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

function portOf(address: string | AddressInfo | null): number {
  if (!address || typeof address === 'string')
    throw new BenchError(`unexpected listen address ${String(address)}`);
  if (address.address !== HOST)
    throw new BenchError(`server listens on ${address.address}, expected ${HOST}`);
  return address.port;
}

/** The run in progress, so Ctrl-C can stop it (a stopped worker-mode run never reports a result). */
let current: { abort(): void } | undefined;
let interrupted = false;

/** One bounded autocannon run against 127.0.0.1; the load generator runs in a worker thread. */
function cannon(url: string, seconds: number, connections: number): Promise<autocannon.Result> {
  if (interrupted) return Promise.reject(new BenchError('interrupted'));
  const target = new URL(url);
  if (target.hostname !== HOST) return Promise.reject(new BenchError(`refusing to load ${target.host}`));
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err: unknown, result?: autocannon.Result): void => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      current = undefined;
      if (err) reject(benchFailure(err));
      else if (result) resolve(result);
      else reject(new BenchError(`autocannon returned no result for ${url}`));
    };
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        maxOverallRequests: Math.max(connections, seconds * MAX_REQUESTS_PER_SECOND),
        timeout: 10,
        // A separate thread, so the load generator does not share the servers' event loop.
        workers: 1,
      },
      (err: unknown, result: autocannon.Result) => finish(err, result),
    );
    current = {
      abort: () => {
        instance.stop();
        finish(new BenchError('interrupted'));
      },
    };
    instance.on('error', (err: unknown) => finish(err));
    const watchdog = setTimeout(
      () => {
        instance.stop();
        finish(
          new BenchError(
            `run against ${url} did not finish within ${seconds} s + ${WATCHDOG_GRACE_MS / 1000} s`,
          ),
        );
      },
      seconds * 1000 + WATCHDOG_GRACE_MS,
    );
  });
}

function summarise(
  page: FetchedPage,
  server: ServerName,
  seconds: number,
  connections: number,
  r: autocannon.Result,
): RunResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  const requests = r.requests.total;
  return {
    page: page.name,
    path: page.path,
    server,
    seconds,
    connections,
    reqPerSec: r.requests.average,
    latencyMs: {
      average: r.latency.average,
      p50: r.latency.p50,
      p97_5: r.latency.p97_5,
      p99: r.latency.p99,
      max: r.latency.max,
    },
    requests,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes,
    bodyBytes: page.body.length,
    wireBytesPerResponse: requests > 0 ? Math.round(r.throughput.total / requests) : 0,
    hitRequestCap: requests >= Math.max(connections, seconds * MAX_REQUESTS_PER_SECOND),
  };
}

/** The app with its demo content, listening on 127.0.0.1. */
async function startNewsdesk(database: DatabaseConfig): Promise<{ app: App; origin: string }> {
  const buildStart = performance.now();
  const app = await buildApp(benchConfig(database, { site: {}, demo: true }), { logger: false });
  await app.server.listen({ port: 0, host: HOST });
  console.log(
    `startup     ${fixed(performance.now() - buildStart, 0)} ms (migrations, demo content, routes)`,
  );
  return { app, origin: `http://${HOST}:${portOf(app.server.server.address())}` };
}

/** Each page on each server: a warm-up, then the measured run; warm-up failures are problems too. */
async function measurePages(
  pages: readonly FetchedPage[],
  origins: Record<ServerName, string>,
  seconds: number,
  connections: number,
): Promise<{ results: RunResult[]; warmupProblems: string[] }> {
  const order: ServerName[] = ['baseline', 'newsdesk'];
  const results: RunResult[] = [];
  const warmupProblems: string[] = [];
  for (const page of pages) {
    for (const server of order) {
      console.log(`warm-up     ${page.name} / ${server} (${WARMUP_SECONDS} s)`);
      const w = await cannon(`${origins[server]}${page.path}`, WARMUP_SECONDS, connections);
      if (w.errors > 0 || w.non2xx > 0)
        warmupProblems.push(`${page.name}/${server}: ${w.errors} errors, ${w.non2xx} non-2xx during warm-up`);
    }
    for (const server of order) {
      console.log(`measure     ${page.name} / ${server} (${seconds} s)`);
      const r = await cannon(`${origins[server]}${page.path}`, seconds, connections);
      results.push(summarise(page, server, seconds, connections, r));
    }
  }
  return { results, warmupProblems };
}

/** The runs as a table, then each page's Newsdesk/baseline ratio. */
function printRuns(pages: readonly FetchedPage[], results: readonly RunResult[]) {
  const rows: TableRows = [
    ['page', 'server', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', 'errors', 'non-2xx', 'body B', 'wire B/resp'],
    ...results.map((r) => [
      r.page,
      r.server,
      fixed(r.reqPerSec, 0),
      fixed(r.latencyMs.p50, 0),
      fixed(r.latencyMs.p97_5, 0),
      fixed(r.latencyMs.p99, 0),
      String(r.errors),
      String(r.non2xx),
      String(r.bodyBytes),
      String(r.wireBytesPerResponse),
    ]),
  ];
  console.log('');
  console.log(table(rows, new Set([2, 3, 4, 5, 6, 7, 8, 9])));
  console.log("latency: autocannon's histogram counts whole milliseconds; 0 means under 1 ms");
  console.log('body B: page bytes; wire B/resp: bytes read per response, headers included');
  const ratios = pages.map((p) => {
    const base = results.find((r) => r.page === p.name && r.server === 'baseline');
    const nd = results.find((r) => r.page === p.name && r.server === 'newsdesk');
    const ratio = base && nd && base.reqPerSec > 0 ? nd.reqPerSec / base.reqPerSec : Number.NaN;
    return {
      page: p.name,
      newsdeskReqPerSec: nd?.reqPerSec ?? 0,
      baselineReqPerSec: base?.reqPerSec ?? 0,
      ratio,
    };
  });
  console.log('');
  for (const r of ratios)
    console.log(
      `req/s newsdesk/baseline  ${r.page.padEnd(8)} ${fixed(r.ratio, 3)}  (${fixed(r.ratio * 100, 1)} %)`,
    );
  const capped = results.filter((r) => r.hitRequestCap).map((r) => `${r.page}/${r.server}`);
  if (capped.length > 0)
    console.log(`\nnote: request cap reached before the duration ended: ${capped.join(', ')}`);
  return ratios;
}

async function main(): Promise<number> {
  const seconds = intFromEnv('BENCH_SECONDS', 10, 1, 600);
  const connections = intFromEnv('BENCH_CONNECTIONS', 10, 1, 1000);
  const startedAt = new Date();
  const environment = machine(startedAt);
  let dir: TempDir | undefined;
  let app: App | undefined;
  let baseline: Server | undefined;
  const onSigint = (): void => {
    interrupted = true;
    current?.abort();
    console.log('\ninterrupted: stopping and cleaning up');
  };
  process.on('SIGINT', onSigint);
  try {
    dir = await tempDir('pages');
    const { database, fromEnv } = benchDatabase(dir.path);
    printMachine('Newsdesk page benchmark', environment);
    console.log(`database    ${database.kind}${fromEnv ? ' (DATABASE_URL)' : ' (temporary file)'}`);
    console.log(
      `runs        ${WARMUP_SECONDS} s warm-up, then ${seconds} s per server, ${connections} connections, ` +
        `autocannon in 1 worker thread`,
    );
    const started = await startNewsdesk(database);
    app = started.app;
    const pages: FetchedPage[] = [];
    for (const p of PAGES) pages.push(await fetchPage(started.origin, p));
    baseline = await startBaseline(pages);
    const baselineOrigin = `http://${HOST}:${portOf(baseline.address())}`;
    // The baseline must answer the very bytes the app answered.
    for (const p of pages) {
      const copy = await fetchPage(baselineOrigin, p);
      if (!copy.body.equals(p.body) || copy.contentType !== p.contentType)
        throw new BenchError(`baseline does not serve the same bytes for ${p.path}`);
    }
    const origins = { baseline: baselineOrigin, newsdesk: started.origin };
    const { results, warmupProblems } = await measurePages(pages, origins, seconds, connections);
    const ratios = printRuns(pages, results);
    const problems = [
      ...warmupProblems,
      ...results
        .filter((r) => r.errors > 0 || r.non2xx > 0)
        .map(
          (r) => `${r.page}/${r.server}: ${r.errors} errors (${r.timeouts} timeouts), ${r.non2xx} non-2xx`,
        ),
    ];
    const file = await saveResults('pages', startedAt, {
      benchmark: 'pages',
      environment,
      settings: {
        seconds,
        connections,
        warmupSeconds: WARMUP_SECONDS,
        database: database.kind,
        databaseFromEnv: fromEnv,
        loadGenerator: 'autocannon, 1 worker thread',
      },
      pages: pages.map((p) => ({
        name: p.name,
        path: p.path,
        bodyBytes: p.body.length,
        contentType: p.contentType,
      })),
      results,
      ratios,
      problems,
      ok: problems.length === 0,
    });
    console.log(`\nresults     ${file}`);
    if (problems.length === 0) return 0;
    console.log('\nFAILED: some runs had errors or non-2xx answers:');
    for (const p of problems) console.log(`  ${p}`);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
    const cleanup: Array<Promise<void>> = [];
    if (baseline) cleanup.push(closeServer(baseline));
    if (app) cleanup.push(app.close());
    const outcomes = await Promise.allSettled(cleanup);
    await dir?.remove();
    for (const o of outcomes) {
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
