import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../deps.ts';

/**
 * Counts attempts per key within a window (sign-in failures per account). In memory for one
 * process; in Redis when several instances must share the count.
 */
export interface AttemptCounter {
  count(key: string): Promise<number>;
  hit(key: string): Promise<void>;
  clear(key: string): Promise<void>;
}

/** Tells whether something was already seen within a window (a reader reloading a page). */
export interface RepeatFilter {
  /** True the first time `key` is seen within the window, false for repeats. */
  first(key: string): Promise<boolean>;
}

export class MemoryAttemptCounter implements AttemptCounter {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  private recent(key: string): number[] {
    const now = this.clock.now().getTime();
    const kept = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length) this.hits.set(key, kept);
    else this.hits.delete(key);
    return kept;
  }
  async count(key: string) {
    return this.recent(key).length;
  }
  async hit(key: string) {
    this.hits.set(key, [...this.recent(key), this.clock.now().getTime()]);
  }
  async clear(key: string) {
    this.hits.delete(key);
  }
}

/**
 * A fixed window starting at the first attempt: INCR, and the key expires with the window.
 * When Redis cannot be reached the count goes on in this process (sign-in keeps working, still limited).
 */
export class RedisAttemptCounter implements AttemptCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly windowMs: number,
    private readonly fallback: AttemptCounter,
  ) {}
  async count(key: string) {
    return orElse(
      async () => Number((await this.redis.get(this.prefix + key)) ?? 0),
      () => this.fallback.count(key),
    );
  }
  async hit(key: string) {
    const k = this.prefix + key;
    // Created with its expiry if absent, then counted: one atomic step, no key left without a TTL.
    await orElse(
      async () => void (await this.redis.multi().set(k, '0', 'PX', this.windowMs, 'NX').incr(k).exec()),
      () => this.fallback.hit(key),
    );
  }
  async clear(key: string) {
    await orElse(
      async () => void (await this.redis.del(this.prefix + key)),
      () => this.fallback.clear(key),
    );
  }
}

async function orElse<T>(primary: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
  try {
    return await primary();
  } catch {
    return fallback();
  }
}

export class MemoryRepeatFilter implements RepeatFilter {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly windowMs: number,
    private readonly clock: Clock,
    private readonly maxKeys = 100_000,
  ) {}
  async first(key: string) {
    const now = this.clock.now().getTime();
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.windowMs) return false;
    if (this.seen.size >= this.maxKeys) {
      // Forget the oldest half rather than grow without bound.
      for (const [k] of [...this.seen].slice(0, this.maxKeys / 2)) this.seen.delete(k);
    }
    this.seen.set(key, now);
    return true;
  }
}

export class RedisRepeatFilter implements RepeatFilter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly windowMs: number,
    private readonly fallback: RepeatFilter,
  ) {}
  async first(key: string) {
    return orElse(
      async () => (await this.redis.set(this.prefix + key, '1', 'PX', this.windowMs, 'NX')) === 'OK',
      () => this.fallback.first(key),
    );
  }
}

/**
 * A secret that changes every day (for hashing readers' addresses so they cannot be traced).
 * Kept in memory only: in this process, or in Redis (expiring) so that instances agree.
 */
export interface DailySecret {
  forDay(day: string): Promise<string>;
}

export class MemoryDailySecret implements DailySecret {
  private current = { day: '', value: '' };
  async forDay(day: string) {
    if (this.current.day !== day) this.current = { day, value: randomBytes(32).toString('hex') };
    return this.current.value;
  }
}

export class RedisDailySecret implements DailySecret {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly fallback: DailySecret = new MemoryDailySecret(),
  ) {}
  async forDay(day: string) {
    const k = `${this.prefix}salt:${day}`;
    return orElse(
      async () => {
        await this.redis.set(k, randomBytes(32).toString('hex'), 'EX', 2 * 86_400, 'NX');
        return (await this.redis.get(k)) ?? (await this.fallback.forDay(day));
      },
      () => this.fallback.forDay(day),
    );
  }
}
