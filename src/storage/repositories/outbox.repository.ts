import type { Kysely } from 'kysely';
import type { ArticleEventPayload, LiveChangedEvent, OutboxEvent } from '../../domain/events.ts';
import type { DB } from '../schema.ts';

/** The transactional outbox: events are written with the change, claimed and processed after commit. */
export class OutboxRepository {
  /** `onAdded` hears of each event written (the store turns it into "committed" for transactions). */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly onAdded: () => void = () => {},
  ) {}

  async add(e: OutboxEvent): Promise<void> {
    await this.db
      .insertInto('outbox_events')
      .values({
        id: e.id,
        type: e.type,
        article_id: 'article' in e ? e.article.id : null,
        // An article's event stores the article alone (as rows written before other events existed).
        payload: JSON.stringify(
          e.type === 'live.changed'
            ? { ...e.article, live: { entryId: e.entryId, change: e.change } }
            : 'article' in e
              ? e.article
              : e.type === 'site.changed'
                ? { keys: e.keys }
                : { language: e.language },
        ),
        created_at: e.occurredAt.toISOString(),
        processed_at: null,
        locked_until: null,
      })
      .execute();
    this.onAdded();
  }

  /** Takes up to `limit` unprocessed events not held by another instance, holding them until `lockUntil`. */
  async claim(now: Date, lockUntil: Date, limit: number): Promise<OutboxEvent[]> {
    const candidates = await this.db
      .selectFrom('outbox_events')
      .selectAll()
      .where('processed_at', 'is', null)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now.toISOString())]))
      .orderBy('created_at')
      .limit(limit)
      .execute();
    const claimed: OutboxEvent[] = [];
    for (const r of candidates) {
      const res = await this.db
        .updateTable('outbox_events')
        .set({ locked_until: lockUntil.toISOString() })
        .where('id', '=', r.id)
        .where('processed_at', 'is', null)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now.toISOString())]))
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 1) claimed.push(eventOf(r));
    }
    return claimed;
  }

  async markProcessed(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable('outbox_events')
      .set({ processed_at: at.toISOString(), locked_until: null })
      .where('id', '=', id)
      .execute();
  }

  async pendingCount(): Promise<number> {
    const r = await this.db
      .selectFrom('outbox_events')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('processed_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}

function eventOf(r: { id: string; type: string; payload: string; created_at: string }): OutboxEvent {
  const base = { id: r.id, occurredAt: new Date(r.created_at) };
  if (r.type === 'frontpage.changed')
    return { ...base, type: r.type, language: (JSON.parse(r.payload) as { language: string }).language };
  if (r.type === 'site.changed')
    return { ...base, type: r.type, keys: (JSON.parse(r.payload) as { keys: string[] }).keys };
  if (r.type === 'live.changed') {
    const { live, ...article } = JSON.parse(r.payload) as ArticleEventPayload & {
      live: { entryId: string; change: LiveChangedEvent['change'] };
    };
    return { ...base, type: r.type, article, entryId: live.entryId, change: live.change };
  }
  return {
    ...base,
    type: r.type as Exclude<OutboxEvent['type'], 'frontpage.changed' | 'site.changed' | 'live.changed'>,
    article: JSON.parse(r.payload) as ArticleEventPayload,
  };
}
