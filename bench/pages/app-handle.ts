/**
 * Starting the app process of the page benchmark (bench/pages/app-process.ts) and asking it for
 * API keys and its counters. Every wait is bounded; `stop` ends the process it started (by its
 * own handle, SIGKILL when it does not leave within the grace period).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BenchError } from '../lib/format.ts';
import { npmStartFlags } from '../lib/start-script.ts';
import { LAUNCH_ENV, replySchema, type AppReply, type Launch } from './protocol.ts';

/** A first start loads the demo content and its readings; a loaded 2-core machine needs minutes. */
const START_TIMEOUT_MS = 300_000;
const ANSWER_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 15_000;

export interface AppStats {
  queries: number;
  /** Bytes. */
  rssMax: number;
  /** Bytes: heap in use, external memory and array buffers at that largest sample. */
  atRssMax: { heapUsed: number; external: number; arrayBuffers: number };
}

export interface AppHandle {
  origin: string;
  pid: number;
  startupMs: number;
  newKey(): Promise<string>;
  /** Queries so far, and the most resident memory since the previous call. */
  stats(): Promise<AppStats>;
  stop(): Promise<void>;
}

type Pending = (reply: AppReply) => void;

/** How the app process runs: the sources through tsx, or compiled as production runs (BENCH_COMPILED=1). */
export type AppRuntime = 'tsx' | 'compiled';

export const appRuntime = (): AppRuntime => (process.env.BENCH_COMPILED === '1' ? 'compiled' : 'tsx');

const COMPILED_DIR = fileURLToPath(new URL('../../dist/bench-app', import.meta.url));

/**
 * The compiled app process: app-process.ts built as scripts/build-server.mjs builds the server
 * (one ES module bundle, packages bundled), into dist/bench-app/; built once per benchmark run.
 */
let compiled: Promise<string> | undefined;
export function compiledEntry(): Promise<string> {
  const script = new URL('../../scripts/build-server.mjs', import.meta.url).href;
  const source = fileURLToPath(new URL('./app-process.ts', import.meta.url));
  compiled ??= import(script).then((m: { buildExtraEntry: BuildExtraEntry }) =>
    m.buildExtraEntry('app-process', source, COMPILED_DIR),
  );
  return compiled;
}
type BuildExtraEntry = (name: string, source: string, outdir: string) => Promise<string>;

/** How else to start it (the article benchmark): another compiled entry, more node flags. */
export interface StartOptions {
  /** A compiled app-process bundle to fork instead of this tree's (another checkout's, for a before/after run). */
  entry?: string;
  /** Node flags added after the usual ones (e.g. `--cpu-prof`). */
  extraNodeArgs?: readonly string[];
}

/** Forks the app process and waits for it to listen. */
export async function startApp(launch: Launch, options: StartOptions = {}): Promise<AppHandle> {
  const runtime = options.entry ? 'compiled' : appRuntime();
  const entry =
    options.entry ??
    (runtime === 'compiled'
      ? await compiledEntry()
      : fileURLToPath(new URL('./app-process.ts', import.meta.url)));
  const child = fork(entry, [], {
    // Compiled: with the V8 flags `npm start` gives the server (they shape its RSS).
    execArgv: [
      ...(runtime === 'compiled' ? npmStartFlags() : ['--import', 'tsx']),
      ...(options.extraNodeArgs ?? []),
    ],
    env: { ...process.env, [LAUNCH_ENV]: JSON.stringify(launch) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, Pending>();
  let failure: string | undefined;
  let nextId = 1;
  const ready = new Promise<{ origin: string; startupMs: number }>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new BenchError(`the app process did not start within ${String(START_TIMEOUT_MS / 1000)} s`));
    }, START_TIMEOUT_MS);
    child.on('message', (raw: unknown) => {
      const parsed = replySchema.safeParse(raw);
      if (!parsed.success) {
        failure = `unreadable message from the app process: ${parsed.error.message}`;
        return;
      }
      const reply = parsed.data;
      if (reply.type === 'ready') {
        clearTimeout(timer);
        resolve(reply);
      } else if (reply.type === 'failed') {
        failure = reply.message;
        clearTimeout(timer);
        reject(new BenchError(`app process: ${reply.message}`));
      } else {
        pending.get(reply.id)?.(reply);
        pending.delete(reply.id);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new BenchError(`the app process exited (${String(code ?? signal)}) ${failure ?? ''}`));
    });
  });
  let started: { origin: string; startupMs: number };
  try {
    started = await ready;
  } catch (e) {
    await stopChild(child);
    throw e;
  }

  const ask = (type: 'key' | 'stats'): Promise<AppReply> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new BenchError(`the app process did not answer "${type}" ${failure ?? ''}`));
      }, ANSWER_TIMEOUT_MS);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      child.send({ type, id });
    });
  };

  return {
    origin: started.origin,
    pid: child.pid ?? 0,
    startupMs: started.startupMs,
    newKey: async () => {
      const reply = await ask('key');
      if (reply.type !== 'key') throw new BenchError(`expected a key, got ${reply.type}`);
      return reply.key;
    },
    stats: async () => {
      const reply = await ask('stats');
      if (reply.type !== 'stats') throw new BenchError(`expected stats, got ${reply.type}`);
      return { queries: reply.queries, rssMax: reply.rssMax, atRssMax: reply.atRssMax };
    },
    stop: () => stopChild(child),
  };
}

/** Asks the process to close, then SIGTERM, then SIGKILL: always this one child, by its handle. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const within = (ms: number) =>
    Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
  if (child.connected) child.send({ type: 'shutdown' });
  if (await within(STOP_GRACE_MS)) return;
  child.kill('SIGTERM');
  if (await within(STOP_GRACE_MS)) return;
  child.kill('SIGKILL');
  await exited;
}
