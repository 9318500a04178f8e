/**
 * One bounded load run: autocannon in a worker thread against 127.0.0.1 only, capped in requests
 * and watched by a timer, stoppable by Ctrl-C; and its result reduced to the figures we keep.
 */
import autocannon from 'autocannon';
import { HOST } from '../lib/bench-app.ts';
import { BenchError, benchFailure } from '../lib/format.ts';

/** A run that has not finished this long after its duration is stopped and counted as failed. */
const WATCHDOG_GRACE_MS = 30_000;
/** Upper bound on requests per run, per second of duration: far above what one Node core serves. */
export const MAX_REQUESTS_PER_SECOND = 250_000;

export interface RunFigures {
  /** Average of autocannon's per-second samples. */
  reqPerSec: number;
  /** Milliseconds; autocannon's latency histogram has a resolution of 1 ms. */
  latencyMs: { average: number; p50: number; p97_5: number; p99: number; max: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Bytes read per response during the run, headers included. */
  wireBytesPerResponse: number;
  /** True when the run stopped at the request cap before its duration was up. */
  hitRequestCap: boolean;
}

/** The run in progress, so Ctrl-C can stop it (a stopped worker-mode run never reports a result). */
let current: { abort(): void } | undefined;
let interrupted = false;

/** Stops the run in progress and refuses new ones. */
export function interrupt(): void {
  interrupted = true;
  current?.abort();
}

export interface CannonOptions {
  seconds: number;
  connections: number;
  headers?: Record<string, string>;
}

const capOf = (o: CannonOptions): number => Math.max(o.connections, o.seconds * MAX_REQUESTS_PER_SECOND);

/** One run; resolves with its figures, rejects on a failed or overdue run. */
export function cannon(url: string, o: CannonOptions): Promise<RunFigures> {
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
      else if (result) resolve(figures(result, capOf(o)));
      else reject(new BenchError(`autocannon returned no result for ${url}`));
    };
    const instance = autocannon(
      {
        url,
        connections: o.connections,
        duration: o.seconds,
        maxOverallRequests: capOf(o),
        timeout: 10,
        ...(o.headers ? { headers: o.headers } : {}),
        // A separate thread, so the load generator does not share the baseline's event loop.
        workers: 1,
      },
      (err: unknown, result: autocannon.Result) => {
        finish(err, result);
      },
    );
    current = {
      abort: () => {
        instance.stop();
        finish(new BenchError('interrupted'));
      },
    };
    instance.on('error', (err: unknown) => {
      finish(err);
    });
    const watchdog = setTimeout(
      () => {
        instance.stop();
        finish(
          new BenchError(
            `run against ${url} did not finish within ${String(o.seconds)} s + ${String(WATCHDOG_GRACE_MS / 1000)} s`,
          ),
        );
      },
      o.seconds * 1000 + WATCHDOG_GRACE_MS,
    );
  });
}

function figures(r: autocannon.Result, cap: number): RunFigures {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  const requests = r.requests.total;
  return {
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
    wireBytesPerResponse: requests > 0 ? Math.round(r.throughput.total / requests) : 0,
    hitRequestCap: requests >= cap,
  };
}

/**
 * Asks for `url` every `everyMs` while a run goes on and counts the X-Cache answers: the proof
 * that a "cached" run was served from the cache. `stop` returns the counts ("none" when absent).
 */
export function sampleXCache(
  url: string,
  everyMs: number,
  headers: Record<string, string> = {},
): { stop(): Promise<Record<string, number>> } {
  const counts: Record<string, number> = {};
  let inFlight: Promise<void> = Promise.resolve();
  const tick = (): void => {
    inFlight = fetch(url, {
      headers: { 'accept-encoding': 'identity', ...headers },
      signal: AbortSignal.timeout(10_000),
    })
      .then(async (res) => {
        await res.arrayBuffer();
        const kind = `${String(res.status)} ${res.headers.get('x-cache') ?? 'none'}`;
        counts[kind] = (counts[kind] ?? 0) + 1;
      })
      .catch(() => {
        counts.failed = (counts.failed ?? 0) + 1;
      });
  };
  const timer = setInterval(tick, everyMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await inFlight;
      return counts;
    },
  };
}
