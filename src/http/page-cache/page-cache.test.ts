import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerEtags } from '../caching.ts';
import { PageCache } from './page-cache.ts';
import { registerPageCache } from './register-page-cache.ts';

const page = { body: Buffer.from('<p>hi</p>'), headers: {}, etag: '"1"' };

describe('PageCache', () => {
  it('serves a page until its age runs out, then one request renders while others get it stale', async () => {
    let now = 0;
    const cache = new PageCache({ maxBytes: 1e6, maxAgeMs: 1_000, now: () => now });
    const first = await cache.lookup('/a');
    expect(first.kind).toBe('render');
    cache.keep('/a', page);
    if (first.kind === 'render') first.leader?.();
    expect((await cache.lookup('/a')).kind).toBe('hit');
    now = 1_000;
    const renewing = await cache.lookup('/a');
    expect(renewing.kind).toBe('render');
    expect((await cache.lookup('/a')).kind).toBe('stale');
    if (renewing.kind === 'render') renewing.leader?.();
    expect(cache.stats()).toMatchObject({ hits: 1, stale: 1, misses: 2, entries: 1 });
  });

  it('makes a burst on a cold page wait for the one render', async () => {
    const cache = new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 });
    const leader = await cache.lookup('/cold');
    const followers = [cache.lookup('/cold'), cache.lookup('/cold')];
    cache.keep('/cold', page);
    if (leader.kind === 'render') leader.leader?.();
    expect((await Promise.all(followers)).map((f) => f.kind)).toEqual(['hit', 'hit']);
  });

  it('lets followers render their own when the render they waited for was not kept', async () => {
    const cache = new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 });
    const leader = await cache.lookup('/error');
    const follower = cache.lookup('/error');
    if (leader.kind === 'render') leader.leader?.();
    expect(await follower).toEqual({ kind: 'render', leader: null });
  });

  it('drops purged pages at once, whatever their age', async () => {
    const cache = new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 });
    cache.keep('/en/', page);
    cache.keep('/en/?page=2', page);
    expect(cache.drop(['/en/'])).toBe(2);
    expect((await cache.lookup('/en/')).kind).toBe('render');
    expect(cache.stats().purged).toBe(2);
  });
});

describe('registerPageCache', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => app?.close());

  /** A scope with a page cache and routes that answer in the ways a site can. */
  async function site(renders: Record<string, number>) {
    app = Fastify();
    registerEtags(app);
    const cache = new PageCache({ maxBytes: 1e6, maxAgeMs: 60_000 });
    await app.register(async (scope) => {
      registerPageCache(scope, cache, { skipRoutes: ['/skipped'] });
      const count = (name: string) => (renders[name] = (renders[name] ?? 0) + 1);
      const pub = 'public, max-age=60';
      scope.get('/page', async (_q, r) => {
        count('page');
        await new Promise((done) => setTimeout(done, 20));
        return r.header('cache-control', pub).type('text/html').send('<p>page</p>');
      });
      scope.get('/cookie', async (_q, r) => {
        count('cookie');
        return r.header('cache-control', pub).header('set-cookie', 'a=b').send('<p>c</p>');
      });
      scope.get('/private', async (_q, r) => {
        count('private');
        return r.header('cache-control', 'private, no-store').send('<p>p</p>');
      });
      scope.get('/fails', async (_q, r) => {
        count('fails');
        return r.code(500).header('cache-control', pub).send('<p>e</p>');
      });
      scope.get('/skipped', async (_q, r) => {
        count('skipped');
        return r.header('cache-control', pub).send('<p>s</p>');
      });
    });
    return app;
  }

  it('renders a burst of requests for a cold page once', async () => {
    const renders: Record<string, number> = {};
    const server = await site(renders);
    const answers = await Promise.all(Array.from({ length: 5 }, () => server.inject('/page')));
    expect(renders.page).toBe(1);
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set(['<p>page</p>']));
    expect(answers.filter((a) => a.headers['x-cache'] === 'hit')).toHaveLength(4);
  });

  it('never keeps an answer that set a cookie, is private, failed or is on a skipped route', async () => {
    const renders: Record<string, number> = {};
    const server = await site(renders);
    for (const url of [
      '/cookie',
      '/private',
      '/fails',
      '/skipped',
      '/cookie',
      '/private',
      '/fails',
      '/skipped',
    ])
      expect((await server.inject(url)).headers['x-cache']).not.toBe('hit');
    expect(renders).toEqual({ cookie: 2, private: 2, fails: 2, skipped: 2 });
  });
});
