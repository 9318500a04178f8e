/**
 * The measurements of the start benchmark, one process at a time: a server spawned on a copy of a
 * prepared SQLite file until its first 200 on the article, and a `newsdesk --help` run to its exit.
 */
import { spawn } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { HOST } from '../lib/bench-app.ts';
import { BenchError } from '../lib/format.ts';
import { npmStartArgs } from '../lib/start-script.ts';
import { freePort, ROOT, rssMiB, sleep, start, stop } from '../load/process.ts';

export const ARTICLE = '/en/world/moscow-expresses-regret-over-damage-to-azerbaijans-embassy-in-kyiv';

/** How each variant starts: node arguments from the checkout (compiled: as `npm start` runs it). */
export const SERVER_ARGS = {
  compiled: npmStartArgs(),
  tsx: ['--import', 'tsx', 'src/main.ts'],
} as const;
export const HELP_ARGS = {
  // The bin as installed: its build check, then dist/server/cli.mjs (the bench builds first).
  compiled: ['bin/newsdesk.mjs', '--help'],
  tsx: ['--import', 'tsx', 'src/cli/main.ts', '--help'],
} as const;
export type Variant = keyof typeof SERVER_ARGS;

/** CPU time (user + system, every thread) a process has used so far, in ms; null off Linux. */
async function cpuMs(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export interface StartSample {
  /** Spawn → first 200 on the article, ms. */
  firstOkMs: number;
  /** CPU the server used by then (all its threads), ms. */
  cpuMs: number | null;
  /** Resident memory at the first 200, then after the burst of requests, MiB. */
  rssAtStartMiB: number | null;
  rssAfterBurstMiB: number | null;
}

export interface StartOptions {
  /** The prepared database file; each start gets a copy of its own. */
  template: string;
  dir: string;
  startTimeoutMs: number;
  burstRequests: number;
  burstConcurrency: number;
}

/** Environment of a measured server: 127.0.0.1 only, warnings only, the demo as `npm start` has it. */
export const serverEnv = (database: string, port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: `sqlite:${database}`,
  HOST,
  PORT: String(port),
  LOG_LEVEL: 'warn',
  NEWSDESK_DEMO: '1',
});

/** GETs `path` every 10 ms until it answers 200, the process exits, or the bound passes. */
export async function pollUntilOk(
  origin: string,
  path: string,
  alive: () => boolean,
  ms: number,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive()) throw new BenchError('the server exited before answering');
    try {
      const r = await fetch(`${origin}${path}`);
      await r.arrayBuffer();
      if (r.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(10);
  }
  throw new BenchError(`no 200 on ${path} within ${ms / 1000} s`);
}

/** `count` GETs of the article, `concurrency` at a time; any answer but 200 stops the benchmark. */
async function burst(origin: string, count: number, concurrency: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      const r = await fetch(`${origin}${ARTICLE}`);
      await r.arrayBuffer();
      if (r.status !== 200) throw new BenchError(`the burst got ${r.status} on the article`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

/** One cold start of `variant` on a fresh copy of the template. */
export async function measureStart(variant: Variant, run: number, o: StartOptions): Promise<StartSample> {
  const database = join(o.dir, `run-${run}-${variant}.sqlite`);
  await copyFile(o.template, database);
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const began = performance.now();
  const child = start([...SERVER_ARGS[variant]], serverEnv(database, port));
  try {
    await pollUntilOk(origin, ARTICLE, () => child.proc.exitCode === null, o.startTimeoutMs);
    const firstOkMs = performance.now() - began;
    const pid = child.proc.pid;
    if (pid === undefined) throw new BenchError(`the ${variant} server has no process id`);
    const sample = { firstOkMs, cpuMs: await cpuMs(pid), rssAtStartMiB: await rssMiB(pid) };
    await burst(origin, o.burstRequests, o.burstConcurrency);
    return { ...sample, rssAfterBurstMiB: await rssMiB(pid) };
  } catch (e) {
    throw new BenchError(
      `${variant} start ${run}: ${e instanceof Error ? e.message : String(e)}\n${child.lines.slice(-10).join('\n')}`,
    );
  } finally {
    await stop(child);
  }
}

/** One `newsdesk --help` of `variant`, spawn to exit, in ms; bounded by `timeoutMs`. */
export function measureHelp(variant: Variant, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const proc = spawn(process.execPath, [...HELP_ARGS[variant]], {
      cwd: ROOT,
      stdio: 'ignore',
      timeout: timeoutMs,
    });
    proc.once('error', reject);
    proc.once('exit', (code, signal) => {
      if (code === 0) resolve(performance.now() - began);
      else reject(new BenchError(`${variant} --help ended with ${code ?? signal}`));
    });
  });
}

/** Published articles without a stored reading in the SQLite file at `database`. */
function unread(database: string): number {
  const db = new SQLite(database, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `select count(*) as n from articles a where a.status = 'published'
           and not exists (select 1 from article_analysis x where x.article_id = a.id)`,
      )
      .get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

/**
 * Waits until every published article of the prepared database has its reading. The demo's
 * readings are made in the analysis worker after the first 200; a template copied before they are
 * done makes every measured start finish them, so its RSS would count the worker thread (tens of
 * MB) and its CPU the readings: the figures of a first start, not of a restart.
 */
export async function waitForReadings(database: string, alive: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive()) throw new BenchError('the server exited before the demo readings were made');
    if (unread(database) === 0) return;
    await sleep(250);
  }
  throw new BenchError(`the demo readings were not all made within ${ms / 1000} s`);
}
