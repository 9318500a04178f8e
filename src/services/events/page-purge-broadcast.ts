import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { RedisCommands } from '../limits/shared-redis.ts';
import type { CachePurger } from './cache-purger.ts';

/** This process's rendered-page cache, as purges see it. */
export interface LocalPages {
  drop(paths: Iterable<string>): number;
  clear(): void;
}

const message = z.array(z.string().startsWith('/').max(2_048)).max(10_000);

/**
 * Purges the rendered-page cache of every instance. The instance that dispatches an event drops
 * its own pages at once and publishes the paths on a Redis channel every instance listens to.
 * An instance that lost its subscription may have missed purges, so when it is back it drops
 * everything; while Redis is away the pages' age bound (PAGE_CACHE_MAX_AGE_MS) limits staleness.
 */
export class PagePurgeBroadcast implements CachePurger {
  private readonly subscriber: Redis;
  private readonly channel: string;

  constructor(
    private readonly pages: LocalPages,
    private readonly redis: RedisCommands & { client: Redis },
    prefix: string,
    private readonly log?: { warn(obj: object, msg: string): void },
  ) {
    this.channel = `${prefix}page-purge`;
    // A subscribed connection can run no other command: it gets one of its own.
    this.subscriber = redis.client.duplicate({ commandTimeout: undefined });
    this.subscriber.on('error', () => {});
    let subscribedOnce = false;
    this.subscriber.on('ready', () => {
      if (subscribedOnce) this.pages.clear();
      subscribedOnce = true;
    });
    this.subscriber.on('message', (_channel: string, raw: string) => this.receive(raw));
    this.subscriber.subscribe(this.channel).catch(() => {
      // ioredis subscribes again on every reconnect; until then the age bound holds.
    });
  }

  async purge(paths: string[]): Promise<void> {
    this.pages.drop(paths);
    await this.redis.run(
      (client) => client.publish(this.channel, JSON.stringify(paths)),
      () => Promise.resolve(0),
    );
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    await Promise.resolve();
  }

  private receive(raw: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const paths = message.safeParse(parsed);
    if (paths.success) this.pages.drop(paths.data);
    else this.log?.warn({ channel: this.channel }, 'ignored a malformed page purge message');
  }
}

/** Several purgers in turn; each runs even when another fails, and a failure is reported after. */
export class PurgerChain implements CachePurger {
  constructor(private readonly purgers: readonly CachePurger[]) {}

  async purge(paths: string[]): Promise<void> {
    const results = await Promise.allSettled(this.purgers.map((p) => p.purge(paths)));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** Without Redis: this process's pages only (other instances rely on the pages' age bound). */
export class LocalPagePurger implements CachePurger {
  constructor(private readonly pages: LocalPages) {}

  async purge(paths: string[]): Promise<void> {
    this.pages.drop(paths);
    await Promise.resolve();
  }
}
