import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORGOT_PER_ADDRESS, SIGNIN_PER_ADDRESS } from '../../src/admin/routes.tsx';
import { buildApp, type App } from '../../src/app.ts';
import { paragraph } from '../../src/domain/body.ts';
import { createTestApp, testConfig, type TestApp } from '../utils/app.ts';
import { closedPort, switchableProxy, type SwitchableProxy } from '../utils/switchable-proxy.ts';
import { ifStarted } from '../utils/if-started.ts';
import { z } from 'zod';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS = { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) };
const PASSWORD = 'correct horse battery staple';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** The app's log lines (JSON), to see what an operator would. */
function logSink() {
  const lines: { level: number; msg: string }[] = [];
  // pino leaves `msg` out of a line logged without a message.
  const line = z.looseObject({ level: z.number(), msg: z.string().default('') });
  return {
    lines,
    logger: { level: 'info', stream: { write: (l: string) => void lines.push(line.parse(JSON.parse(l))) } },
  };
}

const cookieOf = (res: { headers: Record<string, unknown> }, name: string) =>
  ([] as string[])
    .concat((res.headers['set-cookie'] as string | string[] | undefined) ?? [])
    .find((c) => c.startsWith(`${name}=`));

/** GETs a public form for its CSRF token, then posts it from the given address. */
async function postForm(app: App, url: string, form: Record<string, string>, remoteAddress: string) {
  const page = await app.server.inject({ method: 'GET', url, remoteAddress });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const cookie = cookieOf(page, 'nd_csrf')?.split(';')[0] ?? '';
  return app.server.inject({
    method: 'POST',
    url,
    remoteAddress,
    headers: { cookie, ...FORM },
    payload: new URLSearchParams({ ...form, _csrf: csrf }).toString(),
  });
}

async function removeKeys(prefix: string) {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const keys = await redis.keys(`*${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}

/** Redis that is not there: nothing listens, or something accepts and never answers. */
const away: [string, () => Promise<{ url: string; close(): Promise<void> }>][] = [
  ['a closed port', async () => ({ url: `redis://127.0.0.1:${await closedPort()}`, close: async () => {} })],
  ['a black hole', () => switchableProxy(REDIS, 'blackhole')],
];

describe.each(away)('Redis away (%s): every page answers, limits are counted per process', (_, start) => {
  let app: TestApp;
  let target: Awaited<ReturnType<typeof start>>;
  const log = logSink();
  let articleUrl = '';
  let articleId = '';

  beforeAll(async () => {
    target = await start();
    app = await createTestApp(
      'sqlite',
      { redis: { url: target.url, prefix: `newsdesk-away-${randomBytes(4).toString('hex')}:` } },
      { logger: log.logger },
    );
    const c = app.container;
    await c.accounts.createUser(
      { email: 'ed@example.com', name: 'Ed', role: 'editor', password: PASSWORD },
      null,
    );
    await c.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    const a = await c.writer.create({
      language: 'en',
      headline: 'Harbour reopens',
      sectionSlug: 'world',
      body: [paragraph('Text.')],
      status: 'published',
    });
    articleUrl = `/en/world/${a.slug}`;
    articleId = a.id;
  });
  afterAll(async () => {
    await ifStarted(app)?.dispose();
    await ifStarted(target)?.close();
  });

  it('signs in with the right password, refuses a wrong one', async () => {
    const ok = await postForm(
      app,
      '/admin/signin',
      { email: 'ed@example.com', password: PASSWORD },
      '10.5.0.1',
    );
    expect(ok.statusCode).toBe(303);
    expect(cookieOf(ok, 'nd_session')).toBeTruthy();
    const wrong = await postForm(
      app,
      '/admin/signin',
      { email: 'ed@example.com', password: 'nope nope nope' },
      '10.5.0.2',
    );
    expect(wrong.statusCode).toBe(401);
  });

  it('still locks an account after five failures', async () => {
    for (let i = 0; i < 5; i++)
      await postForm(
        app,
        '/admin/signin',
        { email: 'ed@example.com', password: 'wrong password!!' },
        `10.5.1.${i}`,
      );
    const locked = await postForm(
      app,
      '/admin/signin',
      { email: 'ed@example.com', password: PASSWORD },
      '10.5.1.9',
    );
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('Too many failed sign-ins');
  });

  it('still limits sign-in and reset attempts per address', async () => {
    const post = (url: string) =>
      app.server.inject({
        method: 'POST',
        url,
        remoteAddress: '10.5.2.1',
        headers: FORM,
        payload: 'email=a%40b.c',
      });
    const signin: number[] = [];
    for (let i = 0; i < SIGNIN_PER_ADDRESS + 1; i++) signin.push((await post('/admin/signin')).statusCode);
    expect(signin.slice(0, SIGNIN_PER_ADDRESS).every((c) => c === 403)).toBe(true); // no CSRF token, counted
    expect(signin.at(-1)).toBe(429);
    const forgot: number[] = [];
    for (let i = 0; i < FORGOT_PER_ADDRESS + 1; i++) forgot.push((await post('/admin/forgot')).statusCode);
    expect(forgot.at(-1)).toBe(429);
  });

  it('answers a password-reset request', async () => {
    const res = await postForm(app, '/admin/forgot', { email: 'ed@example.com' }, '10.5.3.1');
    expect(res.statusCode).toBe(200);
  });

  it('answers the Content API, and still limits each key', async () => {
    const { key } = await app.container.apiKeys.create({ name: 'partner', rateLimit: 3 });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (await app.server.inject({ url: '/api/v1/articles', headers: { authorization: `Bearer ${key}` } }))
          .statusCode,
      );
    expect(codes).toEqual([200, 200, 200, 429]);
  });

  it('serves article pages and counts a reader’s view once', async () => {
    const page = await app.server.inject({ url: articleUrl });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Harbour reopens');
    const view = () =>
      app.server.inject({
        method: 'POST',
        url: '/api/views',
        headers: { 'content-type': 'text/plain' },
        payload: articleId,
        remoteAddress: '203.0.113.7',
      });
    await view();
    await view();
    const top = await app.container.store.repos.views.top('en', '2000-01-01', 5);
    expect(top.find((t) => t.articleId === articleId)?.views).toBe(1);
  });

  it('says once in the log that Redis is away and counting goes on per process', () => {
    const said = log.lines.filter((l) => /Redis is not answering/.test(l.msg));
    expect(said).toHaveLength(1);
    expect(said[0]!.level).toBeGreaterThanOrEqual(40);
  });
});

