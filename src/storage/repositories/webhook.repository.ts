import type { Kysely } from 'kysely';
import type { ArticleEventType } from '../../domain/events.ts';
import type { DB } from '../schema.ts';

export interface Webhook {
  id: string;
  url: string;
  events: ArticleEventType[];
  secret: string;
  active: boolean;
  createdAt: Date;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface Delivery {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastError: string | null;
  lastResponse: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

const toWebhook = (r: DB['webhooks']): Webhook => ({
  id: r.id,
  url: r.url,
  events: JSON.parse(r.events) as ArticleEventType[],
  secret: r.secret,
  active: r.active === 1,
  createdAt: new Date(r.created_at),
});

const toDelivery = (r: DB['webhook_deliveries']): Delivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  eventId: r.event_id,
  eventType: r.event_type,
  body: r.body,
  status: r.status as DeliveryStatus,
  attempts: r.attempts,
  nextAttemptAt: new Date(r.next_attempt_at),
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  lastResponse: r.last_response,
  createdAt: new Date(r.created_at),
  deliveredAt: r.delivered_at ? new Date(r.delivered_at) : null,
});

export class WebhookRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insert(w: Webhook): Promise<void> {
    await this.db
      .insertInto('webhooks')
      .values({
        id: w.id,
        url: w.url,
        events: JSON.stringify(w.events),
        secret: w.secret,
        active: w.active ? 1 : 0,
        created_at: w.createdAt.toISOString(),
      })
      .execute();
  }

  async list(): Promise<Webhook[]> {
    return (await this.db.selectFrom('webhooks').selectAll().orderBy('created_at').execute()).map(toWebhook);
  }

  async remove(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async activeFor(type: ArticleEventType): Promise<Webhook[]> {
    return (await this.list()).filter((w) => w.active && w.events.includes(type));
  }

  /** Stores a delivery before anything is sent, so a restart never loses it; once per hook and event. */
  async addDelivery(d: Delivery): Promise<void> {
    await this.db
      .insertInto('webhook_deliveries')
      .values({
        id: d.id,
        webhook_id: d.webhookId,
        event_id: d.eventId,
        event_type: d.eventType,
        body: d.body,
        status: d.status,
        attempts: d.attempts,
        next_attempt_at: d.nextAttemptAt.toISOString(),
        locked_until: null,
        last_status_code: null,
        last_error: null,
        last_response: null,
        created_at: d.createdAt.toISOString(),
        delivered_at: null,
      })
      .onConflict((oc) => oc.columns(['webhook_id', 'event_id']).doNothing())
      .execute();
  }

  /** Due deliveries, each claimed for this instance until `lockUntil`. */
  async claimDue(
    now: Date,
    lockUntil: Date,
    limit: number,
  ): Promise<(Delivery & { url: string; secret: string })[]> {
    const rows = await this.db
      .selectFrom('webhook_deliveries')
      .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
      .selectAll('webhook_deliveries')
      .select(['webhooks.url', 'webhooks.secret'])
      .where('webhook_deliveries.status', '=', 'pending')
      .where('webhook_deliveries.next_attempt_at', '<=', now.toISOString())
      .where((eb) =>
        eb.or([
          eb('webhook_deliveries.locked_until', 'is', null),
          eb('webhook_deliveries.locked_until', '<', now.toISOString()),
        ]),
      )
      .orderBy('webhook_deliveries.next_attempt_at')
      .limit(limit)
      .execute();
    const claimed: (Delivery & { url: string; secret: string })[] = [];
    for (const r of rows) {
      const res = await this.db
        .updateTable('webhook_deliveries')
        .set({ locked_until: lockUntil.toISOString() })
        .where('id', '=', r.id)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now.toISOString())]))
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 1) claimed.push({ ...toDelivery(r), url: r.url, secret: r.secret });
    }
    return claimed;
  }

  async recordAttempt(
    id: string,
    outcome: {
      status: DeliveryStatus;
      attempts: number;
      nextAttemptAt: Date;
      statusCode: number | null;
      error: string | null;
      response: string | null;
      deliveredAt: Date | null;
    },
  ): Promise<void> {
    await this.db
      .updateTable('webhook_deliveries')
      .set({
        status: outcome.status,
        attempts: outcome.attempts,
        next_attempt_at: outcome.nextAttemptAt.toISOString(),
        locked_until: null,
        last_status_code: outcome.statusCode,
        last_error: outcome.error,
        last_response: outcome.response,
        delivered_at: outcome.deliveredAt?.toISOString() ?? null,
      })
      .where('id', '=', id)
      .execute();
  }

  async deliveries(webhookId: string): Promise<Delivery[]> {
    return (
      await this.db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('webhook_id', '=', webhookId)
        .orderBy('created_at')
        .execute()
    ).map(toDelivery);
  }
}
