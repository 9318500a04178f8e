import { createRequire } from 'node:module';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { AppError } from '../domain/errors.ts';
import { asError } from '../lib/as-error.ts';

/**
 * PostgreSQL connections that cannot take the process down: every client has an error listener,
 * every wait has a bound, and a database that went away is retried with back-off while requests
 * fail fast with UNAVAILABLE (503) instead of queueing behind it.
 */

/** Milliseconds; 0 turns a bound off. */
export interface PostgresTimeouts {
  /** Opening a connection, and waiting for a free one when the pool is busy (pg `connectionTimeoutMillis`). */
  connectMs: number;
  /** Server side: a statement running longer is cancelled by PostgreSQL (`statement_timeout`). */
  statementMs: number;
  /** Client side: a query without an answer this long is given up and its connection dropped (pg `query_timeout`). */
  queryMs: number;
  /** Server side: a session idle inside an open transaction this long is ended (`idle_in_transaction_session_timeout`). */
  idleInTransactionMs: number;
  /** A pooled connection unused this long is closed (pg `idleTimeoutMillis`). */
  idleMs: number;
}

const requireCjs = createRequire(import.meta.url);
let pgModule: typeof pg | undefined;

/** pg, loaded on first use: a SQLite start never pays for it (about a tenth of the start's CPU). */
export const loadPg = (): typeof pg => (pgModule ??= requireCjs('pg') as typeof pg);

export const defaultPostgresTimeouts: PostgresTimeouts = {
  connectMs: 5_000,
  statementMs: 30_000,
  queryMs: 35_000,
  idleInTransactionMs: 60_000,
  idleMs: 10_000,
};

/** Where connection trouble is reported: the server's logger (pino's signature). */
export interface DatabaseLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** The first retry after a failed connection attempt, and the longest wait between two. */
export const BACKOFF_FIRST_MS = 100;
export const BACKOFF_MAX_MS = 2_000;

const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Did this error end (or come from the loss of) the connection, rather than come from the SQL?
 * SQLSTATE class 08 is "connection exception" (08P01, a protocol violation, is a bug of ours);
 * 57P01–57P03 are the server shutting the session down (pg_terminate_backend, restart,
 * recovery). pg's own messages cover a socket that closed or a query that got no answer.
 */
export function isConnectionLoss(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (/^57P0[1-3]$/.test(code) || (code.startsWith('08') && code !== '08P01')) return true;
    if (SOCKET_ERRORS.has(code)) return true;
  }
  return /Connection terminated|not queryable|Query read timeout/i.test(e.message);
}

/** A statement cancelled by `statement_timeout`, or a server too full to take a connection. */
const isOverload = (e: unknown): boolean => {
  const code = e instanceof Error ? (e as { code?: unknown }).code : undefined;
  return code === '57014' || code === '53300';
};

export function unavailable(message: string, cause?: unknown): AppError {
  const err = new AppError('UNAVAILABLE', message);
  if (cause !== undefined) (err as { cause?: unknown }).cause = cause;
  return err;
}

/**
 * Back-off between connection attempts once one failed: requests meanwhile fail at once, and
 * one attempt at a time probes the server (100 ms, 200 ms … at most 2 s apart).
 */
export class Reconnect {
  private failures = 0;
  private retryAt = 0;
  private probing = false;

  constructor(
    private readonly log: DatabaseLog | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws UNAVAILABLE while waiting to retry; otherwise the caller may try (and must report). */
  enter(): void {
    if (this.failures === 0) return;
    if (this.probing || this.now() < this.retryAt) {
      throw unavailable('The database cannot be reached just now; retrying.');
    }
    this.probing = true;
  }

  failed(err: unknown): void {
    this.probing = false;
    this.failures++;
    const wait = Math.min(BACKOFF_FIRST_MS * 2 ** (this.failures - 1), BACKOFF_MAX_MS);
    this.retryAt = this.now() + wait;
    if (this.failures === 1) {
      this.log?.error(
        { err },
        'database unreachable: requests answer 503 and connecting is retried with back-off',
      );
    }
  }

  /** The attempt said nothing about the server (it never got a connection to try). */
  inconclusive(): void {
    this.probing = false;
  }

  succeeded(): void {
    this.probing = false;
    if (this.failures > 0) this.log?.info({ failedAttempts: this.failures }, 'database reachable again');
    this.failures = 0;
    this.retryAt = 0;
  }

  get down(): boolean {
    return this.failures > 0;
  }
}

export interface ResilientPool {
  /** What Kysely's PostgresDialect is given; its `end()` (Kysely's destroy) closes every connection. */
  kysely: PostgresPool;
  /** `select 1` on a connection of its own, answered or refused within `timeoutMs`. */
  ping: (timeoutMs: number) => Promise<void>;
}

function newPgPool(
  connectionString: string,
  max: number,
  t: PostgresTimeouts,
  log: DatabaseLog | undefined,
  what: string,
): pg.Pool {
  const pool = new (loadPg().Pool)({
    connectionString,
    max,
    connectionTimeoutMillis: t.connectMs,
    idleTimeoutMillis: t.idleMs,
    // pg sends these as session settings at connect; 0 leaves the server's own setting.
    statement_timeout: t.statementMs || undefined,
    idle_in_transaction_session_timeout: t.idleInTransactionMs || undefined,
    query_timeout: t.queryMs || undefined,
    // Notices a peer that vanished without closing the connection (a dead host, a dropped NAT entry).
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  return listenForErrors(pool, log, what);
}

/**
 * An idle connection that fails is removed by the pool; a busy one is released broken by the
 * code using it. Either way its 'error' event must have a listener, or Node ends the process.
 */
export function listenForErrors(pool: pg.Pool, log: DatabaseLog | undefined, what: string): pg.Pool {
  // The pool re-emits an idle client's error; the client's own listener below has logged it.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', (err) => {
      (client as Lost)[LOST] = true;
      log?.warn({ err, pool: what }, 'database connection lost; the pool replaces it');
    });
  });
  return pool;
}

