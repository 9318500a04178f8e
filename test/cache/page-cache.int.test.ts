/**
 * The rendered-page cache on the whole app: pages are served from memory, every change readers
 * see (publish, update, unpublish, correction, front-page slot) is visible on the next request
 * once the outbox has run, on every instance; nothing private or failed is ever kept.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.ts';
import type { Config } from '../../src/config/config.ts';
import { paragraph } from '../../src/domain/body.ts';
import type { NewsroomActor } from '../../src/services/newsroom/newsroom.service.ts';
import { loadFixtures, SEED_SLUG, type Fixtures } from '../fixtures/content.ts';
import { testConfig } from '../utils/app.ts';
import { ifStarted } from '../utils/if-started.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../utils/databases.ts';

const SEED_URL = `/en/world/${SEED_SLUG}`;
const NOW = new Date('2025-11-21T15:00:00Z');

describe.each(dialects)('the page cache on %s', (dialect) => {
  let db: TestDatabase;
  let a: App;
  let b: App;
  let fx: Fixtures;
  let editor: NewsroomActor;
  let now = NOW.getTime();
  const clock = { now: () => new Date(now) };
  // Two instances on one database sharing a Redis channel of their own.
  const overrides = (): Partial<Config> => ({
    pageCache: { maxBytes: 8 * 1024 * 1024, maxAgeMs: 60_000 },
    redis: {
      url: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      prefix: `test-${randomBytes(6).toString('hex')}:`,
    },
  });

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const shared = overrides();
    a = await buildApp(testConfig(db, shared), { logger: false, jobs: false, clock });
    b = await buildApp(testConfig(db, shared), { logger: false, jobs: false, clock });
    fx = await loadFixtures(a.container, 3);
    await a.container.events.dispatchPending();
    const user = await a.container.accounts.createUser(
      { email: 'editor@example.com', name: 'The editor', role: 'editor', password: 'correct horse battery' },
      null,
    );
    editor = { id: user.id, role: 'editor', name: user.name };
  });
  afterAll(async () => {
    await ifStarted(a)?.close();
    await ifStarted(b)?.close();
    await ifStarted(db)?.drop();
  });

  const get = (app: App, url: string, headers: Record<string, string> = {}) =>
    app.server.inject({ method: 'GET', url, headers });
  /** Lets a purge published on Redis reach the other instance's subscription. */
  const settle = () => new Promise((r) => setTimeout(r, 100));
  /** The outbox runs on instance A (as the one that claimed the events would). */
  const dispatch = async () => {
    await a.container.events.dispatchPending();
    await settle();
  };

  it('renders a page once and then serves the same bytes from memory, with 304 for a known ETag', async () => {
    const first = await get(a, SEED_URL);
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-cache']).toBe('miss');
    const second = await get(a, SEED_URL);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    const revalidated = await get(a, SEED_URL, { 'if-none-match': String(first.headers.etag) });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.headers['x-cache']).toBe('hit');
    const head = await a.server.inject({ method: 'HEAD', url: SEED_URL });
    expect(head.statusCode).toBe(200);
    expect(head.headers['x-cache']).toBe('hit');
    expect(head.body).toBe('');
  });

  it('answers a cached page from node:http before Fastify, on a listening server', async () => {
    const c = await buildApp(testConfig(db, overrides()), { logger: false, jobs: false, clock });
    const origin = await c.server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const first = await fetch(`${origin}${SEED_URL}`);
      const body = await first.text();
      const hit = await fetch(`${origin}${SEED_URL}?utm_source=x`);
      expect(hit.headers.get('x-cache')).toBe('hit');
      expect(await hit.text()).toBe(body);
      expect(hit.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
      expect(hit.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
      const etag = hit.headers.get('etag') ?? '';
      const held = await fetch(`${origin}${SEED_URL}`, { headers: { 'if-none-match': etag } });
      expect([held.status, held.headers.get('x-cache')]).toEqual([304, 'hit']);
      const head = await fetch(`${origin}${SEED_URL}`, { method: 'HEAD' });
      expect([head.status, head.headers.get('x-cache'), await head.text()]).toEqual([200, 'hit', '']);
      // Never for what the site did not render and keep.
      expect((await fetch(`${origin}/admin/signin`)).headers.get('x-cache')).toBeNull();
      expect((await fetch(`${origin}/en/search?q=embassy`)).headers.get('x-cache')).toBeNull();
    } finally {
      await c.close();
    }
  });

  it('keys pages by address and page number only: tracking parameters share the entry', async () => {
    await get(a, '/en/economy/');
    expect((await get(a, '/en/economy/?utm_source=x')).headers['x-cache']).toBe('hit');
    expect((await get(a, '/en/economy/?page=1')).headers['x-cache']).toBe('hit');
    expect((await get(a, '/en/economy/?page=2')).headers['x-cache']).not.toBe('hit');
  });

  it('shows a newly published article on the next request of every instance', async () => {
    for (const app of [a, b]) {
      await get(app, '/en/');
      await get(app, '/en/feed.xml');
      expect((await get(app, '/en/')).headers['x-cache']).toBe('hit');
    }
    await a.container.writer.create({
      language: 'en',
      headline: 'Caspian ferry timetable restored',
      sectionSlug: 'economy',
      body: [paragraph('The ferries sail again.')],
      status: 'published',
    });
    await dispatch();
    for (const app of [a, b]) {
      const front = await get(app, '/en/');
      expect(front.headers['x-cache']).toBe('miss');
      expect(front.body).toContain('Caspian ferry timetable restored');
      expect((await get(app, '/en/feed.xml')).body).toContain('Caspian ferry timetable restored');
    }
  });

  it('shows an update, a correction of the reading and an unpublish on every instance', async () => {
    const note = fx.fillers[0]!;
    const url = `/en/economy/${note.slug}`;
    for (const app of [a, b]) await get(app, url);
    await a.container.writer.update(note.id, { headline: 'Market note, corrected headline' });
    await dispatch();
    for (const app of [a, b]) expect((await get(app, url)).body).toContain('Market note, corrected headline');

    await a.container.analysis.setHidden(note.id, { hidden: true }, editor.id);
    await dispatch();
    for (const app of [a, b]) expect((await get(app, url)).headers['x-cache']).toBe('miss');

    await a.container.writer.unpublish(note.id);
    await dispatch();
    for (const app of [a, b]) {
      expect((await get(app, url)).statusCode).toBe(410);
      expect((await get(app, '/en/')).body).not.toContain('Market note, corrected headline');
    }
  });

  it('shows a front-page slot change on every instance', async () => {
    const lead = fx.fillers[1]!;
    for (const app of [a, b]) await get(app, '/en/');
    await a.container.newsroom.setSlot(editor, 'en', 'lead', lead.id);
    await dispatch();
    for (const app of [a, b]) expect((await get(app, '/en/')).headers['x-cache']).toBe('miss');
  });

  it('re-renders a page past its age even when no purge named it', async () => {
    await get(b, '/en/latest/');
    expect((await get(b, '/en/latest/')).headers['x-cache']).toBe('hit');
    now += 61_000;
    expect((await get(b, '/en/latest/')).headers['x-cache']).toBe('miss');
  });

  it('never keeps errors, search answers, the newsroom or anything that sets a cookie', async () => {
    for (let i = 0; i < 2; i++) {
      const missing = await get(a, '/en/world/no-such-article');
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['x-cache']).toBe('miss');
      const search = await get(a, '/en/search?q=embassy');
      expect(search.statusCode).toBe(200);
      expect(search.headers['x-cache']).toBeUndefined();
      const signIn = await get(a, '/admin/signin');
      expect(signIn.statusCode).toBe(200);
      expect(signIn.headers['x-cache']).toBeUndefined();
      const switched = await get(a, '/lang/ru?to=/ru/');
      expect(switched.headers['set-cookie']).toBeDefined();
      expect(switched.headers['x-cache']).not.toBe('hit');
    }
  });

  it('counts hits and misses for operators on /metrics, from the operator network only', async () => {
    const metrics = await a.server.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/^newsdesk_page_cache_hits_total [1-9]\d*$/m);
    expect(metrics.body).toMatch(/^newsdesk_page_cache_misses_total [1-9]\d*$/m);
    const outside = await a.server.inject({ method: 'GET', url: '/metrics', remoteAddress: '93.184.216.34' });
    expect(outside.statusCode).toBe(404);
  });
});

