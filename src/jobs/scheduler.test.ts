import { describe, expect, it } from 'vitest';
import { startScheduler } from './scheduler.ts';

describe('startScheduler', () => {
  it('runs tasks at once and again, never overlapping, and survives failures', async () => {
    let runs = 0;
    let running = 0;
    let maxConcurrent = 0;
    const errors: string[] = [];
    const s = startScheduler(
      [
        {
          name: 'work',
          everyMs: 5,
          run: async () => {
            running++;
            maxConcurrent = Math.max(maxConcurrent, running);
            runs++;
            await new Promise((r) => setTimeout(r, 10));
            running--;
            if (runs === 2) throw new Error('boom');
          },
        },
      ],
      { error: (_o, msg) => errors.push(msg) },
    );
    await new Promise((r) => setTimeout(r, 120));
    await s.stop();
    const after = runs;
    await new Promise((r) => setTimeout(r, 40));
    expect(runs).toBe(after); // stopped means stopped
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(maxConcurrent).toBe(1);
    expect(errors).toEqual(['background task work failed']);
  });

  it('keeps running a task that throws instead of rejecting, and the other tasks beside it', async () => {
    let throws = 0;
    let others = 0;
    const errors: unknown[] = [];
    const s = startScheduler(
      [
        {
          name: 'sync-throw',
          everyMs: 5,
          // Not async: the throw happens while the scheduler calls it, not in a promise.
          run: () => {
            throws++;
            throw new Error('thrown, not rejected');
          },
        },
        {
          name: 'other',
          everyMs: 5,
          run: async () => {
            others++;
          },
        },
      ],
      { error: (o) => errors.push((o as { err: Error }).err.message) },
    );
    await new Promise((r) => setTimeout(r, 80));
    await s.stop();
    expect(throws).toBeGreaterThanOrEqual(3);
    expect(others).toBeGreaterThanOrEqual(3);
    expect(new Set(errors)).toEqual(new Set(['thrown, not rejected']));
  });
});
