/**
 * Article benchmark (issue 14 §2): the uncached article page (page cache off) of this tree —
 * and, with BENCH_BEFORE, of another source tree in the same run — beside `node:http` serving
 * the same bytes, compiled as `npm start` runs the server. Rounds alternate the servers, so a
 * swing in the machine's load hits each alike. Per server: req/s, latency, queries per request
 * and the app process's CPU per request (steadier than req/s on a shared machine). With
 * BENCH_PROFILE=1, one more run per build under `node --cpu-prof`, summarised by self time.
 *
 *   node --import tsx bench/article.bench.ts
 *   BENCH_BEFORE=/tmp/main-tree BENCH_ROUNDS=3 node --import tsx bench/article.bench.ts
 *   BENCH_PROFILE=1 node --import tsx bench/article.bench.ts
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { builds, type Build } from './article/builds.ts';
import { processCpuMs } from './article/process-cpu.ts';
import { formatProfile, monotonicUs, summarizeProfile } from './article/profile.ts';
import { tempDir, type TempDir } from './lib/bench-app.ts';
import { BenchError, fixed, intFromEnv, table } from './lib/format.ts';
import { machine, printMachine } from './lib/machine.ts';
import { saveResults } from './lib/results.ts';
import { startApp, type AppHandle } from './pages/app-handle.ts';
import { cannon, interrupt, type RunFigures } from './pages/cannon.ts';
import { fetchPage, PAGES, startBaseline, type Baseline, type FetchedPage } from './pages/targets.ts';

/** Ghost 5's post page on this machine, measured quietly by an earlier session (req/s). */
const GHOST_REFERENCE_REQ_S = 40;
const MAX_AGE_MS = 60_000;
const QUIET_REQUESTS = 10;

interface Settings {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  rounds: number;
  profileSeconds: number;
  ghostReqPerSec: number;
}

interface Server {
  name: 'baseline' | Build['name'];
  url: string;
  app: AppHandle | null;
}

interface Run extends RunFigures {
  server: Server['name'];
  round: number;
  queriesPerRequest: number | null;
  cpuUsPerRequest: number | null;
}

const resultsDir = join(import.meta.dirname, 'results');

const ARTICLE = PAGES.find((p) => p.name === 'article');

/** Queries per request with nothing else in flight: the count standing still, then requests one at a time. */
async function quietQueries(app: AppHandle, url: string): Promise<number> {
  let settled = (await app.stats()).queries;
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now = (await app.stats()).queries;
    if (now === settled) break;
    settled = now;
  }
  for (let i = 0; i < QUIET_REQUESTS; i++) await (await fetch(url)).arrayBuffer();
  return ((await app.stats()).queries - settled) / QUIET_REQUESTS;
}

async function measure(s: Server, round: number, o: Settings): Promise<Run> {
  const cpuBefore = s.app ? processCpuMs(s.app.pid) : 0;
  const run = await cannon(s.url, { seconds: o.seconds, connections: o.connections });
  const cpuMs = s.app ? processCpuMs(s.app.pid) - cpuBefore : 0;
  return {
    ...run,
    server: s.name,
    round,
    cpuUsPerRequest: s.app && run.requests > 0 ? (cpuMs * 1000) / run.requests : null,
    queriesPerRequest: s.app ? await quietQueries(s.app, s.url) : null,
  };
}