describe('the page cache without Redis', () => {
  let db: TestDatabase;
  let a: App;
  let b: App;
  let now = NOW.getTime();
  const clock = { now: () => new Date(now) };

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const cfg = testConfig(db, { pageCache: { maxBytes: 8 * 1024 * 1024, maxAgeMs: 2_000 } });
    a = await buildApp(cfg, { logger: false, jobs: false, clock });
    b = await buildApp(cfg, { logger: false, jobs: false, clock });
    await loadFixtures(a.container, 1);
    await a.container.events.dispatchPending();
  });
  afterAll(async () => {
    await ifStarted(a)?.close();
    await ifStarted(b)?.close();
    await ifStarted(db)?.drop();
  });

  it('is exact on the instance that dispatched and bounded by the age on the others', async () => {
    const get = (app: App) => app.server.inject({ method: 'GET', url: '/en/' });
    await get(a);
    await get(b);
    await a.container.writer.create({
      language: 'en',
      headline: 'Only one instance heard of this',
      sectionSlug: 'economy',
      body: [paragraph('Text.')],
      status: 'published',
    });
    await a.container.events.dispatchPending();
    expect((await get(a)).body).toContain('Only one instance heard of this');
    const stale = await get(b);
    expect(stale.headers['x-cache']).toBe('hit');
    expect(stale.body).not.toContain('Only one instance heard of this');
    now += 2_001;
    expect((await get(b)).body).toContain('Only one instance heard of this');
  });
});
