import { randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app.ts';
import { paragraph } from '../../domain/body.ts';
import type { LiveActor } from '../../services/live/live-blog.service.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';

/** Reads SSE `entry` events from a stream until `count` arrived. */
function entryEvents(
  res: IncomingMessage,
  count: number,
): Promise<{ id: string; change: string; html: string }[]> {
  return new Promise((resolve, reject) => {
    let text = '';
    const events: { id: string; change: string; html: string }[] = [];
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      text += chunk;
      let end = text.indexOf('\n\n');
      while (end >= 0) {
        const frame = text.slice(0, end);
        text = text.slice(end + 2);
        const data = /^event: entry\ndata: (.*)$/m.exec(frame)?.[1];
        if (data) events.push(JSON.parse(data) as { id: string; change: string; html: string });
        if (events.length >= count) resolve(events);
        end = text.indexOf('\n\n');
      }
    });
    res.on('error', reject);
  });
}

describe.each(dialects)('live blogs for readers on %s', (dialect) => {
  let tdb: TestDatabase;
  let a: App;
  let b: App;
  let editor: LiveActor;
  let origin: string;
  let articleId: string;
  const path = '/en/world/protest-day-live';

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    const shared = {
      redis: {
        url: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        prefix: `test-${randomBytes(6).toString('hex')}:`,
      },
      pageCache: { maxBytes: 8 * 1024 * 1024, maxAgeMs: 600_000 },
    };
    a = await buildApp(testConfig(tdb, shared), { logger: false, jobs: false });
    b = await buildApp(testConfig(tdb, shared), { logger: false, jobs: false });
    origin = await b.server.listen({ port: 0, host: '127.0.0.1' });
    const c = a.container;
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
    const user = await c.accounts.createUser(
      { email: 'live@example.com', name: 'Live Desk', role: 'editor', password: 'correct horse battery' },
      null,
    );
    editor = { id: user.id, name: user.name, role: 'editor' };
    const article = await c.writer.create({
      language: 'en',
      headline: 'Protest day, live',
      sectionSlug: 'world',
      body: [paragraph('The day as it happens.')],
      status: 'published',
    });
    articleId = article.id;
    await c.live.start(editor, articleId);
    await c.live.post(editor, articleId, {
      body: [paragraph('Key points: the march starts at noon.')],
      pinned: true,
    });
    await c.live.post(editor, articleId, { body: [paragraph('Crowds gather by the port.')] });
    await c.events.dispatchPending();
  });
  afterAll(async () => {
    await ifStarted(a)?.close();
    await ifStarted(b)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('shows the entries at load time, with links, key points and LiveBlogPosting data', async () => {
    const res = await b.server.inject({ method: 'GET', url: path });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Crowds gather by the port.');
    expect(res.body).toMatch(/id="entry-[0-9a-f-]{36}"/);
    expect(res.body).toContain('Key points');
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body)?.[1] ?? '';
    const data = JSON.parse(ld) as {
      '@type': string;
      coverageStartTime?: string;
      liveBlogUpdate?: unknown[];
    }[];
    const posting = data.find((d) => d['@type'] === 'LiveBlogPosting');
    expect(posting?.coverageStartTime).toMatch(/^\d{4}-/);
    expect(posting?.liveBlogUpdate).toHaveLength(2);
  });

  it('delivers an entry posted on one instance to a reader streaming from another, and purges the page', async () => {
    await b.server.inject({ method: 'GET', url: path }); // cached on b
    expect((await b.server.inject({ method: 'GET', url: path })).headers['x-cache']).toBe('hit');
    const stream = await new Promise<IncomingMessage>((resolve, reject) => {
      httpRequest(`${origin}/live/${articleId}/stream`, resolve).on('error', reject).end();
    });
    expect(stream.headers['content-type']).toContain('text/event-stream');
    const received = entryEvents(stream, 1);
    const entry = await a.container.live.post(editor, articleId, {
      body: [paragraph('Police open the bridge.')],
    });
    await a.container.events.dispatchPending();
    const [event] = await received;
    stream.destroy();
    expect(event).toMatchObject({ id: entry.id, change: 'posted' });
    expect(event?.html).toContain('Police open the bridge.');
    const page = await b.server.inject({ method: 'GET', url: path });
    expect(page.headers['x-cache']).not.toBe('hit');
    expect(page.body).toContain('Police open the bridge.');
  });

  it('answers polling with the changes since a time, deletions included', async () => {
    const since = new Date().toISOString();
    const gone = await a.container.live.post(editor, articleId, { body: [paragraph('Posted in error.')] });
    await a.container.live.remove(editor, gone.id, 1);
    const res = await b.server.inject({ method: 'GET', url: `/live/${articleId}/entries?since=${since}` });
    const body = res.json<{ changes: { id: string; change: string }[]; ended: boolean }>();
    expect(body.changes).toEqual([expect.objectContaining({ id: gone.id, change: 'deleted' })]);
    expect(body.ended).toBe(false);
    const bad = await b.server.inject({ method: 'GET', url: `/live/${articleId}/entries?since=yesterday` });
    expect(bad.statusCode).toBe(400);
    expect((await b.server.inject({ method: 'GET', url: '/live/not-an-id/stream' })).statusCode).toBe(404);
  });
});