/** Where two pages' bytes first differ, with a little of each around it; null when identical. */
function firstDifference(a: Buffer, b: Buffer): string | null {
  if (a.equals(b)) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (x: Buffer) => JSON.stringify(x.toString('utf8', Math.max(0, i - 60), i + 60));
  return `differ at byte ${String(i)} (${String(a.length)} vs ${String(b.length)} B):\n  before ${around(a)}\n  after  ${around(b)}`;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

function report(runs: Run[], o: Settings): void {
  const names = [...new Set(runs.map((r) => r.server))];
  const baseline = median(runs.filter((r) => r.server === 'baseline').map((r) => r.reqPerSec));
  const rows: string[][] = [
    ['server', 'req/s (median)', 'rounds', '÷ node:http', '× Ghost', 'µs CPU/req', 'p50', 'p99', 'q/req'],
  ];
  for (const name of names) {
    const mine = runs.filter((r) => r.server === name);
    const reqs = median(mine.map((r) => r.reqPerSec));
    const cpu = mine.flatMap((r) => (r.cpuUsPerRequest === null ? [] : [r.cpuUsPerRequest]));
    rows.push([
      name,
      fixed(reqs, 0),
      mine.map((r) => fixed(r.reqPerSec, 0)).join(' '),
      name === 'baseline' ? '' : fixed(reqs / baseline, 3),
      name === 'baseline' ? '' : fixed(reqs / o.ghostReqPerSec, 1),
      cpu.length ? fixed(median(cpu), 0) : '',
      fixed(median(mine.map((r) => r.latencyMs.p50)), 0),
      fixed(median(mine.map((r) => r.latencyMs.p99)), 0),
      mine[0]?.queriesPerRequest === null ? '' : fixed(median(mine.map((r) => r.queriesPerRequest ?? 0)), 1),
    ]);
  }
  console.log(`\n${table(rows as [string[], ...string[][]], new Set([1, 3, 4, 5, 6, 7, 8]))}`);
  console.log(
    `× Ghost: against ${String(o.ghostReqPerSec)} req/s (BENCH_GHOST_REQ_S; Ghost 5's post page, measured quietly ` +
      'on this machine); target ≥ 30× and ≤ 5 queries',
  );
}

/** One profiled run per build: `--cpu-prof` into `dir`, load, stop (the profile is written at exit). */
async function profileBuild(build: Build, dbFile: string, dir: TempDir, o: Settings): Promise<object> {
  const profDir = join(dir.path, `profile-${build.name}`);
  const app = await startApp(
    {
      database: { kind: 'sqlite', filename: dbFile },
      pageCacheBytes: 0,
      pageCacheMaxAgeMs: MAX_AGE_MS,
      mediaDir: join(dir.path, 'media'),
    },
    { entry: build.entry, extraNodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] },
  );
  let requests = 0;
  const window = { fromUs: 0, toUs: 0 };
  try {
    const url = `${app.origin}${ARTICLE?.path ?? ''}`;
    await cannon(url, { seconds: o.warmupSeconds || 1, connections: o.connections });
    // Only the measured run's samples count: not the start, the warm-up or the shutdown.
    window.fromUs = monotonicUs();
    requests = (await cannon(url, { seconds: o.profileSeconds, connections: o.connections })).requests;
    window.toUs = monotonicUs();
  } finally {
    await app.stop();
  }
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new BenchError(`no profile written in ${profDir}`);
  const summary = summarizeProfile(JSON.parse(readFileSync(join(profDir, file), 'utf8')), 25, window);
  // Kept beside the results (ignored by git) for a closer look: callers, other windows.
  // The folder is ignored by git, so a fresh checkout has none yet.
  mkdirSync(resultsDir, { recursive: true });
  const kept = join(resultsDir, `article-${build.name}-${String(Date.now())}.cpuprofile`);
  copyFileSync(join(profDir, file), kept);
  console.log(`profile     ${kept} (window ${String(window.fromUs)}–${String(window.toUs)} µs)`);
  console.log(`\nprofile of ${build.name} (${String(requests)} requests in ${String(o.profileSeconds)} s)`);
  console.log(formatProfile(summary, requests));
  return { build: build.name, requests, summary };
}

function copyDatabase(from: string, to: string): void {
  copyFileSync(from, to);
  for (const suffix of ['-wal', '-shm'])
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
}

