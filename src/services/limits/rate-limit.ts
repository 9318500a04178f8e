import { RateLimitedError } from '../../domain/errors.ts';
import type { Clock } from '../deps.ts';
import type { AttemptCounter } from './counters.ts';

/**
 * At most `max` actions per key (an account) per window, counted in fixed windows aligned to
 * the clock, so a refusal can say exactly when the next window starts (Retry-After). The count
 * lives in an AttemptCounter: in this process, or in Redis when several instances share it.
 * Two keys per account take turns (even and odd windows): a window's count is gone before its
 * key comes round again, in memory and in Redis alike, so nothing piles up per window.
 */
export class WindowRateLimit {
  constructor(
    private readonly counter: AttemptCounter,
    readonly max: number,
    readonly windowMs: number,
    private readonly clock: Clock,
    private readonly what = 'requests',
  ) {}

  /** Counts one action for `key`, or refuses it (RATE_LIMITED with the seconds to wait). */
  async take(key: string): Promise<void> {
    const now = this.clock.now().getTime();
    const window = Math.floor(now / this.windowMs);
    const slot = `${key}:${window % 2}`;
    if ((await this.counter.count(slot)) >= this.max) {
      const retryAfter = Math.max(1, Math.ceil(((window + 1) * this.windowMs - now) / 1000));
      throw new RateLimitedError(
        `Too many ${this.what} (at most ${this.max} per ${Math.round(this.windowMs / 1000)} s); try again in ${retryAfter} s.`,
        retryAfter,
      );
    }
    await this.counter.hit(slot);
  }
}
