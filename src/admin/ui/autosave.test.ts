import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api.ts';
import { Autosaver, type SaveState } from './autosave.ts';

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(save: () => Promise<void>) {
    const states: SaveState['kind'][] = [];
    const saver = new Autosaver({
      delayMs: 1500,
      save,
      onState: (s) => states.push(s.kind),
      now: () => new Date(0),
    });
    return { saver, states };
  }

  it('saves once, 1.5 s after the last change', async () => {
    const save = vi.fn(async () => {});
    const { saver, states } = setup(save);
    saver.change();
    await vi.advanceTimersByTimeAsync(1000);
    saver.change();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe('saved');
    expect(saver.unsaved).toBe(false);
  });

  it('never runs two saves at once: changes made while saving go out after it', async () => {
    let release!: () => void;
    let running = 0;
    let most = 0;
    const save = vi.fn(async () => {
      running++;
      most = Math.max(most, running);
      await new Promise<void>((r) => (release = r));
      running--;
    });
    const { saver, states } = setup(save);
    saver.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(1);
    saver.change();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('dirty');
    await vi.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(2);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('saved');
    expect(most).toBe(1);
  });

  it('stops for good on a version conflict: nothing is retried or overwritten', async () => {
    const save = vi.fn(async () => {
      throw new ApiError(409, 'CONFLICT', 'This article was changed by A since you opened it', [
        { field: 'version', message: 'is 3, not 2' },
      ]);
    });
    const { saver, states } = setup(save);
    saver.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toBe('conflict');
    expect(saver.isStopped).toBe(true);
    saver.change();
    await saver.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('reports other errors and tries again with the next change or a flush', async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail)
        throw new ApiError(400, 'VALIDATION_FAILED', 'headline: is required', [
          { field: 'headline', message: 'is required' },
        ]);
    });
    const states: SaveState[] = [];
    const saver = new Autosaver({ delayMs: 1500, save, onState: (s) => states.push(s) });
    saver.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toMatchObject({ kind: 'error', issues: [{ field: 'headline' }] });
    expect(saver.unsaved).toBe(true);
    fail = false;
    await saver.flush();
    expect(states.at(-1)?.kind).toBe('saved');
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('a slug taken by another article is an error to show, not a conflict that stops autosave', async () => {
    const save = vi.fn(async () => {
      throw new ApiError(409, 'CONFLICT', 'slug "x" is already used in en', [
        { field: 'slug', message: 'is already used' },
      ]);
    });
    const { saver, states } = setup(save);
    saver.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toBe('error');
    expect(saver.isStopped).toBe(false);
  });

  it('on too many saves (429) keeps the text, waits what the server says, then saves the latest text once', async () => {
    let refuse = true;
    const saved: string[] = [];
    let text = 'first';
    const save = vi.fn(async () => {
      if (refuse) {
        refuse = false;
        throw new ApiError(429, 'RATE_LIMITED', 'Too many article saves', [], 7);
      }
      saved.push(text);
    });
    const states: SaveState[] = [];
    const saver = new Autosaver({
      delayMs: 1500,
      save,
      onState: (s) => states.push(s),
      now: () => new Date(0),
    });
    saver.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toEqual({ kind: 'waiting', until: new Date(7_000) });
    expect(saver.unsaved).toBe(true);
    // Typing, "Save now" and leaving the page send nothing sooner.
    text = 'second';
    saver.change();
    await saver.flush();
    await vi.advanceTimersByTimeAsync(6_900);
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)?.kind).toBe('waiting');
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saved).toEqual(['second']);
    expect(states.at(-1)?.kind).toBe('saved');
    expect(saver.unsaved).toBe(false);
    // Back to normal: the next change saves after the usual pause.
    saver.change();
    await vi.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('backs off 2 s, 4 s, 8 s … when a 429 does not say how long, and starts over after a save', async () => {
    let refusals = 3;
    const calls: number[] = [];
    const save = vi.fn(async () => {
      calls.push(Date.now());
      if (refusals-- > 0) throw new ApiError(429, 'RATE_LIMITED', 'Too many article saves');
    });
    const { saver, states } = setup(save);
    const start = Date.now();
    saver.change();
    await vi.advanceTimersByTimeAsync(1500 + 2000 + 4000 + 8000);
    expect(calls.map((t) => t - start)).toEqual([1500, 3500, 7500, 15500]);
    expect(states.at(-1)).toBe('saved');
  });
});
