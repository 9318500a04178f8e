import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../app.ts';
import { paragraph } from '../../domain/body.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import type { CachePurger } from '../events/cache-purger.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on 127.0.0.1 that answers with the status the test sets. */
async function receiver(): Promise<{
  url: string;
  received: Received[];
  status: { code: number };
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const status = { code: 200 };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status.code, { 'content-type': 'text/plain' }).end(status.code < 300 ? 'thanks' : 'nope');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    status,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe.each(dialects)('events, webhooks and cache purges on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  let rx: Awaited<ReturnType<typeof receiver>>;
  const now = { t: new Date('2025-11-21T10:00:00Z') };
  const purged: string[][] = [];
  const purger: CachePurger = { purge: async (p) => void purged.push(p) };

  // The receivers listen on 127.0.0.1, a private target: allowed explicitly (WEBHOOK_ALLOW_PRIVATE=1).
  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    rx = await receiver();
    c = await createContainer(testConfig(tdb, { webhooks: { allowPrivate: true } }), {
      clock: { now: () => now.t },
      purger,
    });
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(rx)?.close();
    await ifStarted(tdb)?.drop();
  });

  const publish = (headline: string) =>
    c.writer.create({
      language: 'en',
      headline,
      sectionSlug: 'world',
      body: [paragraph('Text.')],
      status: 'published',
      tags: ['Diplomacy'],
      authors: [{ name: 'Leyla Hasanova' }],
    });

  it('refuses a malformed webhook with the field named', async () => {
    await expect(c.webhooks.register({ url: 'ftp://x.example' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'url' }],
    });
    await expect(
      c.webhooks.register({ url: 'https://x.example', events: ['article.deleted' as never] }),
    ).rejects.toMatchObject({ issues: [{ field: 'events.0' }] });
  });

  it('publishing writes an event; the dispatcher purges the pages and stores a delivery; it is sent signed', async () => {
    const hook = await c.webhooks.register({ url: rx.url });
    const a = await publish('Embassy talks resume');
    expect(await c.store.repos.outbox.pendingCount()).toBe(1);
    expect(await c.events.dispatchPending()).toBe(1);
    expect(await c.store.repos.outbox.pendingCount()).toBe(0);
    expect(purged[0]).toEqual(
      expect.arrayContaining([
        `/en/world/${a.slug}`,
        '/en/',
        '/en/world/',
        '/en/tag/diplomacy',
        '/en/author/leyla-hasanova',
        '/en/feed.xml',
        '/en/tag/diplomacy/atom.xml',
        '/sitemaps/news.xml',
      ]),
    );
    const [pending] = await c.webhooks.deliveries(hook.id);
    expect(pending).toMatchObject({ status: 'pending', attempts: 0, eventType: 'article.published' });
    expect(rx.received).toHaveLength(0); // stored first, sent by the delivery job

    expect(await c.webhooks.deliverDue()).toEqual({ delivered: 1, failed: 0 });
    const got = rx.received[0]!;
    expect(got.headers['newsdesk-event']).toBe('article.published');
    const body: unknown = JSON.parse(got.body);
    expect(body).toMatchObject({
      type: 'article.published',
      article: { id: a.id, slug: a.slug, tagSlugs: ['diplomacy'], authorSlugs: ['leyla-hasanova'] },
    });
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(got.headers['newsdesk-signature']))!;
    expect(Number(t)).toBe(Math.floor(now.t.getTime() / 1000));
    expect(v1).toBe(createHmac('sha256', hook.secret).update(`${t}.${got.body}`).digest('hex'));
    const [done] = await c.webhooks.deliveries(hook.id);
    expect(done).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      lastResponse: 'thanks',
    });
    expect(await c.webhooks.deliverDue()).toEqual({ delivered: 0, failed: 0 }); // never twice
    await c.webhooks.remove(hook.id);
  });

  it('retries a failing receiver with backoff, logging each answer, and gives up after the last attempt', async () => {
    const hook = await c.webhooks.register({ url: rx.url, events: ['article.updated'] });
    const a = await publish('Harbour reopens');
    await c.writer.update(a.id, { headline: 'Harbour reopens after storm' });
    await c.events.dispatchPending();
    rx.status.code = 500;
    expect(await c.webhooks.deliverDue()).toEqual({ delivered: 0, failed: 1 });
    let [d] = await c.webhooks.deliveries(hook.id);
    expect(d).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
      lastResponse: 'nope',
    });
    expect(d!.nextAttemptAt.getTime() - now.t.getTime()).toBe(30_000);
    expect(await c.webhooks.deliverDue()).toEqual({ delivered: 0, failed: 0 }); // not due yet
    now.t = new Date(now.t.getTime() + 31_000);
    rx.status.code = 204;
    expect(await c.webhooks.deliverDue()).toEqual({ delivered: 1, failed: 0 });
    [d] = await c.webhooks.deliveries(hook.id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204 });
    await c.webhooks.remove(hook.id);

    const dead = await c.webhooks.register({
      url: 'http://127.0.0.1:9/unreachable',
      events: ['article.published'],
    });
    await publish('Nobody listens');
    await c.events.dispatchPending();
    for (let i = 0; i < 10; i++) {
      await c.webhooks.deliverDue();
      now.t = new Date(now.t.getTime() + 7 * 3600_000);
    }
    const [gaveUp] = await c.webhooks.deliveries(dead.id);
    expect(gaveUp).toMatchObject({ status: 'failed', attempts: 10 });
    expect(gaveUp!.lastError).toMatch(/fetch failed|ECONNREFUSED|TypeError/);
    await c.webhooks.remove(dead.id);
  });

  it('keeps events and deliveries across a restart (nothing lost mid-publish)', async () => {
    const hook = await c.webhooks.register({ url: rx.url, events: ['article.unpublished'] });
    const a = await publish('Short-lived story');
    await c.events.dispatchPending();
    await c.writer.unpublish(a.id);
    // The process dies here: the event is in the outbox, nothing was dispatched.
    await c.close();
    c = await createContainer(testConfig(tdb, { webhooks: { allowPrivate: true } }), {
      clock: { now: () => now.t },
      purger,
    });
    expect(await c.store.repos.outbox.pendingCount()).toBe(1);
    await c.events.dispatchPending();
    await c.close();
    c = await createContainer(testConfig(tdb, { webhooks: { allowPrivate: true } }), {
      clock: { now: () => now.t },
      purger,
    });
    const before = rx.received.length;
    expect(await c.webhooks.deliverDue()).toEqual({ delivered: 1, failed: 0 });
    expect(JSON.parse(rx.received[before]!.body)).toMatchObject({
      type: 'article.unpublished',
      article: { id: a.id },
    });
    await c.webhooks.remove(hook.id);
  });

  it('a failing purge leaves the event to be retried, not lost', async () => {
    let fail = true;
    const flaky: CachePurger = {
      purge: async () => {
        if (fail) throw new Error('CDN down');
      },
    };
    const errors: unknown[] = [];
    const c2 = await createContainer(testConfig(tdb, { webhooks: { allowPrivate: true } }), {
      clock: { now: () => now.t },
      purger: flaky,
      onEventError: (e) => errors.push(e),
    });
    try {
      await publish('Purge trouble');
      expect(await c2.events.dispatchPending()).toBe(0);
      expect(errors).toHaveLength(1);
      expect(await c2.store.repos.outbox.pendingCount()).toBe(1);
      fail = false;
      now.t = new Date(now.t.getTime() + 61_000); // past the claim lock
      expect(await c2.events.dispatchPending()).toBe(1);
    } finally {
      await c2.close();
    }
  });

  it('update marks a published article updated and reindexes it; unpublish answers 410 on the site', async () => {
    const a = await publish('Grain corridor note');
    const updated = await c.writer.update(a.id, {
      standfirst: 'A new standfirst.',
      body: [paragraph('Brand new zeppelin text.')],
    });
    expect(updated.updatedAt).toEqual(now.t);
    expect((await c.search.search({ q: 'zeppelin ', language: 'en' })).total).toBe(1);
    await expect(c.writer.update(a.id, { headline: '' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'headline' }],
    });
    await expect(c.writer.update(a.id, { language: 'ru' } as never)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await c.writer.unpublish(a.id);
    expect(await c.reader.lookup('en', 'world', a.slug)).toMatchObject({ kind: 'gone' });
    expect((await c.search.search({ q: 'zeppelin ', language: 'en' })).total).toBe(0);
    await expect(c.writer.unpublish(a.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
