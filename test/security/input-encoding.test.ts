import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from '../../src/domain/body.ts';
import { MAX_JSON_DEPTH } from '../../src/http/input.ts';
import { createTestApp, type TestApp } from '../utils/app.ts';
import { dialects } from '../utils/databases.ts';
import { errorAnswer } from '../utils/error-answer.ts';
import { ifStarted } from '../utils/if-started.ts';
import { articleListItemSchema, editorArticleSchema } from '../../src/contract/articles.ts';
import { dataOf, pageOf } from '../../src/contract/wire.ts';

const PASSWORD = 'correct horse battery staple';

/**
 * NUL characters, bytes that are not UTF-8 and lone surrogates are refused with a 400 naming the
 * field wherever text comes in — the reader site, the Content API and the newsroom — and never
 * reach the database (PostgreSQL cannot store a NUL and used to answer 500).
 */
describe.each(dialects)('text input on %s', (dialect) => {
  let app: TestApp;
  let session: { cookie: string; csrf: string };
  let apiKey: string;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    const c = app.container;
    await c.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    await c.writer.create({
      language: 'en',
      headline: 'Talks resume in Baku',
      sectionSlug: 'world',
      body: [paragraph('The talks resumed on Friday.')],
      status: 'published',
      tags: ['Diplomacy'],
    });
    await c.accounts.createUser(
      { email: 'writer@example.com', name: 'Writer', role: 'contributor', password: PASSWORD },
      null,
    );
    const s = await c.accounts.signIn('writer@example.com', PASSWORD);
    session = { cookie: `nd_session=${s.token}`, csrf: s.csrf };
    apiKey = (await c.apiKeys.create({ name: 'probe' })).key;
  });
  afterAll(async () => ifStarted(app)?.dispose());

  const admin = () => ({ cookie: session.cookie, 'x-csrf-token': session.csrf });
  async function refused(options: InjectOptions & { url: string }, field: string) {
    const res = await app.server.inject(options);
    expect(res.statusCode, `${options.method ?? 'GET'} ${options.url}: ${res.body.slice(0, 200)}`).toBe(400);
    const body = errorAnswer.parse(res.json());
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues?.[0]?.field).toBe(field);
    return body.error.issues![0]!.message;
  }

  it.each([
    ['the site search', '/en/search?q=talks%00', 'q', /NUL/],
    ['the site search, bytes that are not UTF-8', '/en/search?q=talks%FF', 'q', /UTF-8/],
    ['an article address', '/en/world/talks%00resume', 'slug', /NUL/],
    ['an article address, bytes that are not UTF-8', '/en/world/talks%C3', 'path', /UTF-8/],
    ['a tag page', '/en/tag/diplomacy%00', 'slug', /NUL/],
    ['a page that does not exist', '/en/no/such/page/%00', 'path', /NUL/],
    ['the language switch', '/lang/en?to=/en/%00', 'to', /NUL/],
    ['the Content API search', '/api/v1/search?q=talks%00&key=KEY', 'q', /NUL/],
    ['a Content API filter', '/api/v1/articles?section=world%00&key=KEY', 'section', /NUL/],
    ['a Content API filter name', '/api/v1/articles?sec%00tion=world&key=KEY', 'query', /NUL/],
  ])('refuses a bad character in %s', async (_what, url, field, message) => {
    expect(await refused({ method: 'GET', url: url.replace('KEY', apiKey) }, field)).toMatch(message);
  });

  it('refuses a NUL in the newsroom’s list filters and route parameters', async () => {
    await refused({ method: 'GET', url: '/admin/api/articles?q=talks%00', headers: admin() }, 'q');
    await refused({ method: 'GET', url: '/admin/api/tags?q=dip%00', headers: admin() }, 'q');
    await refused({ method: 'GET', url: '/admin/api/articles/abc%00def', headers: admin() }, 'id');
  });

  describe('JSON bodies', () => {
    const post = (payload: string | Buffer) => ({
      method: 'POST' as const,
      url: '/admin/api/articles',
      headers: { ...admin(), 'content-type': 'application/json' },
      payload,
    });
    const draft = { language: 'en', headline: 'Quiet week', sectionSlug: 'world' };

    it('refuses NUL in any string, keys included, naming where it is', async () => {
      await refused(post(JSON.stringify({ ...draft, headline: 'Quiet\u0000week' })), 'headline');
      await refused(post(JSON.stringify({ ...draft, bodyHtml: '<p>a\u0000b</p>' })), 'bodyHtml');
      await refused(
        post(
          JSON.stringify({
            ...draft,
            body: [{ type: 'paragraph', content: [{ text: 'ok' }, { text: 'x\u0000' }] }],
          }),
        ),
        'body.0.content.1.text',
      );
      expect(await refused(post(JSON.stringify({ ...draft, ['head\u0000line']: 'x' })), 'body')).toMatch(
        /keys/,
      );
      await refused(post(JSON.stringify({ ...draft, authors: [{ ['na\u0000me']: 'x' }] })), 'authors.0');
    });

    it('refuses a lone surrogate (\\ud800) and bytes that are not UTF-8 instead of storing U+FFFD', async () => {
      const loneHigh = '{"language":"en","headline":"Quiet \\ud800 week","sectionSlug":"world"}';
      expect(await refused(post(loneHigh), 'headline')).toMatch(/surrogate/);
      const loneLow = '{"language":"en","headline":"Quiet week","sectionSlug":"world","tags":["\\udc00"]}';
      await refused(post(loneLow), 'tags.0');
      const latin1 = Buffer.concat([
        Buffer.from('{"language":"en","headline":"Caf'),
        Buffer.from([0xe9]), // "é" in Latin-1: not UTF-8
        Buffer.from('","sectionSlug":"world"}'),
      ]);
      expect(await refused(post(latin1), 'body')).toMatch(/UTF-8/);
      // An encoded surrogate (CESU-8) is not UTF-8 either.
      await refused(
        post(
          Buffer.concat([Buffer.from('{"headline":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]),
        ),
        'body',
      );
    });

    it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels, before reading it`, async () => {
      const deep = `{"language":"en","headline":"x","sectionSlug":"world","body":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
      expect(await refused(post(deep), 'body')).toMatch(/nest/);
      // Brackets inside strings are text, not nesting.
      const res = await app.server.inject(
        post(JSON.stringify({ ...draft, headline: `Brackets ${'['.repeat(200)}` })),
      );
      expect(res.statusCode).toBe(201);
    });

    it('keeps every real character, emoji and scripts included', async () => {
      const headline = 'Bakı — Москва: “talks” resume 🕊️ 𝔸';
      const res = await app.server.inject(post(JSON.stringify({ ...draft, headline })));
      expect(res.statusCode).toBe(201);
      expect(dataOf(editorArticleSchema).parse(res.json()).data.headline).toBe(headline);
    });

    it('stored nothing from the refused requests', async () => {
      const res = await app.server.inject({ method: 'GET', url: '/admin/api/articles', headers: admin() });
      expect(
        pageOf(articleListItemSchema)
          .parse(res.json())
          .data.map((a) => a.headline)
          .sort(),
      ).toEqual(['Bakı — Москва: “talks” resume 🕊️ 𝔸', `Brackets ${'['.repeat(200)}`]);
    });
  });

  describe('form bodies', () => {
    const form = (url: string, payload: string | Buffer) => ({
      method: 'POST' as const,
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload,
    });

    it('refuses NUL and bad percent-encoding in sign-in, setup, reset and invitation forms', async () => {
      await refused(form('/admin/signin', 'email=writer%00%40example.com&password=x&_csrf=t'), 'email');
      await refused(form('/admin/signin', 'email=writer%40example.com&password=p%FFss&_csrf=t'), 'password');
      await refused(form('/admin/setup', 'email=a%40b.c&name=N%00&password=x&_csrf=t'), 'name');
      await refused(form('/admin/forgot', 'email=a%00%40b.c&_csrf=t'), 'email');
      await refused(form('/admin/reset/abc', 'password=%E2%82&_csrf=t'), 'password');
      await refused(form('/admin/invite/abc%00', 'password=x&_csrf=t'), 'token');
    });

    it('refuses raw bytes that are not UTF-8 in a form body', async () => {
      const raw = Buffer.concat([
        Buffer.from('email=caf'),
        Buffer.from([0xe9]),
        Buffer.from('%40b.c&_csrf=t'),
      ]);
      await refused(form('/admin/forgot', raw), 'body');
    });

    it('still reads a good form: a wrong password is a wrong password', async () => {
      const page = await app.server.inject({ method: 'GET', url: '/admin/signin' });
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const cookie = String(page.headers['set-cookie']).split(';')[0]!;
      const res = await app.server.inject({
        ...form('/admin/signin', `email=writer%40example.com&password=n%C3%B6pe+nope&_csrf=${csrf}`),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      });
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('<form');
    });
  });

  it('refuses a view beacon that is not UTF-8 text', async () => {
    await refused(
      {
        method: 'POST',
        url: '/api/views',
        headers: { 'content-type': 'text/plain' },
        payload: Buffer.from([0xff]),
      },
      'body',
    );
  });
});
