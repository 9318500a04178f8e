import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFor, IMMUTABLE_ASSET_CACHE, PUBLIC_PAGE_CACHE, registerEtags } from './caching.ts';

let app: FastifyInstance;
let body = 'first version';
beforeAll(async () => {
  app = Fastify({ logger: false });
  registerEtags(app);
  app.get('/page', async (_req, reply) => cacheFor(reply, PUBLIC_PAGE_CACHE).type('text/html').send(body));
  app.get('/missing', async (_req, reply) => reply.code(404).send('no such page'));
  app.get('/tagged', async (_req, reply) => reply.header('etag', '"own"').send('with its own tag'));
  app.get('/json', async () => ({ a: 1 }));
  app.post('/page', async () => 'posted');
  await app.ready();
});
afterAll(async () => app.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

describe('ETags and 304', () => {
  it('tags a successful page by its bytes: same body, same tag; new body, new tag', async () => {
    body = 'first version';
    const a = await get('/page');
    const b = await get('/page');
    expect(a.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(b.headers.etag).toBe(a.headers.etag);
    body = 'second version';
    expect((await get('/page')).headers.etag).not.toBe(a.headers.etag);
  });

  it('answers 304 with no body when the client has the tag (also weak, also in a list)', async () => {
    body = 'first version';
    const etag = String((await get('/page')).headers.etag);
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const res = await get('/page', { 'if-none-match': inm });
      expect(res.statusCode, inm).toBe(304);
      expect(res.body).toBe('');
      // The cache policy still travels with the 304.
      expect(res.headers['cache-control']).toBe(PUBLIC_PAGE_CACHE);
    }
    expect((await get('/page', { 'if-none-match': '"stale"' })).statusCode).toBe(200);
  });

  it('tags JSON answers too (serialised before onSend)', async () => {
    expect((await get('/json')).headers.etag).toMatch(/^"/);
  });

  it('leaves alone errors, other methods, and answers that carry their own tag', async () => {
    expect((await get('/missing')).headers.etag).toBeUndefined();
    expect((await app.inject({ method: 'POST', url: '/page' })).headers.etag).toBeUndefined();
    const tagged = await get('/tagged', { 'if-none-match': '"own"' });
    expect(tagged.headers.etag).toBe('"own"');
    expect(tagged.statusCode).toBe(200);
  });
});

describe('cache policies', () => {
  it('pages are revalidated by browsers after a minute; assets are immutable for a year', () => {
    expect(PUBLIC_PAGE_CACHE).toContain('max-age=60');
    expect(PUBLIC_PAGE_CACHE).toContain('stale-if-error');
    expect(IMMUTABLE_ASSET_CACHE).toBe('public, max-age=31536000, immutable');
  });
});
