/** Bounded autocannon runs against 127.0.0.1, timing every request per kind of traffic. */
import autocannon from 'autocannon';
import { HOST } from '../lib/bench-app.ts';
import { BenchError, benchFailure } from '../lib/format.ts';

const WATCHDOG_GRACE_MS = 30_000;

/** Ctrl-C's state, shared by the runs in flight: set `interrupted` and stop every run in `current`. */
export interface LoadControl {
  interrupted: boolean;
  current: { stop(): void }[];
}

/** What one autocannon run saw, beside autocannon's own totals. */
export interface Tally {
  latencies: number[];
  statuses: Record<string, number>;
  lostNew: number;
  lostInUse: number;
}

export interface RunTotals {
  requests: number;
  reqPerSec: number;
  timeouts: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * One bounded autocannon run against 127.0.0.1, in this process (the server has its own). With
 * `pick`, every request is chosen by it (a kind and a path) and timed here per kind: one
 * autocannon instance with all the connections. (Several instances side by side in one process
 * starve each other: the later ones' requests went unanswered for seconds while the first
 * instance's were served.)
 */
export function cannon(
  origin: string,
  connections: number,
  seconds: number,
  pick: () => { kind: string; path: string; headers?: Record<string, string> },
  seen: Map<string, Tally>,
  control: LoadControl,
): Promise<autocannon.Result> {
  if (control.interrupted) return Promise.reject(new BenchError('interrupted'));
  if (new URL(origin).hostname !== HOST) return Promise.reject(new BenchError(`refusing to load ${origin}`));
  const tally = (kind: string) => {
    let t = seen.get(kind);
    if (!t) seen.set(kind, (t = { latencies: [], statuses: {}, lostNew: 0, lostInUse: 0 }));
    return t;
  };
  interface Context {
    kind?: string;
    sentAt?: number;
  }
  /** What setupRequest wrote into a connection's context for the request now answered. */
  const sent = (context: Context): { kind: string; sentAt: number } => {
    const { kind, sentAt } = context;
    if (kind === undefined || sentAt === undefined)
      throw new BenchError('autocannon answered a request that setupRequest did not prepare');
    return { kind, sentAt };
  };
  // Which kind each connection's request in flight is, for timeouts and connection errors
  // (autocannon builds a request before it tells which connection it is for).
  let picked = '';
  let active: { kind: string } | null = null;
  return new Promise((resolve, reject) => {
    let settled = false;
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        timeout: 10,
        setupClient: (typed) => {
          // The client emits more events than its type declares ('request', 'timeout', 'connError').
          const client = typed as unknown as NodeJS.EventEmitter & { reqsMade: number };
          // The first request was built just before this, in the client's constructor.
          const state = { kind: picked, answered: 0 };
          // Every later request is built right after this event (not the first: it is built already).
          client.on('request', () => {
            if (client.reqsMade > 0) active = state;
          });
          client.on('response', () => state.answered++);
          // Either way autocannon opens a new connection and sends the next request on it.
          const lost = () => {
            const t = tally(state.kind);
            if (state.answered === 0) t.lostNew++;
            else t.lostInUse++;
            state.answered = 0;
          };
          client.on('timeout', lost);
          client.on('connError', lost);
        },
        requests: [
          {
            method: 'GET',
            setupRequest: (request: autocannon.Request, context: Context) => {
              const next = pick();
              picked = next.kind;
              if (active) active.kind = next.kind;
              active = null;
              context.kind = next.kind;
              context.sentAt = performance.now();
              return { ...request, path: next.path, headers: { ...request.headers, ...next.headers } };
            },
            onResponse: (status: number, _body: string, context: Context) => {
              const { kind, sentAt } = sent(context);
              const t = tally(kind);
              t.latencies.push(performance.now() - sentAt);
              t.statuses[status] = (t.statuses[status] ?? 0) + 1;
            },
          },
        ],
      },
      (err: unknown, result: autocannon.Result) => {
        if (settled) return;
        settled = true;
        clearTimeout(watchdog);
        if (err) reject(benchFailure(err));
        else resolve(result);
      },
    );
    control.current.push({ stop: () => instance.stop() });
    const watchdog = setTimeout(
      () => {
        instance.stop();
        if (!settled) {
          settled = true;
          reject(new BenchError(`run did not finish within ${seconds} s + ${WATCHDOG_GRACE_MS / 1000} s`));
        }
      },
      seconds * 1000 + WATCHDOG_GRACE_MS,
    );
  });
}

export function totals(r: autocannon.Result): RunTotals {
  return {
    requests: r.requests.total,
    reqPerSec: r.requests.average,
    timeouts: r.timeouts,
    errors: r.errors,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
  };
}
