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
});
