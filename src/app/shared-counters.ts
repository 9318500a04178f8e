import type { Config } from '../config/config.ts';
import { DEFAULT_SAVES_PER_MINUTE } from '../config/config.ts';
import { FAILURE_WINDOW_MS } from '../services/accounts/account.service.ts';
import { REPEAT_WINDOW_MS, ViewCounter } from '../services/analytics/view-counter.ts';
import type { Clock } from '../services/deps.ts';
import {
  MemoryAttemptCounter,
  MemoryRepeatFilter,
  MemoryWindowCounter,
  RedisAttemptCounter,
  RedisDailySecret,
  RedisRepeatFilter,
  RedisWindowCounter,
  type AttemptCounter,
  type WindowCounter,
} from '../services/limits/counters.ts';
import { WindowRateLimit } from '../services/limits/rate-limit.ts';
import type { SharedRedis } from '../services/limits/shared-redis.ts';
import type { SiteService } from '../services/site/site.service.ts';
import type { Store } from '../storage/repositories/index.ts';

/** Article writes per account are counted per minute. */
const WRITE_WINDOW_MS = 60_000;

/** The Redis the instances share (REDIS_URL), with the prefix its keys go under (REDIS_PREFIX). */
export interface SharedCounterStore {
  redis: SharedRedis;
  prefix: string;
}

/** Where the counters live: Redis shared by the instances (REDIS_URL) or, without it, this process. */
export interface CounterHome {
  shared: SharedCounterStore | null;
  config: Config;
  clock: Clock;
}

/**
 * A count kept in Redis when configured, under the configured prefix; while Redis is away, or
 * without it, the process counts on its own.
 */
function attempts({ shared, clock }: CounterHome, key: string, windowMs: number): AttemptCounter {
  const local = new MemoryAttemptCounter(windowMs, clock);
  return shared ? new RedisAttemptCounter(shared.redis, `${shared.prefix}${key}`, windowMs, local) : local;
}

/** Requests per client and window, for the HTTP rate limits. */
export function requestCounter({ shared, clock }: CounterHome): WindowCounter {
  const local = new MemoryWindowCounter(clock);
  return shared ? new RedisWindowCounter(shared.redis, shared.prefix, local) : local;
}

/** Article writes per account and minute (ARTICLE_SAVES_PER_MINUTE). */
export function articleWriteLimit(home: CounterHome): WindowRateLimit {
  return new WindowRateLimit(
    attempts(home, 'writes:', WRITE_WINDOW_MS),
    home.config.limits?.articleSavesPerMinute ?? DEFAULT_SAVES_PER_MINUTE,
    WRITE_WINDOW_MS,
    home.clock,
    'article saves',
  );
}

/** Failed sign-ins per account, when shared; undefined lets the account service count in memory. */
export function signInFailures(home: CounterHome): AttemptCounter | undefined {
  return home.shared ? attempts(home, 'fail:', FAILURE_WINDOW_MS) : undefined;
}

/** Article page views, each reader counted once per window (the window's readers in Redis when shared). */
export function viewCounter(home: CounterHome, store: Store, site: SiteService): ViewCounter {
  const { shared, clock } = home;
  if (!shared) return new ViewCounter(store, site, clock);
  return new ViewCounter(
    store,
    site,
    clock,
    new RedisRepeatFilter(
      shared.redis,
      `${shared.prefix}seen:`,
      REPEAT_WINDOW_MS,
      new MemoryRepeatFilter(REPEAT_WINDOW_MS, clock),
    ),
    new RedisDailySecret(shared.redis, shared.prefix),
  );
}
