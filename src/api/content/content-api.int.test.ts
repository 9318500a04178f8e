import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { loadFixtures, loadTranslations, SEED_SLUG, type Fixtures } from '../../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { errorAnswer } from '../../../test/utils/error-answer.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { openApiAnswer } from '../../../test/utils/openapi-answer.ts';

/** Answers as read here: every field of every item is kept, so a test sees exactly what was sent. */
const fieldsOf = z.record(z.string(), z.unknown());
const listAnswer = z.object({ data: z.array(fieldsOf), meta: fieldsOf.optional() });
const oneAnswer = z.object({ data: fieldsOf });
const pageAnswer = z.object({
  data: z.array(z.object({ id: z.string() })),
  meta: z.object({ nextCursor: z.string().nullable() }),
});

describe.each(dialects)('Content API on %s', (dialect) => {
  let app: TestApp;
  let fx: Fixtures;
  let key: string;
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.server.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}`, ...headers } });

  beforeAll(async () => {
    app = await createTestApp(dialect);
    fx = await loadFixtures(app.container, 12);
    await loadTranslations(app.container, fx.seed);
    key = (await app.container.apiKeys.create({ name: 'Partner app' })).key;
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('needs a valid, unrevoked key, by header or query', async () => {
    const none = await app.server.inject('/api/v1/articles');
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({
      error: { code: 'UNAUTHORIZED', message: 'An API key is required: Authorization: Bearer <key>.' },
    });
    const wrong = await get('/api/v1/articles', { authorization: 'Bearer nd_wrong' });
    expect(errorAnswer.parse(wrong.json()).error.code).toBe('UNAUTHORIZED');
    expect((await app.server.inject(`/api/v1/articles?key=${key}`)).statusCode).toBe(200);
    const other = await app.container.apiKeys.create({ name: 'Old partner' });
    expect((await get('/api/v1/tags', { authorization: `Bearer ${other.key}` })).statusCode).toBe(200);
    await app.container.apiKeys.revoke(other.record.id);
    expect((await get('/api/v1/tags', { authorization: `Bearer ${other.key}` })).statusCode).toBe(401);
    const stored = await app.container.database.db.selectFrom('api_keys').select('key_hash').execute();
    expect(stored.map((r) => r.key_hash)).not.toContain(key);
  });

  it('lists articles newest first, the same order the site shows', async () => {
    const res = await get('/api/v1/articles?limit=5');
    expect(res.statusCode).toBe(200);
    const body = listAnswer.parse(res.json());
    expect(body.data).toHaveLength(5);
    expect(body.data[0]).toEqual({
      id: fx.seed.id,
      url: `http://news.test/en/world/${SEED_SLUG}`,
      language: 'en',
      slug: SEED_SLUG,
      headline: "Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv",
      standfirst: 'Russia blames Ukrainian air defences; Baku says an Iskander missile hit the compound.',
      section: { slug: 'world', name: 'World' },
      authors: [],
      breaking: false,
      publishedAt: '2025-11-21T08:00:00.000Z',
      updatedAt: null,
      featuredImage: null,
    });
    const site = (await app.server.inject('/en/')).body;
    const siteOrder = [
      ...site.matchAll(/<a (?:class="title" )?href="\/en\/(?:world|economy)\/([^"/]+)"/g),
    ].map((m) => m[1]);
    expect(body.data.map((a) => a.slug)).toEqual([...new Set(siteOrder)].slice(0, 5));
  });

  it('pages with a cursor: every article once, none skipped', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = pageAnswer.parse(
        (await get(`/api/v1/articles?limit=4${cursor ? `&cursor=${cursor}` : ''}`)).json(),
      );
      seen.push(...page.data.map((a) => a.id));
      cursor = page.meta.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
    const bad = await get('/api/v1/articles?cursor=garbage');
    expect(bad.statusCode).toBe(400);
    expect(errorAnswer.parse(bad.json()).error.issues).toEqual([
      { field: 'cursor', message: 'is not valid' },
    ]);
  });

  it('selects fields, including full-text ones', async () => {
    const res = listAnswer.parse(
      (await get('/api/v1/articles?limit=1&fields=id,headline,bodyText,tags')).json(),
    );
    expect(Object.keys(res.data[0]!).sort()).toEqual(['bodyText', 'headline', 'id', 'tags']);
    expect(res.data[0]!.bodyText).toContain('Moscow has expressed “sincere regret”');
    const bad = await get('/api/v1/articles?fields=id,password');
    expect(bad.statusCode).toBe(400);
    expect(errorAnswer.parse(bad.json()).error.issues?.[0]?.field).toBe('fields.1');
  });

  it('leaves out of a full-field page an article gone between the list and its full read', async () => {
    const url = '/api/v1/articles?limit=3&fields=id,body';
    const before = listAnswer.parse((await get(url)).json()).data.map((a) => a.id);
    expect(before).toHaveLength(3);
    const gone = before[1];
    const byId = app.container.reader.byId.bind(app.container.reader);
    // Deleted or unpublished by an editor after the page's list was read (it used to answer 500).
    const read = vi
      .spyOn(app.container.reader, 'byId')
      .mockImplementation((id) => (id === gone ? Promise.resolve(null) : byId(id)));
    try {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(listAnswer.parse(res.json()).data.map((a) => a.id)).toEqual(before.filter((id) => id !== gone));
    } finally {
      read.mockRestore();
    }
  });

  it('filters by language, section, tag, author and dates; names unknown filters', async () => {
    const ids = async (q: string) =>
      listAnswer.parse((await get(`/api/v1/articles?limit=100&${q}`)).json()).data.map((a) => a.headline);
    expect(await ids('language=ru')).toEqual([
      'Москва выразила сожаление в связи с повреждением посольства Азербайджана в Киеве',
    ]);
    expect(await ids('section=economy')).toHaveLength(12);
    expect(await ids('tag=energy')).toHaveLength(4);
    expect(await ids('author=leyla-hasanova&since=2025-11-10&until=2025-11-10')).toHaveLength(12);
    expect(await ids('since=2025-11-21')).toEqual([
      "Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv",
    ]);
    const unknown = await get('/api/v1/articles?section=nowhere');
    expect(unknown.statusCode).toBe(404);
    expect(errorAnswer.parse(unknown.json()).error.issues).toEqual([
      { field: 'section', message: 'does not exist' },
    ]);
    const lang = await get('/api/v1/articles?language=fr');
    expect(errorAnswer.parse(lang.json()).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'language' }],
    });
    const limit = await get('/api/v1/articles?limit=1000');
    expect(errorAnswer.parse(limit.json()).error.issues?.[0]?.field).toBe('limit');
  });

  it('returns one article in full, and 404/400 for missing or malformed ids', async () => {
    const res = oneAnswer.parse((await get(`/api/v1/articles/${fx.seed.id}`)).json());
    expect(res.data).toMatchObject({
      id: fx.seed.id,
      sources: [{ outlet: 'News.Az', citing: 'Azerbaijani media', url: null }],
      translationGroupId: fx.seed.translationGroupId,
    });
    expect(res.data.body).toHaveLength(6);
    expect((await get('/api/v1/articles/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect(errorAnswer.parse((await get('/api/v1/articles/nope')).json()).error.issues).toEqual([
      { field: 'id', message: 'must be an article id' },
    ]);
  });

  it('lists sections (named per language), tags, authors, and searches', async () => {
    expect(listAnswer.parse((await get('/api/v1/sections?language=ru')).json()).data[0]).toEqual({
      slug: 'world',
      name: 'Мир',
      description: null,
      color: '#1a5fb4',
    });
    expect(listAnswer.parse((await get('/api/v1/tags')).json()).data.map((t) => t.slug)).toEqual([
      'azerbaijan',
      'diplomacy',
      'energy',
    ]);
    expect(listAnswer.parse((await get('/api/v1/authors')).json()).data).toEqual([
      {
        slug: 'leyla-hasanova',
        name: 'Leyla Hasanova',
        role: 'Economics correspondent',
        bio: 'Covers energy and markets.',
      },
    ]);
    const found = listAnswer.parse((await get('/api/v1/search?q=iskander%20')).json());
    expect(found.meta).toMatchObject({ total: 1, totalEstimated: false, page: 1 });
    expect(found.data[0]?.snippet).toContain('<mark>Iskander</mark>');
    expect(listAnswer.parse((await get('/api/v1/search?q=a')).json()).meta?.problem).toBe('too-short');
  });

  it('answers 304 to a matching If-None-Match and sets caching headers', async () => {
    const first = await get('/api/v1/articles?limit=3');
    expect(first.headers['cache-control']).toContain('s-maxage');
    expect(first.headers.vary).toContain('Authorization');
    const again = await get('/api/v1/articles?limit=3', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('allows cross-origin reads (CORS preflight)', async () => {
    const pre = await app.server.inject({
      method: 'OPTIONS',
      url: '/api/v1/articles',
      headers: {
        origin: 'https://partner.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(String(pre.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
    expect(
      (await get('/api/v1/tags', { origin: 'https://partner.example' })).headers[
        'access-control-allow-origin'
      ],
    ).toBe('*');
  });

  it('limits each key to its rate', async () => {
    const small = (await app.container.apiKeys.create({ name: 'Tiny', rateLimit: 3 })).key;
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push((await get('/api/v1/tags', { authorization: `Bearer ${small}` })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await get('/api/v1/tags', { authorization: `Bearer ${small}` });
    expect(errorAnswer.parse(limited.json()).error.code).toBe('RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await get('/api/v1/tags')).statusCode).toBe(200); // other keys are unaffected
  });

  it('serves an OpenAPI document describing every endpoint, without a key', async () => {
    const doc = openApiAnswer.parse((await app.server.inject('/api/v1/openapi.json')).json());
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual([
      '/api/v1/articles',
      '/api/v1/articles/{id}',
      '/api/v1/sections',
      '/api/v1/tags',
      '/api/v1/authors',
      '/api/v1/search',
    ]);
    const params = doc.paths['/api/v1/articles']?.get?.parameters?.map((p) => p.name);
    expect(params).toEqual([
      'language',
      'section',
      'tag',
      'author',
      'since',
      'until',
      'fields',
      'limit',
      'cursor',
    ]);
    expect(doc.paths['/api/v1/search']?.get?.parameters?.find((p) => p.name === 'q')?.required).toBe(true);
    const errorCode = doc.components.schemas.Error?.properties?.error?.properties?.code;
    expect(errorCode?.enum).toContain('RATE_LIMITED');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await get('/api/v1/nothing');
    expect(res.statusCode).toBe(404);
    expect(errorAnswer.parse(res.json()).error.code).toBe('NOT_FOUND');
  });

  it('answers addresses the router cannot read with errors from the catalog', async () => {
    // A malformed %-escape, and a segment longer than any id (Fastify's own answers were 400/414
    // in another shape).
    const bad = await get('/api/v1/articles/%ZZ');
    expect(bad.statusCode).toBe(400);
    expect(errorAnswer.parse(bad.json()).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'path' }],
    });
    const long = await get(`/api/v1/articles/${'x'.repeat(300)}`);
    expect(long.statusCode).toBe(404);
    expect(errorAnswer.parse(long.json()).error.code).toBe('NOT_FOUND');
    // An OPTIONS request that is not a CORS preflight: the empty 204, not a plain-text 400.
    const options = await app.server.inject({ method: 'OPTIONS', url: '/api/v1/articles' });
    expect(options.statusCode).toBe(204);
    expect(options.body).toBe('');
  });
});
