export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Failures in a row that open the circuit. */
  failures: number;
  /** How long an open circuit sends every call to the fallback before one probe may try again. */
  cooldownMs: number;
  /** Milliseconds from any fixed origin (a monotonic clock; tests pass their own). */
  now: () => number;
  /** Called when the circuit opens (the dependency is taken to be away). */
  onOpen?: () => void;
  /** Called when a probe succeeded and the circuit closes again. */
  onClose?: () => void;
}

/**
 * Stops calling a dependency that keeps failing: after `failures` failures in a row every call
 * goes straight to its fallback for `cooldownMs`; then one call at a time probes the dependency,
 * and the first success closes the circuit. Callers must bound each call themselves (a timeout),
 * but a probe that never settles does not stall recovery: after another cooldown a new probe goes.
 */
export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private failuresInRow = 0;
  private openedAt = 0;
  private probeStartedAt: number | null = null;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): CircuitState {
    return this.current;
  }

  /** Whether a call may go to the dependency now; while half-open, only the one probe. */
  tryAcquire(): boolean {
    if (this.current === 'closed') return true;
    const now = this.options.now();
    if (this.current === 'open') {
      if (now - this.openedAt < this.options.cooldownMs) return false;
      this.current = 'half-open';
    } else if (this.probeStartedAt !== null && now - this.probeStartedAt < this.options.cooldownMs) {
      return false;
    }
    this.probeStartedAt = now;
    return true;
  }

  succeeded(): void {
    const wasOpen = this.current !== 'closed';
    this.current = 'closed';
    this.failuresInRow = 0;
    this.probeStartedAt = null;
    if (wasOpen) this.options.onClose?.();
  }

  failed(): void {
    this.failuresInRow++;
    if (this.current === 'half-open' || this.failuresInRow >= this.options.failures) {
      const wasClosed = this.current === 'closed';
      this.current = 'open';
      this.openedAt = this.options.now();
      this.probeStartedAt = null;
      if (wasClosed) this.options.onOpen?.();
    }
  }

  /** `primary` when the circuit lets it through (its failure counts, then falls back), else `fallback`. */
  async call<T>(primary: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (!this.tryAcquire()) return fallback();
    let result: T;
    try {
      result = await primary();
    } catch {
      this.failed();
      return fallback();
    }
    this.succeeded();
    return result;
  }
}
