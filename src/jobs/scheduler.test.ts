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

  it('runs a triggered task at once, and a busy one again right after, never overlapping', async () => {
    const starts: number[] = [];
    let running = 0;
    let overlapped = false;
    let release: (() => void) | undefined;
    const s = startScheduler(
      [
        {
          name: 'outbox',
          everyMs: 60_000,
          run: async () => {
            overlapped ||= running > 0;
            running++;
            starts.push(starts.length);
            await new Promise<void>((r) => (release = r));
            running--;
          },
        },
      ],
      { error: () => {} },
    );
    await Promise.resolve();
    expect(starts).toHaveLength(1); // the first run, still going
    s.trigger('outbox');
    s.trigger('outbox'); // twice while busy: one more run, not two
    s.trigger('no-such-task');
    release?.();
    await new Promise((r) => setTimeout(r, 20));
    expect(starts).toHaveLength(2); // ran again at once, not after 60 s
    release?.();
    await new Promise((r) => setTimeout(r, 20));
    expect(starts).toHaveLength(2);
    s.trigger('outbox'); // idle: runs now instead of at its next tick
    await new Promise((r) => setTimeout(r, 20));
    expect(starts).toHaveLength(3);
    release?.();
    await s.stop();
    s.trigger('outbox');
    expect(starts).toHaveLength(3);
    expect(overlapped).toBe(false);
  });

  it('notes a run that fails once stop() was called at info level, not as an error', async () => {
    const errors: string[] = [];
    const infos: string[] = [];
    let fail: ((e: Error) => void) | undefined;
    const s = startScheduler(
      [{ name: 'analysis', everyMs: 60_000, run: () => new Promise((_r, reject) => (fail = reject)) }],
      { error: (_o, msg) => errors.push(msg), info: (_o, msg) => infos.push(msg) },
    );
    await Promise.resolve();
    const stopped = s.stop();
    // What closing the analyser does to the reading in flight.
    fail?.(new Error('the analyzer is closed'));
    await stopped;
    expect(errors).toEqual([]);
    expect(infos).toEqual(['background task analysis was cut short by the shutdown']);
  });
});
