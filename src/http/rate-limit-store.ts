import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { asError } from '../lib/as-error.ts';

/** Requests per key in fixed windows; the app gives one shared through Redis or one per process. */
export interface RequestCounter {
  incr(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
  peek(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
}

type Callback = (err: Error | null, result?: { current: number; ttl: number }) => void;
/** The route a child store is for: the plugin passes its merged options with `routeInfo`. */
interface RouteOf {
  routeInfo?: { method?: string | string[]; url?: string };
  method?: string | string[];
  url?: string;
}

class CounterStore implements FastifyRateLimitStore {
  constructor(
    private readonly counter: RequestCounter,
    private readonly prefix: string,
  ) {}
  incr(key: string, cb: Callback, timeWindow: number): void {
    answer(this.counter.incr(this.prefix + key, timeWindow), cb);
  }
  read(key: string, cb: Callback, timeWindow: number): void {
    answer(this.counter.peek(this.prefix + key, timeWindow), cb);
  }
  child(options: RouteOf): FastifyRateLimitStore {
    const route = options.routeInfo ?? options;
    const method = ([] as string[]).concat(route.method ?? '').join(',');
    return new CounterStore(this.counter, `${this.prefix}${method}${route.url ?? ''}-`);
  }
}

function answer(p: Promise<{ count: number; ttlMs: number }>, cb: Callback): void {
  p.then(
    (r) => cb(null, { current: r.count, ttl: r.ttlMs }),
    (e: unknown) => cb(asError(e)),
  );
}

/**
 * A @fastify/rate-limit `store` over our counter, so that limits are still enforced when Redis
 * is away: the plugin's own Redis store waits on Redis, and with `skipOnError` lets every
 * request through while it fails. Keys are namespaced per registration and per route.
 */
export function rateLimitStore(counter: RequestCounter, namespace: string): FastifyRateLimitStoreCtor {
  return class extends CounterStore {
    constructor() {
      super(counter, namespace);
    }
  };
}
