import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../domain/errors.ts';
import { MemoryAttemptCounter } from './counters.ts';
import { WindowRateLimit } from './rate-limit.ts';

describe('actions per account and window', () => {
  const clock = { t: Date.parse('2025-11-21T08:00:10Z'), now: () => new Date(clock.t) };
  const limit = new WindowRateLimit(new MemoryAttemptCounter(60_000, clock), 3, 60_000, clock, 'saves');
  const at = (iso: string) => (clock.t = Date.parse(iso));
  const attempt = async (key: string) => {
    try {
      await limit.take(key);
      return 'ok';
    } catch (e) {
      expect(e).toBeInstanceOf(RateLimitedError);
      return (e as RateLimitedError).retryAfterSeconds;
    }
  };

  it('counts per key in minutes of the clock and says when the next one starts', async () => {
    at('2025-11-21T08:00:10Z');
    expect([await attempt('a'), await attempt('a'), await attempt('a'), await attempt('a')]).toEqual([
      'ok',
      'ok',
      'ok',
      50,
    ]);
    expect(await attempt('b')).toBe('ok');
    at('2025-11-21T08:00:59.500Z');
    expect(await attempt('a')).toBe(1);
    at('2025-11-21T08:01:00Z');
    expect([await attempt('a'), await attempt('a'), await attempt('a'), await attempt('a')]).toEqual([
      'ok',
      'ok',
      'ok',
      60,
    ]);
    // Two minutes on, the even minute's key comes round again empty.
    at('2025-11-21T08:02:05Z');
    expect([await attempt('a'), await attempt('a'), await attempt('a'), await attempt('a')]).toEqual([
      'ok',
      'ok',
      'ok',
      55,
    ]);
  });
});
