/**
 * Start benchmark: how long a server process takes from spawn to its first 200 on the article,
 * compiled (dist/server/main.mjs, what `npm start` runs) beside the same sources through tsx (the
 * baseline, measured in the same run); `newsdesk --help` the same way; the server's CPU time and
 * resident memory. Figures are printed and saved, never asserted. See bench/README.md.
 *
 *   npm run bench:start                        # 5 starts and 5 --help runs of each
 *   BENCH_RUNS=9 BENCH_HELP_RUNS=9 npm run bench:start
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HOST, tempDir, type TempDir } from './lib/bench-app.ts';
import { BenchError, type TableRows, intFromEnv, ms, percentile, round3, table } from './lib/format.ts';
import { machine, printMachine } from './lib/machine.ts';
import { saveResults } from './lib/results.ts';
import { freePort, ROOT, start, stop } from './load/process.ts';
import {
  ARTICLE,
  measureHelp,
  measureStart,
  pollUntilOk,
  SERVER_ARGS,
  serverEnv,
  type StartOptions,
  type StartSample,
  type Variant,
  waitForReadings,
} from './start/measure.ts';

const VARIANTS: readonly Variant[] = ['compiled', 'tsx'];
/** The first start of all (migrations, demo articles, their readings) may take long on a busy machine. */
const PREPARE_TIMEOUT_MS = 180_000;
const START_TIMEOUT_MS = 90_000;
const HELP_TIMEOUT_MS = 60_000;

interface Summary {
  n: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

function summary(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    median: round3(percentile(s, 50)),
    p90: round3(percentile(s, 90)),
    min: round3(s[0] ?? Number.NaN),
    max: round3(s[s.length - 1] ?? Number.NaN),
  };
}

interface StartFigures {
  firstOkMs: Summary;
  cpuMs: Summary;
  rssAtStartMiB: Summary;
  rssAfterBurstMiB: Summary;
}

const present = (values: ReadonlyArray<number | null>): number[] => values.filter((v) => v !== null);

/** Builds dist/server/ when missing or stale, as `npm start` does. */
async function build(): Promise<string> {
  const r = await promisify(execFile)(process.execPath, ['scripts/build-server.mjs', '--if-stale'], {
    cwd: ROOT,
    timeout: 180_000,
  });
  return r.stdout.trim();
}

/**
 * Starts the compiled server once on an empty database (demo loaded) and keeps it up until the
 * demo's readings are stored; returns its time to the first 200 and the file.
 */
async function prepare(dir: string): Promise<{ template: string; firstEverMs: number }> {
  const template = join(dir, 'template.sqlite');
  const port = await freePort();
  const began = performance.now();
  const child = start([...SERVER_ARGS.compiled], serverEnv(template, port));
  let firstEverMs: number;
  try {
    await pollUntilOk(
      `http://${HOST}:${port}`,
      ARTICLE,
      () => child.proc.exitCode === null,
      PREPARE_TIMEOUT_MS,
    );
    firstEverMs = performance.now() - began;
    await waitForReadings(template, () => child.proc.exitCode === null, PREPARE_TIMEOUT_MS);
  } catch (e) {
    throw new BenchError(`preparing the database: ${String(e)}\n${child.lines.slice(-10).join('\n')}`);
  } finally {
    await stop(child);
  }
  // Each start copies the file alone: its write-ahead log must have been folded in at close.
  if (existsSync(`${template}-wal`)) throw new BenchError('the prepared database was not closed cleanly');
  return { template, firstEverMs };
}

/** Runs `measure` `runs` times per variant, alternating which goes first so a load swing hits both. */
async function alternate<T>(runs: number, measure: (v: Variant, run: number) => Promise<T>) {
  const out: Record<Variant, T[]> = { compiled: [], tsx: [] };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
    for (const v of order) out[v].push(await measure(v, run));
  }
  return out;
}

