import { ApiError, type Issue } from './api.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string; issues: Issue[] }
  | { kind: 'conflict'; message: string }
  /** Refused for now (too many saves in a minute): the text is kept and saved again at `until`. */
  | { kind: 'waiting'; until: Date };

/** Waits after a refusal for too many saves when the server does not say how long: 2 s, 4 s, … 60 s. */
const FIRST_BACKOFF_MS = 2_000;
const MAX_BACKOFF_MS = 60_000;

/**
 * Autosave: a save runs `delayMs` after the last change, never two at once (changes made while
 * one is in flight are saved right after it), and a refusal because someone else saved a newer
 * version stops autosaving for good: the user decides what to do, nothing is overwritten. A
 * refusal for too many saves (429) keeps the text as unsaved and saves it again when the server
 * says (Retry-After), or after a wait that doubles with each refusal; typing meanwhile does not
 * send anything sooner.
 */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private pending = false;
  private stopped = false;
  private state: SaveState = { kind: 'idle' };
  /** Set while waiting out a refusal for too many saves. */
  private waiting = false;
  private refusals = 0;

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
      this.pending ||
      this.inFlight !== null ||
      this.state.kind === 'dirty' ||
      this.state.kind === 'error' ||
      this.state.kind === 'waiting'
    );
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  change(): void {
    if (this.stopped) return;
    this.pending = true;
    // The waiting save takes the latest text along when it goes.
    if (this.waiting) return;
    if (!this.inFlight) this.set({ kind: 'dirty' });
    this.schedule();
  }

  /**
   * Saves now (the "Save" button, leaving the page, before a workflow move). While waiting out
   * a refusal for too many saves it sends nothing: the text stays unsaved until the retry.
   */
  async flush(): Promise<void> {
    if (this.stopped || this.waiting) return;
    this.clearTimer();
    if (this.inFlight) {
      await this.inFlight;
      // stop() may have run meanwhile: read it afresh (the check above narrowed the field).
      if (!this.pending || this.isStopped) return;
      this.clearTimer();
    }
    if (!this.pending && this.state.kind !== 'error') return;
    await this.run();
  }

  stop(): void {
    this.stopped = true;
    this.waiting = false;
    this.clearTimer();
  }

  private now(): Date {
    return (this.opts.now ?? (() => new Date()))();
  }

  private waitAndRetry(retryAfterSeconds: number | null): void {
    // Nothing was saved: the text goes out again with the retry.
    this.pending = true;
    this.refusals++;
    const delay =
      retryAfterSeconds !== null
        ? Math.max(1_000, retryAfterSeconds * 1_000)
        : Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (this.refusals - 1));
    this.waiting = true;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.waiting = false;
      if (!this.inFlight && !this.stopped) void this.run();
    }, delay);
    this.set({ kind: 'waiting', until: new Date(this.now().getTime() + delay) });
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
        this.refusals = 0;
        this.set(this.pending ? { kind: 'dirty' } : { kind: 'saved', at: this.now() });
      } catch (e) {
        const err =
          e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', e instanceof Error ? e.message : String(e));
        if (err.isRateLimited && !this.stopped) {
          this.waitAndRetry(err.retryAfter);
        } else if (err.isVersionConflict) {
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
