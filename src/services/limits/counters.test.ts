import { describe, expect, it } from 'vitest';
import { MemoryWindowCounter, RedisWindowCounter, type WindowCounter } from './counters.ts';
import type { RedisCommands } from './shared-redis.ts';

describe('MemoryWindowCounter (the rate limits of one process)', () => {
  it('counts within a fixed window from the first request, then starts again', async () => {
    const clock = { t: 0, now: () => new Date(clock.t) };
    const c = new MemoryWindowCounter(clock);
    expect(await c.incr('a', 60_000)).toEqual({ count: 1, ttlMs: 60_000 });
    clock.t = 20_000;
    expect(await c.incr('a', 60_000)).toEqual({ count: 2, ttlMs: 40_000 });
    expect(await c.peek('a', 60_000)).toEqual({ count: 2, ttlMs: 40_000 });
    expect(await c.incr('b', 60_000)).toEqual({ count: 1, ttlMs: 60_000 });
    clock.t = 60_000;
    expect(await c.peek('a', 60_000)).toEqual({ count: 0, ttlMs: 0 });
    expect(await c.incr('a', 60_000)).toEqual({ count: 1, ttlMs: 60_000 });
  });

  it('keeps a bounded number of keys', async () => {
    const clock = { now: () => new Date(0) };
    const c = new MemoryWindowCounter(clock, 10);
    for (let i = 0; i < 25; i++) await c.incr(`k${i}`, 60_000);
    expect((await c.peek('k24', 60_000)).count).toBe(1);
    expect((await c.peek('k0', 60_000)).count).toBe(0); // forgotten to make room
  });
});

describe('RedisWindowCounter', () => {
  it('counts in this process whenever a Redis command fails', async () => {
    const clock = { now: () => new Date(0) };
    const away: RedisCommands = { run: (_command, fallback) => fallback() };
    const fallback: WindowCounter = new MemoryWindowCounter(clock);
    const c = new RedisWindowCounter(away, 'p:', fallback);
    await c.incr('a', 1_000);
    expect(await c.incr('a', 1_000)).toEqual({ count: 2, ttlMs: 1_000 });
    expect(await c.peek('a', 1_000)).toEqual({ count: 2, ttlMs: 1_000 });
  });
});
