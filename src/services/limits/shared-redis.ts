import { Redis } from 'ioredis';
import { CircuitBreaker } from '../../lib/circuit-breaker.ts';

/** Runs a Redis command, or the fallback when Redis fails, is slow or is known to be away. */
export interface RedisCommands {
  run<T>(command: (redis: Redis) => Promise<T>, fallback: () => Promise<T>): Promise<T>;
}

export interface SharedRedisOptions {
  /** A command not answered within this is taken as failed (Redis answers in well under 1 ms). */
  commandTimeoutMs?: number;
  /** Failed commands in a row after which Redis is left alone… */
  failures?: number;
  /** …for this long, before one command probes it again. */
  cooldownMs?: number;
  /** Where "Redis is away / back" goes (the server's log). */
  log?: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  now?: () => number;
}

export const REDIS_COMMAND_TIMEOUT_MS = 50;
const FAILURES = 3;
const COOLDOWN_MS = 5_000;

/**
 * The Redis that instances share counters through, behind a circuit breaker. Every command has
 * a short timeout; after a few failures in a row no command goes to Redis for a while and the
 * callers' fallbacks (per-process counting) answer at once; then one command probes it, and the
 * first answer makes counting shared again. Without this, a Redis that refuses or hangs held
 * each sign-in for seconds (reconnect attempts, queued commands).
 */
export class SharedRedis implements RedisCommands {
  readonly client: Redis;
  private readonly breaker: CircuitBreaker;

  constructor(url: string, options: SharedRedisOptions = {}) {
    const cooldownMs = options.cooldownMs ?? COOLDOWN_MS;
    this.client = new Redis(url, {
      connectTimeout: 1_000,
      // Also bounds the connection's ready check, so a server that accepts and never answers is
      // dropped and dialled again rather than waited on forever.
      commandTimeout: options.commandTimeoutMs ?? REDIS_COMMAND_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      enableAutoPipelining: true,
    });
    // Outages are reported by the breaker, once; ioredis would report every reconnect attempt.
    this.client.on('error', () => {});
    this.breaker = new CircuitBreaker({
      failures: options.failures ?? FAILURES,
      cooldownMs,
      now: options.now ?? (() => performance.now()),
      onOpen: () => {
        options.log?.error(
          { retryInMs: cooldownMs },
          'Redis is not answering: limits are counted in this process until it is back',
        );
        // A connection that went silent may never answer again (a dead peer sends no reset):
        // dial anew so that the probe meets the server as it is now.
        if (this.client.status === 'ready' || this.client.status === 'connect') this.client.disconnect(true);
      },
      onClose: () => options.log?.info({}, 'Redis answers again: limits are shared between instances'),
    });
  }

  run<T>(command: (redis: Redis) => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    return this.breaker.call(() => command(this.client), fallback);
  }

  async close(): Promise<void> {
    // QUIT waits for an answer; a hung server gets none, so give it as long as a command.
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
