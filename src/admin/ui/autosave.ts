import { ApiError, type Issue } from './api.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string; issues: Issue[] }
  | { kind: 'conflict'; message: string };

/**
 * Autosave: a save runs `delayMs` after the last change, never two at once (changes made while
 * one is in flight are saved right after it), and a refusal because someone else saved a newer
 * version stops autosaving for good: the user decides what to do, nothing is overwritten.
 */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private pending = false;
  private stopped = false;
  private state: SaveState = { kind: 'idle' };

  constructor(
    private readonly opts: {
      delayMs: number;
      save: () => Promise<void>;
      onState: (s: SaveState) => void;
      now?: () => Date;
    },
  ) {}

  get current(): SaveState {
    return this.state;
  }

  /** True while there are changes not yet saved (or a save is running). */
  get unsaved(): boolean {
    return (
      this.pending || this.inFlight !== null || this.state.kind === 'dirty' || this.state.kind === 'error'
    );
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  change(): void {
    if (this.stopped) return;
    this.pending = true;
    if (!this.inFlight) this.set({ kind: 'dirty' });
    this.schedule();
  }

  /** Saves now (the "Save" button, leaving the page, before a workflow move). */
  async flush(): Promise<void> {
    if (this.stopped) return;
    this.clearTimer();
    if (this.inFlight) {
      await this.inFlight;
      if (!this.pending || this.stopped) return;
      this.clearTimer();
    }
    if (!this.pending && this.state.kind !== 'error') return;
    await this.run();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.inFlight) void this.run();
    }, this.opts.delayMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    this.pending = false;
    this.set({ kind: 'saving' });
    const p = (async () => {
      try {
        await this.opts.save();
        this.set(
          this.pending ? { kind: 'dirty' } : { kind: 'saved', at: (this.opts.now ?? (() => new Date()))() },
        );
      } catch (e) {
        const err =
          e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', e instanceof Error ? e.message : String(e));
        if (err.isVersionConflict) {
          this.stop();
          this.set({ kind: 'conflict', message: err.message });
        } else {
          this.set({ kind: 'error', message: err.message, issues: err.issues });
        }
      } finally {
        this.inFlight = null;
      }
      // Changes typed while saving go out next, after the usual pause.
      if (this.pending && !this.stopped && !this.timer) this.schedule();
    })();
    this.inFlight = p;
    return p;
  }

  private set(s: SaveState): void {
    this.state = s;
    this.opts.onState(s);
  }
}