function printStarts(starts: Record<Variant, StartSample[]>) {
  const rows: TableRows = [
    ['variant', 'runs', 'median', 'p90', 'min', 'max', 'cpu med', 'rss start', 'rss burst'],
  ];
  const figures = {} as Record<Variant, StartFigures>;
  for (const v of VARIANTS) {
    const s = starts[v];
    const f: StartFigures = {
      firstOkMs: summary(s.map((x) => x.firstOkMs)),
      cpuMs: summary(present(s.map((x) => x.cpuMs))),
      rssAtStartMiB: summary(present(s.map((x) => x.rssAtStartMiB))),
      rssAfterBurstMiB: summary(present(s.map((x) => x.rssAfterBurstMiB))),
    };
    figures[v] = f;
    const t = f.firstOkMs;
    rows.push([
      v,
      String(t.n),
      ...[t.median, t.p90, t.min, t.max, f.cpuMs.median].map((n) => `${ms(n)} ms`),
      `${ms(f.rssAtStartMiB.median)} MiB`,
      `${ms(f.rssAfterBurstMiB.max)} MiB`,
    ]);
  }
  console.log('\nspawn → first 200 on the article (cpu: the server’s CPU time by then, all threads)');
  console.log(table(rows, new Set([1, 2, 3, 4, 5, 6, 7, 8])));
  return figures;
}

function printHelp(help: Record<Variant, number[]>) {
  const rows: TableRows = [['variant', 'runs', 'median', 'p90', 'min', 'max']];
  const figures = {} as Record<Variant, Summary>;
  for (const v of VARIANTS) {
    const t = (figures[v] = summary(help[v]));
    rows.push([v, String(t.n), ...[t.median, t.p90, t.min, t.max].map((n) => `${ms(n)} ms`)]);
  }
  console.log('\nnewsdesk --help, spawn → exit');
  console.log(table(rows, new Set([1, 2, 3, 4, 5])));
  return figures;
}

async function main(): Promise<number> {
  const runs = intFromEnv('BENCH_RUNS', 5, 1, 20);
  const helpRuns = intFromEnv('BENCH_HELP_RUNS', 5, 1, 20);
  const burstRequests = intFromEnv('BENCH_BURST_REQUESTS', 300, 0, 10_000);
  const startedAt = new Date();
  const environment = machine(startedAt);
  let dir: TempDir | undefined;
  try {
    printMachine('Newsdesk start benchmark', environment);
    console.log(`runs        ${runs} starts and ${helpRuns} --help runs per variant, alternating`);
    console.log(`build       ${await build()}`);
    dir = await tempDir('start');
    const { template, firstEverMs } = await prepare(dir.path);
    console.log(
      `first start on an empty database (migrations, demo, readings), compiled: ${ms(firstEverMs)} ms`,
    );
    const options: StartOptions = {
      template,
      dir: dir.path,
      startTimeoutMs: START_TIMEOUT_MS,
      burstRequests,
      burstConcurrency: 10,
    };
    const starts = await alternate(runs, (v, run) => measureStart(v, run, options));
    const help = await alternate(helpRuns, (v) => measureHelp(v, HELP_TIMEOUT_MS));
    const startFigures = printStarts(starts);
    const helpFigures = printHelp(help);
    const ratios = {
      firstOk: round3(startFigures.compiled.firstOkMs.median / startFigures.tsx.firstOkMs.median),
      cpu: round3(startFigures.compiled.cpuMs.median / startFigures.tsx.cpuMs.median),
      help: round3(helpFigures.compiled.median / helpFigures.tsx.median),
    };
    console.log(
      `\ncompiled/tsx (medians): first 200 ${ratios.firstOk}, its CPU ${ratios.cpu}, --help ${ratios.help}`,
    );
    console.log(`rss burst: the most after ${burstRequests} article GETs, 10 at a time`);
    console.log(
      `load avg    ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (1, 5, 15 min) at the end`,
    );
    const file = await saveResults('start', startedAt, {
      benchmark: 'start',
      environment,
      loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
      settings: { runs, helpRuns, burstRequests, burstConcurrency: 10, article: ARTICLE },
      firstEverStartMs: round3(firstEverMs),
      starts,
      help,
      summary: { starts: startFigures, help: helpFigures },
      ratios,
    });
    console.log(`\nresults     ${file}`);
    return 0;
  } finally {
    await dir?.remove();
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