/** Marks a client whose loss is already logged. */
const LOST = Symbol('lost');
type Lost = pg.PoolClient & { [LOST]?: boolean };

/** A pg pool for Kysely, with timeouts, error listeners, back-off and a bounded ping. */
export function createResilientPool(
  connectionString: string,
  options: { poolSize?: number; timeouts?: Partial<PostgresTimeouts>; log?: DatabaseLog | undefined } = {},
): ResilientPool {
  const t = { ...defaultPostgresTimeouts, ...options.timeouts };
  const log = options.log;
  const pool = newPgPool(connectionString, options.poolSize ?? 10, t, log, 'main');
  const reconnect = new Reconnect(log);
  // Readiness probes get one connection of their own: they answer even when every pooled
  // connection is busy or stuck, and they never open more than one.
  let pingPool: pg.Pool | null = null;

  const connect = async (): Promise<PostgresPoolClient> => {
    reconnect.enter();
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      // Waiting for a free connection of a full pool timed out: busy, not unreachable.
      const busy = e instanceof Error && e.message === 'timeout exceeded when trying to connect';
      if (busy) reconnect.inconclusive();
      else reconnect.failed(e);
      throw unavailable(
        busy ? 'The database is busy; try again shortly.' : 'The database cannot be reached just now.',
        e,
      );
    }
    reconnect.succeeded();
    let broken = false;
    const query = (...args: unknown[]): unknown => {
      const result = (client.query as (...a: unknown[]) => unknown)(...args);
      if (!(result instanceof Promise)) return result; // a cursor
      return result.catch((e: unknown) => {
        if (isConnectionLoss(e)) {
          // Dropped on release: a connection whose query got no answer may still be waiting for it.
          broken = true;
          if (!(client as Lost)[LOST]) log?.warn({ err: e }, 'database query failed: connection lost');
          throw unavailable('The database connection was lost; try again.', e);
        }
        if (isOverload(e)) {
          log?.warn({ err: e }, 'database query timed out or was refused');
          throw unavailable('The database is busy; try again shortly.', e);
        }
        throw e;
      });
    };
    return {
      query: query as PostgresPoolClient['query'],
      release: (destroy?: boolean) => client.release(destroy || broken ? true : undefined),
    };
  };

  const ping = async (timeoutMs: number): Promise<void> => {
    // The first probe's bound also bounds the probe connection's connecting and queries.
    pingPool ??= newPgPool(
      connectionString,
      1,
      { ...t, connectMs: timeoutMs, queryMs: timeoutMs, statementMs: timeoutMs, idleMs: 60_000 },
      log,
      'ping',
    );
    const p = pingPool;
    const attempt = (async () => {
      const client = await p.connect();
      let failed: Error | undefined;
      try {
        await client.query('select 1');
      } catch (e) {
        failed = asError(e);
        throw e;
      } finally {
        client.release(failed);
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(unavailable(`The database did not answer within ${timeoutMs} ms.`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([attempt, deadline]);
      // The server answers: let requests connect again without waiting out the back-off.
      reconnect.succeeded();
    } catch (e) {
      attempt.catch(() => {}); // settles later (pg's own bounds); nobody waits for it
      reconnect.failed(e);
      throw e instanceof AppError ? e : unavailable('The database cannot be reached just now.', e);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    kysely: {
      connect,
      end: async () => {
        await Promise.all([pool.end(), pingPool?.end()]);
      },
    },
    ping,
  };
}