describe('Redis comes back: counting is shared between instances again', () => {
  const prefix = `newsdesk-back-${randomBytes(4).toString('hex')}:`;
  let proxy: SwitchableProxy;
  let a: TestApp;
  let b: App;
  const log = logSink();
  const get = (app: App, key: string) =>
    app.server
      .inject({ url: '/api/v1/articles', headers: { authorization: `Bearer ${key}` } })
      .then((r) => r.statusCode);
  const newKey = async (rateLimit: number) =>
    (await a.container.apiKeys.create({ name: 'partner', rateLimit })).key;

  beforeAll(async () => {
    proxy = await switchableProxy(REDIS, 'forward');
    // A reaches Redis through the proxy and probes again 200 ms after giving up; B directly.
    a = await createTestApp(
      'postgres',
      { redis: { url: proxy.url, prefix } },
      {
        logger: log.logger,
        redis: { cooldownMs: 200 },
      },
    );
    b = await buildApp(testConfig(a.db, { redis: { url: REDIS_URL, prefix } }), {
      logger: false,
      jobs: false,
    });
  });
  afterAll(async () => {
    await ifStarted(b)?.close();
    await ifStarted(a)?.dispose();
    await ifStarted(proxy)?.close();
    await removeKeys(prefix);
  });

  it('counts together while Redis answers', async () => {
    const key = await newKey(2);
    expect([await get(a, key), await get(b, key), await get(a, key)]).toEqual([200, 200, 429]);
  });

  it('counts on its own while its Redis hangs', async () => {
    proxy.mode = 'blackhole';
    const key = await newKey(2);
    // A's established connection still answers until it is dropped; give it something to hang on.
    for (let i = 0; i < 5 && !log.lines.some((l) => /Redis is not answering/.test(l.msg)); i++)
      await get(a, await newKey(100));
    expect(log.lines.some((l) => /Redis is not answering/.test(l.msg))).toBe(true);
    expect([await get(a, key), await get(a, key), await get(a, key)]).toEqual([200, 200, 429]);
    expect(await get(b, key)).toBe(200); // B never heard of A's requests
  });

  it('shares the count again once Redis is back', async () => {
    proxy.mode = 'forward';
    // Bounded wait for A's next probe to get through (every 200 ms here).
    const deadline = Date.now() + 10_000;
    while (!log.lines.some((l) => /Redis answers again/.test(l.msg)) && Date.now() < deadline) {
      await get(a, await newKey(100));
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(log.lines.some((l) => /Redis answers again/.test(l.msg))).toBe(true);
    const key = await newKey(3);
    expect([await get(a, key), await get(b, key), await get(a, key), await get(b, key)]).toEqual([
      200, 200, 200, 429,
    ]);
  });
});
