/**
 * Redis away: how long a sign-in and a Content API call take when the Redis the instances share
 * is up, refuses connections (a closed port), or accepts them and never answers (a black hole),
 * beside the same app without Redis (the baseline, same run). Figures are printed, never asserted.
 *
 *   node --import tsx bench/redis-away.bench.ts        # needs Redis at TEST_REDIS_URL (127.0.0.1:6379)
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { App } from '../src/app.ts';
import { closedPort, switchableProxy } from '../test/utils/switchable-proxy.ts';
import { tempApp } from './lib/bench-app.ts';
import { fixed, intFromEnv, percentile, table, type TableRows } from './lib/format.ts';
import { itemAt } from './lib/lists.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS = { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) };
const PASSWORD = 'correct horse battery staple';
const CALLS = intFromEnv('BENCH_CALLS', 50, 5, 10_000);

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    p,
  );
/** A request still unanswered after this is reported as such, so that one setup cannot stall the run. */
const GIVE_UP_MS = 30_000;
const within = <T>(p: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    p,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no answer in ${GIVE_UP_MS / 1000} s`)), GIVE_UP_MS).unref(),
    ),
  ]);

async function signIn(app: App, remoteAddress: string): Promise<{ ms: number; status: number }> {
  const t0 = process.hrtime.bigint();
  const page = await within(app.server.inject({ url: '/admin/signin', remoteAddress }), 'sign-in form');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const cookie = ([] as string[])
    .concat(page.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('nd_csrf='));
  const res = await within(
    app.server.inject({
      method: 'POST',
      url: '/admin/signin',
      remoteAddress,
      headers: { cookie: cookie?.split(';')[0] ?? '', 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email: 'ed@example.com', password: PASSWORD, _csrf: csrf }).toString(),
    }),
    'sign-in',
  );
  return { ms: ms(t0), status: res.statusCode };
}

async function measureApp(name: string, app: App): Promise<string[]> {
  await app.container.accounts.createUser(
    { email: 'ed@example.com', name: 'Ed', role: 'editor', password: PASSWORD },
    null,
  );
  const { key } = await app.container.apiKeys.create({ name: 'bench', rateLimit: 100_000 });
  const first = await signIn(app, '10.0.0.1');
  const second = await signIn(app, '10.0.0.2');
  const api: number[] = [];
  const statuses = new Set<number>();
  for (let i = 0; i < CALLS; i++) {
    const t0 = process.hrtime.bigint();
    const res = await within(
      app.server.inject({ url: '/api/v1/articles', headers: { authorization: `Bearer ${key}` } }),
      'Content API call',
    );
    api.push(ms(t0));
    statuses.add(res.statusCode);
  }
  return [
    name,
    `${fixed(first.ms, 0)} (${first.status})`,
    `${fixed(second.ms, 0)} (${second.status})`,
    fixed(itemAt(api, 0, 'Content API timings'), 1),
    fixed(pct(api, 50), 1),
    fixed(pct(api, 99), 1),
    fixed(Math.max(...api), 1),
    [...statuses].join(','),
  ];
}

async function measure(name: string, redisUrl: string | null, prefix: string): Promise<string[]> {
  const bench = await tempApp('redis', { redis: redisUrl ? { url: redisUrl, prefix } : null });
  const { app } = bench;
  try {
    return await measureApp(name, app);
  } catch (e) {
    return [name, (e as Error).message];
  } finally {
    // A request given up on may still hold the app; closing is not waited on forever either.
    await within(bench.close(), 'closing the app').catch(() => {});
  }
}

const prefix = `newsdesk-bench-${randomBytes(4).toString('hex')}:`;
const hole = await switchableProxy(REDIS, 'blackhole');
const rows: TableRows = [
  ['Redis', '1st sign-in ms', '2nd sign-in ms', 'API 1st ms', 'API p50', 'API p99', 'API max', 'status'],
];
console.log(`Sign-in (GET form + POST) and ${CALLS} sequential Content API calls, app.inject, SQLite:\n`);
try {
  const setups: [string, string | null][] = [
    ['none (baseline)', null],
    ['up', REDIS_URL],
    ['closed port', `redis://127.0.0.1:${await closedPort()}`],
    ['black hole', hole.url],
  ];
  for (const [name, url] of setups) {
    const row = await measure(name, url, prefix);
    rows.push(row);
    console.error(`measured: ${row.join('  ')}`);
  }
} finally {
  await hole.close();
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const keys = await redis.keys(`*${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}
console.log(table(rows, new Set([1, 2, 3, 4, 5, 6])));
process.exit(0); // an app given up on may keep timers alive
