import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { articleEventTypes, type ArticleEvent } from '../../domain/events.ts';
import type { Delivery, Store, Webhook } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import { validate } from '../validate.ts';
import { httpWebhookSender, targetProblem, TargetRefused, type WebhookSender } from './webhook-target.ts';

/** A new webhook; unless private targets are allowed, its URL must not name a private address. */
export const newWebhookSchema = (allowPrivate: boolean) =>
  z.object({
    url: z
      .string()
      // As a check on the string, so that a value of another type still gets the type's own message.
      .check(z.url('must be an absolute URL'))
      .refine((u) => /^https?:\/\//.test(u), 'must be http:// or https://')
      .superRefine((u, ctx) => {
        if (!/^https?:\/\//.test(u)) return; // said above
        const problem = targetProblem(u, allowPrivate);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    events: z
      .array(z.enum(articleEventTypes))
      .min(1, 'name at least one event')
      .default([...articleEventTypes]),
  });

export interface WebhookOptions {
  /** WEBHOOK_ALLOW_PRIVATE: deliver to loopback, private and link-local addresses too. */
  allowPrivate: boolean;
  /** How deliveries are sent (tests resolve names their own way); node:http(s) by default. */
  send?: WebhookSender;
}

/** Retries back off: 30 s, 1 min, 2 min … capped at 6 h; after 10 failed attempts a delivery is given up. */
export const MAX_ATTEMPTS = 10;
export const backoffMs = (attempt: number): number => Math.min(30_000 * 2 ** (attempt - 1), 6 * 3600_000);
const TIMEOUT_MS = 10_000;
const LOCK_MS = 60_000;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`: receivers recompute it and reject old timestamps. */
export function signature(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** Webhooks: admins register URLs; each event becomes a stored, signed, retried delivery. */
export class WebhookService {
  private readonly send: WebhookSender;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly newId: IdGenerator = uuid,
    private readonly options: WebhookOptions = { allowPrivate: false },
  ) {
    this.send = options.send ?? httpWebhookSender({ allowPrivate: options.allowPrivate });
  }

  async register(input: z.input<ReturnType<typeof newWebhookSchema>>): Promise<Webhook> {
    const w = validate(newWebhookSchema(this.options.allowPrivate), input);
    const hook: Webhook = {
      id: this.newId(),
      url: w.url,
      events: w.events,
      secret: `whsec_${randomBytes(24).toString('base64url')}`,
      active: true,
      createdAt: this.clock.now(),
    };
    await this.store.repos.webhooks.insert(hook);
    return hook;
  }

  list(): Promise<Webhook[]> {
    return this.store.repos.webhooks.list();
  }

  async remove(id: string): Promise<void> {
    if (!(await this.store.repos.webhooks.remove(id)))
      throw new AppError('NOT_FOUND', `no webhook with id ${id}`);
  }

  deliveries(webhookId: string): Promise<Delivery[]> {
    return this.store.repos.webhooks.deliveries(webhookId);
  }

  /** Stores one pending delivery per subscribed hook (called by the event dispatcher). */
  async enqueue(event: ArticleEvent): Promise<number> {
    const hooks = await this.store.repos.webhooks.activeFor(event.type);
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      article: event.article,
    });
    for (const h of hooks) {
      await this.store.repos.webhooks.addDelivery({
        id: this.newId(),
        webhookId: h.id,
        eventId: event.id,
        eventType: event.type,
        body,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: this.clock.now(),
        lastStatusCode: null,
        lastError: null,
        lastResponse: null,
        createdAt: this.clock.now(),
        deliveredAt: null,
      });
    }
    return hooks.length;
  }

  /** Sends every due delivery once; returns how many succeeded and failed this round. */
  async deliverDue(limit = 50): Promise<{ delivered: number; failed: number }> {
    const now = this.clock.now();
    const due = await this.store.repos.webhooks.claimDue(now, new Date(now.getTime() + LOCK_MS), limit);
    let delivered = 0;
    let failed = 0;
    for (const d of due) {
      const at = this.clock.now();
      const attempts = d.attempts + 1;
      let statusCode: number | null = null;
      let response: string | null = null;
      let error: string | null = null;
      let refused = false;
      try {
        const res = await this.send(d.url, {
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Newsdesk-Webhooks/1',
            'newsdesk-event': d.eventType,
            'newsdesk-delivery': d.id,
            'newsdesk-signature': signature(d.secret, d.body, at),
          },
          body: d.body,
          timeoutMs: TIMEOUT_MS,
        });
        statusCode = res.status;
        response = res.text;
        if (res.status >= 300 && res.status < 400) error = `HTTP ${res.status} (redirects are not followed)`;
        else if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
      } catch (e) {
        // A target that policy forbids will not become allowed by retrying: given up at once.
        refused = e instanceof TargetRefused;
        error = refused
          ? `refused: ${(e as Error).message}`
          : e instanceof Error
            ? `${e.name}: ${e.message}`
            : String(e);
      }
      if (!error) {
        delivered++;
        await this.store.repos.webhooks.recordAttempt(d.id, {
          status: 'delivered',
          attempts,
          nextAttemptAt: at,
          statusCode,
          error: null,
          response,
          deliveredAt: at,
        });
      } else {
        failed++;
        const giveUp = refused || attempts >= MAX_ATTEMPTS;
        await this.store.repos.webhooks.recordAttempt(d.id, {
          status: giveUp ? 'failed' : 'pending',
          attempts,
          nextAttemptAt: new Date(at.getTime() + backoffMs(attempts)),
          statusCode,
          error,
          response,
          deliveredAt: null,
        });
      }
    }
    return { delivered, failed };
  }
}
