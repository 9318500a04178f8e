import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.ts';
import { createTestApp, testConfig, type TestApp } from '../utils/app.ts';
import { ifStarted } from '../utils/if-started.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'correct horse battery staple';

/** Two instances behind a load balancer: an account's article writes per minute are counted once, in Redis. */
describe('article writes per account are shared through Redis', () => {
  const prefix = `newsdesk-test-${randomBytes(4).toString('hex')}:`;
  const clock = { now: () => new Date('2025-11-21T08:00:15Z') };
  let a: TestApp;
  let b: App;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await redis.ping();
    const shared = { redis: { url: REDIS_URL, prefix }, limits: { articleSavesPerMinute: 3 } };
    a = await createTestApp('postgres', shared, { clock });
    b = await buildApp(testConfig(a.db, shared), { logger: false, jobs: false, clock });
    await a.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    await a.container.accounts.createUser(
      { email: 'au@example.com', name: 'Au', role: 'author', password: PASSWORD },
      null,
    );
  });
  afterAll(async () => {
    await ifStarted(b)?.close();
    await ifStarted(a)?.dispose();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('refuses the fourth write of a minute on whichever instance it lands', async () => {
    const s = await a.container.accounts.signIn('au@example.com', PASSWORD);
    const headers = { cookie: `nd_session=${s.token}`, 'x-csrf-token': s.csrf };
    const statuses = [];
    for (const [i, app] of [a, b, a, b].entries()) {
      const res = await app.server.inject({
        method: 'POST',
        url: '/admin/api/articles',
        headers,
        payload: { language: 'en', headline: `Story ${i}`, sectionSlug: 'world' },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.headers['retry-after']).toBe('45');
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    // The count lives in Redis under the configured prefix, and expires.
    const keys = await redis.keys(`${prefix}writes:*`);
    expect(keys).toHaveLength(1);
    expect(await redis.pttl(keys[0]!)).toBeGreaterThan(0);
  });
});
