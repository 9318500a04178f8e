import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../domain/errors.ts';
import { ImageWork } from './image-work.ts';

describe('image work', () => {
  it('admits one upload per account and a few in all; a release frees the place once', () => {
    const work = new ImageWork({ concurrency: 1, maxInProgress: 2 });
    const a = work.admit('a');
    expect(() => work.admit('a')).toThrow(RateLimitedError);
    const b = work.admit('b');
    try {
      work.admit('c');
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(RateLimitedError);
      expect((e as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
      expect((e as Error).message).toMatch(/busy/);
    }
    a();
    a(); // a second release changes nothing
    const c = work.admit('c');
    expect(() => work.admit('d')).toThrow(/busy/);
    b();
    c();
    expect(() => work.admit('a')).not.toThrow();
  });

  it('runs one piece of work at a time, the others in turn', async () => {
    const work = new ImageWork({ concurrency: 1, maxInProgress: 8 });
    let active = 0;
    let most = 0;
    const order: number[] = [];
    const job = (n: number) =>
      work.run(async () => {
        active++;
        most = Math.max(most, active);
        await new Promise((r) => setTimeout(r, 5));
        order.push(n);
        active--;
        if (n === 2) throw new Error('bad image');
        return n;
      });
    const results = await Promise.allSettled([job(1), job(2), job(3)]);
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