async function main(): Promise<number> {
  if (!ARTICLE) throw new BenchError('no article page in bench/pages/targets.ts');
  const o: Settings = {
    seconds: intFromEnv('BENCH_SECONDS', 5, 1, 120),
    warmupSeconds: intFromEnv('BENCH_WARMUP_SECONDS', 2, 0, 60),
    connections: intFromEnv('BENCH_CONNECTIONS', 10, 1, 1000),
    rounds: intFromEnv('BENCH_ROUNDS', 3, 1, 20),
    profileSeconds: intFromEnv('BENCH_PROFILE_SECONDS', 5, 1, 60),
    ghostReqPerSec: intFromEnv('BENCH_GHOST_REQ_S', GHOST_REFERENCE_REQ_S, 1, 100_000),
  };
  const profile = process.env.BENCH_PROFILE === '1';
  const startedAt = new Date();
  const environment = machine(startedAt);
  printMachine('Newsdesk article benchmark (uncached, compiled)', environment);
  const dir = await tempDir('article');
  const apps: AppHandle[] = [];
  let baseline: Baseline | undefined;
  process.on('SIGINT', interrupt);
  try {
    const list = await builds();
    const prepared = join(dir.path, 'prepared.sqlite');
    const launch = (filename: string) => ({
      database: { kind: 'sqlite' as const, filename },
      pageCacheBytes: 0,
      pageCacheMaxAgeMs: MAX_AGE_MS,
      mediaDir: join(dir.path, 'media'),
    });
    // One database with the demo and its readings, made by the first build; each build gets a copy.
    const first = list[0];
    if (!first) throw new BenchError('no build');
    await (await startApp(launch(prepared), { entry: first.entry })).stop();
    const servers: Server[] = [];
    const pages = new Map<string, FetchedPage>();
    for (const build of list) {
      const file = join(dir.path, `${build.name}.sqlite`);
      copyDatabase(prepared, file);
      const app = await startApp(launch(file), { entry: build.entry });
      apps.push(app);
      servers.push({ name: build.name, url: `${app.origin}${ARTICLE.path}`, app });
      pages.set(build.name, await fetchPage(app.origin, ARTICLE));
      console.log(
        `app         ${build.name} (${build.tree}): pid ${String(app.pid)}, ready in ${fixed(app.startupMs, 0)} ms`,
      );
    }
    const after = pages.get('after');
    const before = pages.get('before');
    if (!after) throw new BenchError('no page from this tree');
    if (before)
      console.log(
        `bytes       ${firstDifference(before.body, after.body) ?? `identical, ${String(after.body.length)} B`}`,
      );
    baseline = await startBaseline();
    await baseline.serve(after);
    servers.unshift({ name: 'baseline', url: `${baseline.origin}${ARTICLE.path}`, app: null });
    console.log(
      `load avg    ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at the start`,
    );
    if (o.warmupSeconds > 0)
      for (const s of servers) await cannon(s.url, { seconds: o.warmupSeconds, connections: o.connections });
    const runs: Run[] = [];
    for (let round = 1; round <= o.rounds; round++) {
      // Alternating the order each round, so no server always runs right after another.
      const order = round % 2 ? servers : [...servers].reverse();
      for (const s of order) {
        const run = await measure(s, round, o);
        runs.push(run);
        console.log(
          `round ${String(round)}     ${s.name.padEnd(8)} ${fixed(run.reqPerSec, 0).padStart(6)} req/s` +
            (run.cpuUsPerRequest === null
              ? ''
              : `  ${fixed(run.cpuUsPerRequest, 0)} µs CPU/req  ${String(run.queriesPerRequest)} q/req`),
        );
      }
    }
    report(runs, o);
    const loadEnd = loadavg().map((l) => Number(l.toFixed(2)));
    console.log(`load avg    ${loadEnd.join(' ')} at the end (1, 5, 15 min)`);
    const profiles: object[] = [];
    if (profile)
      for (const build of list)
        profiles.push(await profileBuild(build, join(dir.path, `${build.name}.sqlite`), dir, o));
    const file = await saveResults('article', startedAt, {
      benchmark: 'article',
      environment,
      loadAverageAtEnd: loadEnd,
      settings: o,
      builds: list,
      bytes: after.body.length,
      identical: before ? before.body.equals(after.body) : null,
      runs,
      profiles,
    });
    console.log(`\nresults     ${file}`);
    return runs.some((r) => r.errors > 0 || r.non2xx > 0) ? 1 : 0;
  } finally {
    process.off('SIGINT', interrupt);
    await Promise.allSettled([...apps.map((a) => a.stop()), baseline?.close()]);
    await dir.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof BenchError ? `article benchmark: ${e.message}` : e);
    process.exit(1);
  },
);
