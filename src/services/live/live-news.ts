import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { LiveChange } from '../../domain/live-blog.ts';
import type { RedisCommands } from '../limits/shared-redis.ts';

/** A live blog's entry changed: what the readers connected to it are told. */
export interface LiveNotice {
  articleId: string;
  entryId: string;
  change: LiveChange;
}
export type LiveListener = (notice: LiveNotice) => void;

/**
 * Where live-blog changes travel: the outbox dispatcher announces them after the page is purged,
 * and each instance's reader streams listen for the articles their readers have open.
 */
export interface LiveNews {
  announce(notice: LiveNotice): Promise<void>;
  /** Hears of an article's changes until the returned function is called. */
  listen(articleId: string, listener: LiveListener): () => void;
  close(): Promise<void>;
}

const noticeSchema = z.strictObject({
  origin: z.string().max(100),
  articleId: z.string().min(1).max(100),
  entryId: z.string().min(1).max(100),
  change: z.enum(['posted', 'edited', 'deleted', 'closed']),
});

/** The listeners of this process, by article. */
class Listeners {
  private readonly byArticle = new Map<string, Set<LiveListener>>();

  add(articleId: string, listener: LiveListener): () => void {
    let set = this.byArticle.get(articleId);
    if (!set) this.byArticle.set(articleId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byArticle.delete(articleId);
    };
  }

  deliver(notice: LiveNotice): void {
    for (const listener of this.byArticle.get(notice.articleId) ?? []) listener(notice);
  }
}

/** One instance (no Redis): changes reach this process's readers only. */
export class LocalLiveNews implements LiveNews {
  private readonly listeners = new Listeners();

  async announce(notice: LiveNotice): Promise<void> {
    this.listeners.deliver(notice);
    await Promise.resolve();
  }

  listen(articleId: string, listener: LiveListener): () => void {
    return this.listeners.add(articleId, listener);
  }

  async close(): Promise<void> {
    await Promise.resolve();
  }
}

/**
 * Several instances: a change is delivered here at once and published on a Redis channel, as
 * page purges are (`page-purge-broadcast.ts`); every other instance delivers it to its readers.
 * While Redis is away the other instances' readers catch up by polling.
 */
export class RedisLiveNews implements LiveNews {
  private readonly listeners = new Listeners();
  private readonly subscriber: Redis;
  private readonly channel: string;
  /** Messages carry their sender, so an instance does not deliver its own twice. */
  private readonly origin = randomUUID();

  constructor(
    private readonly redis: RedisCommands & { client: Redis },
    prefix: string,
    private readonly log?: { warn(obj: object, msg: string): void },
  ) {
    this.channel = `${prefix}live`;
    this.subscriber = redis.client.duplicate({ commandTimeout: undefined });
    this.subscriber.on('error', () => {});
    this.subscriber.on('message', (_channel: string, raw: string) => this.receive(raw));
    this.subscriber.subscribe(this.channel).catch(() => {
      // ioredis subscribes again on every reconnect; until then readers poll.
    });
  }

  /** Resolves once the subscription is in place (tests wait for it before publishing). */
  async ready(): Promise<void> {
    if (this.subscriber.status !== 'ready')
      await new Promise((resolve) => this.subscriber.once('ready', resolve));
    await this.subscriber.subscribe(this.channel);
  }

  async announce(notice: LiveNotice): Promise<void> {
    this.listeners.deliver(notice);
    await this.redis.run(
      (client) => client.publish(this.channel, JSON.stringify({ origin: this.origin, ...notice })),
      () => Promise.resolve(0),
    );
  }

  listen(articleId: string, listener: LiveListener): () => void {
    return this.listeners.add(articleId, listener);
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
    const message = noticeSchema.safeParse(parsed);
    if (!message.success) {
      this.log?.warn({ channel: this.channel }, 'ignored a malformed live-blog message');
      return;
    }
    const { origin, ...notice } = message.data;
    if (origin !== this.origin) this.listeners.deliver(notice);
  }
}
