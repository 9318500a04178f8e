import { randomBytes } from 'node:crypto';
import type { Clock } from '../deps.ts';
import type { RedisCommands } from './shared-redis.ts';

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
  count(key: string): Promise<number> {
    return Promise.resolve(this.recent(key).length);
  }
  hit(key: string): Promise<void> {
    this.hits.set(key, [...this.recent(key), this.clock.now().getTime()]);
    return Promise.resolve();
  }
  clear(key: string): Promise<void> {
    this.hits.delete(key);
    return Promise.resolve();
  }
}

/**
 * A fixed window starting at the first attempt: INCR, and the key expires with the window.
 * When Redis cannot be reached the count goes on in this process (sign-in keeps working, still limited).
 */
export class RedisAttemptCounter implements AttemptCounter {
  constructor(
    private readonly redis: RedisCommands,
    private readonly prefix: string,
    private readonly windowMs: number,
    private readonly fallback: AttemptCounter,
  ) {}
  async count(key: string) {
    return this.redis.run(
      async (r) => Number((await r.get(this.prefix + key)) ?? 0),
      () => this.fallback.count(key),
    );
  }
  async hit(key: string) {
    const k = this.prefix + key;
    // Created with its expiry if absent, then counted: one atomic step, no key left without a TTL.
    await this.redis.run(
      async (r) => {
        await r.multi().set(k, '0', 'PX', this.windowMs, 'NX').incr(k).exec();
      },
      () => this.fallback.hit(key),
    );
  }
  async clear(key: string) {
    // Cleared in both places: a count made while Redis was away must not outlive a success.
    await this.fallback.clear(key);
    await this.redis.run(
      async (r) => {
        await r.del(this.prefix + key);
      },
      async () => {},
    );
  }
}

/** Requests per key in fixed windows (the HTTP rate limits). */
export interface WindowCounter {
  /** Counts one request; returns the count in the current window and the milliseconds left in it. */
  incr(key: string, windowMs: number): Promise<WindowCount>;
  /** The same, without counting. */
  peek(key: string, windowMs: number): Promise<WindowCount>;
}
export interface WindowCount {
  count: number;
  ttlMs: number;
}

export class MemoryWindowCounter implements WindowCounter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  constructor(
    private readonly clock: Clock,
    private readonly maxKeys = 100_000,
  ) {}

  private current(key: string, now: number) {
    const w = this.windows.get(key);
    return w && w.endsAt > now ? w : null;
  }
  incr(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.clock.now().getTime();
    let w = this.current(key, now);
    if (!w) {
      if (this.windows.size >= this.maxKeys) this.prune(now);
      w = { count: 0, endsAt: now + windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return Promise.resolve({ count: w.count, ttlMs: w.endsAt - now });
  }
  peek(key: string, _windowMs: number): Promise<WindowCount> {
    const now = this.clock.now().getTime();
    const w = this.current(key, now);
    return Promise.resolve(w ? { count: w.count, ttlMs: w.endsAt - now } : { count: 0, ttlMs: 0 });
  }
  /** Drops ended windows, and when that is not enough the oldest half (memory stays bounded). */
  private prune(now: number) {
    for (const [k, w] of this.windows) if (w.endsAt <= now) this.windows.delete(k);
    if (this.windows.size >= this.maxKeys)
      for (const [k] of [...this.windows].slice(0, this.maxKeys / 2)) this.windows.delete(k);
  }
}

/** The same windows in Redis (shared by instances); in this process while Redis is away. */
export class RedisWindowCounter implements WindowCounter {
  constructor(
    private readonly redis: RedisCommands,
    private readonly prefix: string,
    private readonly fallback: WindowCounter,
  ) {}
  async incr(key: string, windowMs: number) {
    const k = this.prefix + key;
    return this.redis.run(
      async (r) => {
        const res = await r.multi().set(k, '0', 'PX', windowMs, 'NX').incr(k).pttl(k).exec();
        const [, count, ttl] = (res ?? []).map(([err, value]) => {
          if (err) throw err;
          return Number(value);
        });
        if (count === undefined || ttl === undefined) throw new Error('Redis transaction was not run');
        return { count, ttlMs: Math.max(0, ttl) };
      },
      () => this.fallback.incr(key, windowMs),
    );
  }
  async peek(key: string, windowMs: number) {
    const k = this.prefix + key;
    return this.redis.run(
      async (r) => {
        const [count, ttl] = await Promise.all([r.get(k), r.pttl(k)]);
        return { count: Number(count ?? 0), ttlMs: Math.max(0, ttl) };
      },
      () => this.fallback.peek(key, windowMs),
    );
  }
}

export class MemoryRepeatFilter implements RepeatFilter {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly windowMs: number,
    private readonly clock: Clock,
    private readonly maxKeys = 100_000,
  ) {}
  first(key: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.windowMs) return Promise.resolve(false);
    if (this.seen.size >= this.maxKeys) {
      // Forget the oldest half rather than grow without bound.
      for (const [k] of [...this.seen].slice(0, this.maxKeys / 2)) this.seen.delete(k);
    }
    this.seen.set(key, now);
    return Promise.resolve(true);
  }
}

export class RedisRepeatFilter implements RepeatFilter {
  constructor(
    private readonly redis: RedisCommands,
    private readonly prefix: string,
    private readonly windowMs: number,
    private readonly fallback: RepeatFilter,
  ) {}
  async first(key: string) {
    return this.redis.run(
      async (r) => (await r.set(this.prefix + key, '1', 'PX', this.windowMs, 'NX')) === 'OK',
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
  forDay(day: string): Promise<string> {
    if (this.current.day !== day) this.current = { day, value: randomBytes(32).toString('hex') };
    return Promise.resolve(this.current.value);
  }
}

export class RedisDailySecret implements DailySecret {
  constructor(
    private readonly redis: RedisCommands,
    private readonly prefix: string,
    private readonly fallback: DailySecret = new MemoryDailySecret(),
  ) {}
  async forDay(day: string) {
    const k = `${this.prefix}salt:${day}`;
    return this.redis.run(
      async (r) => {
        await r.set(k, randomBytes(32).toString('hex'), 'EX', 2 * 86_400, 'NX');
        return (await r.get(k)) ?? (await this.fallback.forDay(day));
      },
      () => this.fallback.forDay(day),
    );
  }
}
