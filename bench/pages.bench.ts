/**
 * Page benchmark (issue 14 §5): requests per second, latency, queries per request and resident
 * memory of the article, front, section, RSS, search and Content API answers, with the page cache
 * on (cached) and off (uncached), at each connection count, each beside a baseline measured in the
 * same run — the same bytes with the same content-type from a bare `node:http` server — and,
 * when GHOST_URL is set, Ghost 5's post page for the seed article. The app runs in a process of
 * its own (bench/pages/app-process.ts). Figures are printed and saved, never asserted.
 *
 *   npm run bench                                       # 5 s per run, 10 and 50 connections
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=50 npm run bench
 *   GHOST_URL=http://127.0.0.1:2368 GHOST_PID=1234 npm run bench
 *   DATABASE_URL=postgres://… npm run bench             # a throwaway PostgreSQL database
 *   BENCH_COMPILED=1 npm run bench                      # the app compiled, as `npm start` runs it
 *   BENCH_PAGES=front,rss BENCH_VARIANTS=cached npm run bench   # a narrower run
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { benchDatabase, tempDir, type TempDir } from './lib/bench-app.ts';
import type { DatabaseConfig } from '../src/config/config.ts';
import { BenchError, intFromEnv } from './lib/format.ts';
import { machine, printMachine } from './lib/machine.ts';
import { saveResults } from './lib/results.ts';
import { appRuntime, startApp } from './pages/app-handle.ts';
import { interrupt } from './pages/cannon.ts';
import { ghostTarget, type GhostTarget } from './pages/ghost.ts';
import { measureVariant, type RunResult, type Variant } from './pages/measure.ts';
import { printRuns, printTargets, ratios } from './pages/report.ts';
import { fetchPage, PAGES, startBaseline, type Baseline, type FetchedPage } from './pages/targets.ts';

const PAGE_CACHE_BYTES = 64 * 1024 * 1024;
const PAGE_CACHE_MAX_AGE_MS = 60_000;
const VARIANTS: readonly Variant[] = ['cached', 'uncached'];

/** A comma-separated choice from `allowed` (BENCH_PAGES, BENCH_VARIANTS); null when unset: all. */
function choiceFromEnv(name: string, allowed: readonly string[]): Set<string> | null {
  const raw = process.env[name]?.trim();
  if (!raw) return null;
  const list = raw.split(',').map((s) => s.trim());
  const wrong = list.filter((s) => !allowed.includes(s));
  if (wrong.length > 0)
    throw new BenchError(`${name}="${raw}": ${wrong.join(', ')} unknown; choose from ${allowed.join(', ')}`);
  return new Set(list);
}

/** BENCH_CONNECTIONS: one count or a comma-separated list ("10,50", the default). */
function connectionsFromEnv(): number[] {
  const raw = process.env.BENCH_CONNECTIONS?.trim();
  if (!raw) return [10, 50];
  const list = raw.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.length > 4 || list.some((n) => !Number.isInteger(n) || n < 1 || n > 1000))
    throw new BenchError(
      `BENCH_CONNECTIONS="${raw}" must be up to four whole numbers from 1 to 1000, e.g. 10,50`,
    );
  return list;
}

const log = (line: string): void => {
  console.log(line);
};

interface VariantsPlan {
  database: DatabaseConfig;
  mediaDir: string;
  baseline: Baseline;
  ghost: GhostTarget | null;
  seconds: number;
  warmupSeconds: number;
  connections: readonly number[];
  pages: ReadonlySet<string> | null;
  variants: readonly Variant[];
}

type PageFacts = Array<{ name: string; path: string; bodyBytes: number; contentType: string }>;

/** Each variant in turn: its own app process, started, measured, stopped (also when a run fails). */
async function runVariants(plan: VariantsPlan): Promise<{
  results: RunResult[];
  pages: Record<string, PageFacts>;
  warmupProblems: string[];
  startups: Record<string, number>;
}> {
  const results: RunResult[] = [];
  const pages: Record<string, PageFacts> = {};
  const warmupProblems: string[] = [];
  const startups: Record<string, number> = {};
  // A first start loads the demo content and its readings (the analysis worker); done apart, so
  // that every measured process starts alike on a ready database and its memory is the serving's.
  const prepare = await startApp({
    database: plan.database,
    pageCacheBytes: 0,
    pageCacheMaxAgeMs: PAGE_CACHE_MAX_AGE_MS,
    mediaDir: plan.mediaDir,
  });
  startups.firstStart = Math.round(prepare.startupMs);
  console.log(`app         first start (demo content): ready in ${String(startups.firstStart)} ms`);
  await prepare.stop();
  for (const variant of plan.variants) {
    const app = await startApp({
      database: plan.database,
      pageCacheBytes: variant === 'cached' ? PAGE_CACHE_BYTES : 0,
      pageCacheMaxAgeMs: PAGE_CACHE_MAX_AGE_MS,
      mediaDir: plan.mediaDir,
    });
    try {
      startups[variant] = Math.round(app.startupMs);
      console.log(`app         ${variant}: pid ${String(app.pid)}, ready in ${String(startups[variant])} ms`);
      const outcome = await measureVariant({ ...plan, variant, app, log });
      results.push(...outcome.results);
      warmupProblems.push(...outcome.warmupProblems);
      pages[variant] = outcome.pages.map((p) => ({
        name: p.name,
        path: p.path,
        bodyBytes: p.body.length,
        contentType: p.contentType,
      }));
    } finally {
      await app.stop();
    }
  }
  return { results, pages, warmupProblems, startups };
}

