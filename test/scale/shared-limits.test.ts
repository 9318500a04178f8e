import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.ts';
import { paragraph } from '../../src/domain/body.ts';
import {
  MemoryAttemptCounter,
  RedisAttemptCounter,
  RedisRepeatFilter,
  MemoryRepeatFilter,
} from '../../src/services/limits/counters.ts';
import { SharedRedis } from '../../src/services/limits/shared-redis.ts';
import { createTestApp, testConfig, type TestApp } from '../utils/app.ts';
import { ifStarted } from '../utils/if-started.ts';
import { errorAnswer } from '../utils/error-answer.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'correct horse battery staple';

/**
 * Two app instances on one PostgreSQL database and one Redis, as behind a load balancer: what a
 * client does on one counts on the other (sign-in lockout, per-address limits, API key limits,
 * the most-read reload filter).
 */
describe('several instances share their limits through Redis', () => {
  const prefix = `newsdesk-test-${randomBytes(4).toString('hex')}:`;
  let a: TestApp;
  let b: App;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await redis.ping();
    a = await createTestApp('postgres', { redis: { url: REDIS_URL, prefix } });
    b = await buildApp(testConfig(a.db, { redis: { url: REDIS_URL, prefix } }), {
      logger: false,
      jobs: false,
    });
    await a.container.accounts.createUser(
      { email: 'ed@example.com', name: 'Ed', role: 'editor', password: PASSWORD },
      null,
    );
  });
  afterAll(async () => {
    await ifStarted(b)?.close();
    await ifStarted(a)?.dispose();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    const limiterKeys = await redis.keys(`*${prefix}*`);
    if (limiterKeys.length) await redis.del(...limiterKeys);
    redis.disconnect();
  });

  it('locks an account after five failures, whichever instance they hit', async () => {
    for (const app of [a, b, a, b, a]) {
      await expect(
        app.container.accounts.signIn('ed@example.com', 'wrong password here'),
      ).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    }
    await expect(b.container.accounts.signIn('ed@example.com', PASSWORD)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(await redis.get(`${prefix}fail:signin:ed@example.com`)).toBe('5');
  });

  it('counts a Content API key’s requests across instances', async () => {
    const { key } = await a.container.apiKeys.create({ name: 'partner', rateLimit: 3 });
    const get = (app: App) =>
      app.server.inject({ url: '/api/v1/articles', headers: { authorization: `Bearer ${key}` } });
    expect((await get(a)).statusCode).toBe(200);
    expect((await get(b)).statusCode).toBe(200);
    expect((await get(a)).statusCode).toBe(200);
    const fourth = await get(b);
    expect(fourth.statusCode).toBe(429);
    expect(errorAnswer.parse(fourth.json()).error.code).toBe('RATE_LIMITED');
  });

  it('counts a reader’s view once, whichever instance the reload reaches', async () => {
    await a.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    const article = await a.container.writer.create({
      language: 'en',
      headline: 'Counted once',
      sectionSlug: 'world',
      body: [paragraph('Text.')],
      status: 'published',
    });
    const view = (app: App) =>
      app.server.inject({
        method: 'POST',
        url: '/api/views',
        headers: { 'content-type': 'text/plain' },
        payload: article.id,
        remoteAddress: '203.0.113.7',
      });
    await view(a);
    await view(b);
    await view(a);
    const top = await a.container.store.repos.views.top('en', '2000-01-01', 5);
    expect(top.find((t) => t.articleId === article.id)?.views).toBe(1);
  });
});

describe('Redis counters fall back to this process when Redis is unreachable', () => {
  it('keeps counting sign-in failures and filtering repeats in memory', async () => {
    const down = new SharedRedis('redis://127.0.0.1:1');
    const clock = { now: () => new Date('2025-11-21T10:00:00Z') };
    const counter = new RedisAttemptCounter(down, 'x:', 60_000, new MemoryAttemptCounter(60_000, clock));
    await counter.hit('k');
    await counter.hit('k');
    expect(await counter.count('k')).toBe(2);
    await counter.clear('k');
    expect(await counter.count('k')).toBe(0);
    const filter = new RedisRepeatFilter(down, 'x:', 60_000, new MemoryRepeatFilter(60_000, clock));
    expect(await filter.first('v')).toBe(true);
    expect(await filter.first('v')).toBe(false);
    await down.close();
  });
});