async function main(): Promise<number> {
  const seconds = intFromEnv('BENCH_SECONDS', 5, 1, 120);
  const warmupSeconds = intFromEnv('BENCH_WARMUP_SECONDS', 2, 0, 60);
  const connections = connectionsFromEnv();
  const onlyPages = choiceFromEnv(
    'BENCH_PAGES',
    PAGES.map((p) => p.name),
  );
  const onlyVariants = choiceFromEnv('BENCH_VARIANTS', VARIANTS);
  const variants = VARIANTS.filter((v) => !onlyVariants || onlyVariants.has(v));
  const ghost = ghostTarget();
  const startedAt = new Date();
  const environment = machine(startedAt);
  let dir: TempDir | undefined;
  let baseline: Baseline | undefined;
  const onSigint = (): void => {
    interrupt();
    console.log('\ninterrupted: stopping and cleaning up');
  };
  process.on('SIGINT', onSigint);
  try {
    dir = await tempDir('pages');
    const { database, fromEnv } = benchDatabase(dir.path);
    printMachine('Newsdesk page benchmark', environment);
    console.log(`database    ${database.kind}${fromEnv ? ' (DATABASE_URL)' : ' (temporary file)'}`);
    console.log(
      `runs        ${String(warmupSeconds)} s warm-up, then ${String(seconds)} s per server; ` +
        `${connections.join(' and ')} connections; autocannon in 1 worker thread; app in its own process`,
    );
    let ghostPage: FetchedPage | null = null;
    if (ghost) {
      ghostPage = await fetchPage(ghost.origin, { name: 'ghost', path: ghost.path });
      console.log(
        `ghost       ${ghost.origin}${ghost.path} (${String(ghostPage.body.length)} B), pid ${ghost.pid === null ? 'unknown (GHOST_PID unset)' : String(ghost.pid)}`,
      );
    } else console.log('ghost       not measured (GHOST_URL unset)');
    console.log(
      appRuntime() === 'compiled'
        ? 'app runs    compiled (BENCH_COMPILED=1: app-process.ts built like dist/server/, no tsx)'
        : 'app runs    through tsx (BENCH_COMPILED=1 runs it compiled, as npm start does)',
    );
    baseline = await startBaseline();
    const { results, pages, warmupProblems, startups } = await runVariants({
      database,
      mediaDir: join(dir.path, 'media'),
      baseline,
      ghost,
      seconds,
      warmupSeconds,
      connections,
      pages: onlyPages,
      variants,
    });
    printRuns(results);
    printTargets(results);
    console.log(
      `load avg    ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (1, 5, 15 min) at the end`,
    );
    const problems = [
      ...warmupProblems,
      ...results
        .filter((r) => r.errors > 0 || r.non2xx > 0)
        .map(
          (r) =>
            `${r.variant}/${r.page}/${r.server}/${String(r.connections)}: ${String(r.errors)} errors (${String(r.timeouts)} timeouts), ${String(r.non2xx)} non-2xx`,
        ),
    ];
    const file = await saveResults('pages', startedAt, {
      benchmark: 'pages',
      environment,
      loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
      settings: {
        seconds,
        connections,
        pages: onlyPages ? [...onlyPages] : 'all',
        variants,
        warmupSeconds,
        database: database.kind,
        databaseFromEnv: fromEnv,
        appRuntime: appRuntime(),
        pageCache: { maxBytes: PAGE_CACHE_BYTES, maxAgeMs: PAGE_CACHE_MAX_AGE_MS },
        loadGenerator: 'autocannon, 1 worker thread',
        ghost: ghost ? { ...ghost, bodyBytes: ghostPage?.body.length ?? null } : null,
      },
      startupMs: startups,
      pages,
      results,
      ratios: ratios(results),
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
    const outcomes = await Promise.allSettled([baseline?.close()]);
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
