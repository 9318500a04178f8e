import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadFixtures } from '../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { ifStarted } from '../../test/utils/if-started.ts';
import { answerSchema, openApiAnswer } from '../../test/utils/openapi-answer.ts';
import { asStaff, signInStaff, type StaffSession } from '../../test/utils/staff.ts';
import { adminEndpoints } from './admin/index.ts';
import { liveEndpoints } from './admin/live.ts';
import { mediaEndpoints } from './admin/media.ts';
import { TaxonomyDesk } from '../services/taxonomy/taxonomy-desk.ts';
import { contentEndpoints } from './content/endpoints.ts';
import type { Endpoint } from './endpoint.ts';
import { SiteSettingsDesk } from '../services/site/site-settings-desk.ts';

/** Both API wings declare what they answer; the documents carry it, and real answers match it. */
describe('the API declarations', () => {
  let app: TestApp;
  let staff: Record<'editor' | 'admin', StaffSession>;
  let key: string;
  let admin: Endpoint[];
  let content: Endpoint[];

  beforeAll(async () => {
    app = await createTestApp('sqlite');
    const c = app.container;
    await loadFixtures(c, 3);
    staff = await signInStaff(app, { editor: 'editor', admin: 'admin' });
    key = (await c.apiKeys.create({ name: 'Declarations' })).key;
    admin = adminEndpoints({
      newsroom: c.newsroom,
      site: c.site,
      taxonomy: c.taxonomy,
      analysis: c.analysis,
      siteSettings: new SiteSettingsDesk(c.store, c.site, c.clock),
      taxonomyDesk: new TaxonomyDesk(c.store, c.site, c.clock),
      baseUrl: 'http://localhost',
      renderArticle: async () => '',
      articleUrl: () => 'http://localhost/',
      more: [...mediaEndpoints({ media: c.media }), ...liveEndpoints(c.live)],
    });
    content = contentEndpoints(c);
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('gives every endpoint a response schema and an operationId unique in its document', () => {
    for (const list of [admin, content]) {
      const ids = list.map((e) => e.operationId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of list) {
        expect(e.operationId, `${e.method} ${e.path}`).toMatch(/^[a-z][A-Za-z]+$/);
        expect(typeof e.response.safeParse, `${e.method} ${e.path}`).toBe('function');
      }
    }
    // A declaration that refuses what is not its shape.
    const getArticle = admin.find((e) => e.operationId === 'getArticle')!;
    expect(getArticle.response.safeParse({ data: { id: 'x', headline: 'No more' } }).success).toBe(false);
  });

  it('describes real response bodies with operationIds in both OpenAPI documents', async () => {
    const adminDoc = openApiAnswer.parse(
      (await asStaff(app, staff.editor, 'GET', '/admin/api/openapi.json')).body,
    );
    const contentDoc = openApiAnswer.parse((await app.server.inject('/api/v1/openapi.json')).json());
    const editorArticle = answerSchema(adminDoc.paths['/admin/api/articles/{id}']?.get, '200');
    expect(editorArticle?.properties?.data?.properties?.allowedActions?.items?.enum).toContain('publish');
    expect(adminDoc.paths['/admin/api/articles']?.post?.operationId).toBe('createArticle');
    expect(adminDoc.paths['/admin/api/media/{id}']?.delete?.responses['204']).toBeDefined();
    const preview = adminDoc.paths['/admin/api/articles/{id}/preview']?.get;
    expect(Object.keys(preview?.responses['200']?.content ?? {})).toEqual(['text/html']);
    const list = contentDoc.paths['/api/v1/articles']?.get;
    expect(list?.operationId).toBe('listArticles');
    expect(answerSchema(list, '200')?.properties?.meta?.properties).toHaveProperty('nextCursor');
    const me = adminDoc.paths['/admin/api/me']?.get;
    expect(me?.operationId).toBe('getMe');
    const meBody = answerSchema(me, '200');
    expect(meBody?.properties?.data?.properties?.permissions?.type).toBe('array');
    expect(meBody?.properties).toHaveProperty('csrf');
  });

  it('gives every operation of both documents an operationId and a declared success answer', async () => {
    const adminDoc = openApiAnswer.parse(
      (await asStaff(app, staff.editor, 'GET', '/admin/api/openapi.json')).body,
    );
    const contentDoc = openApiAnswer.parse((await app.server.inject('/api/v1/openapi.json')).json());
    const operations = Object.entries({ admin: adminDoc, content: contentDoc }).flatMap(([wing, doc]) =>
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ wing, name: `${method.toUpperCase()} ${path}`, op })),
      ),
    );
    // Both wings, every endpoint: the documents are built from the same lists the servers register.
    expect(operations.length).toBe(admin.length + content.length);
    const ids = new Set<string>();
    for (const { wing, name, op } of operations) {
      expect(op.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      ids.add(`${wing}:${op.operationId}`);
      const success = Object.keys(op.responses).filter((status) => /^2\d\d$/.test(status));
      expect(success, name).toHaveLength(1);
      if (success[0] === '204') continue;
      const bodies = Object.values(op.responses[success[0]!]!.content ?? {});
      expect(bodies, name).toHaveLength(1);
      expect(Object.keys(bodies[0]!.schema ?? {}), name).not.toHaveLength(0);
    }
    expect(ids.size).toBe(operations.length);
  });

  it('lints both documents clean with Redocly (recommended rules, redocly.yaml)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-openapi-'));
    try {
      const adminDoc: unknown = (await asStaff(app, staff.editor, 'GET', '/admin/api/openapi.json')).body;
      writeFileSync(join(dir, 'admin.json'), JSON.stringify(adminDoc));
      writeFileSync(join(dir, 'content.json'), (await app.server.inject('/api/v1/openapi.json')).body);
      const redocly = join(process.cwd(), 'node_modules', '.bin', 'redocly');
      for (const file of ['admin.json', 'content.json']) {
        // Offline: no telemetry, no update check.
        const { stdout } = await promisify(execFile)(redocly, ['lint', '--format=json', join(dir, file)], {
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        });
        const report = z
          .object({
            totals: z.object({ errors: z.number(), warnings: z.number() }),
            problems: z.array(z.object({ ruleId: z.string(), message: z.string() })),
          })
          .parse(JSON.parse(stdout));
        expect(report.problems, file).toEqual([]);
        expect(report.totals, file).toMatchObject({ errors: 0, warnings: 0 });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  const matches = (list: () => Endpoint[], method: string, path: string, answer: unknown) => {
    const e = list().find((x) => x.method === method && x.path === path)!;
    const r = e.response.safeParse(answer);
    expect(r.success, `${method} ${path}: ${r.error?.message ?? ''}`).toBe(true);
  };

  it('answers the admin API with bodies its schemas accept', async () => {
    const call = (role: 'editor' | 'admin', method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
      asStaff(app, staff[role], method, `/admin/api${url}`, body);
    const created = await call('editor', 'POST', '/articles', {
      language: 'en',
      headline: 'Declared answers',
      sectionSlug: 'world',
      bodyHtml: '<p>Talks resumed on Friday in Baku.</p>',
      featuredImage: { src: '/media/x.jpg', alt: 'A harbour' },
    });
    expect(created.status).toBe(201);
    const id = z.object({ data: z.object({ id: z.string() }) }).parse(created.body).data.id;
    matches(() => admin, 'POST', '/articles', created.body);
    const saved = await call('editor', 'PUT', `/articles/${id}`, { version: 1, headline: 'Declared, saved' });
    matches(() => admin, 'PUT', '/articles/:id', saved.body);
    matches(() => admin, 'GET', '/articles', (await call('editor', 'GET', '/articles')).body);
    matches(() => admin, 'GET', '/site', (await call('editor', 'GET', '/site')).body);
    matches(() => admin, 'GET', '/me', (await call('editor', 'GET', '/me')).body);
    matches(
      () => admin,
      'GET',
      '/articles/:id/revisions',
      (await call('editor', 'GET', `/articles/${id}/revisions`)).body,
    );
    matches(
      () => admin,
      'GET',
      '/articles/:id/revisions/:version',
      (await call('editor', 'GET', `/articles/${id}/revisions/1`)).body,
    );
    matches(
      () => admin,
      'GET',
      '/articles/:id/diff',
      (await call('editor', 'GET', `/articles/${id}/diff?from=1&to=2`)).body,
    );
    matches(() => admin, 'GET', '/frontpage', (await call('editor', 'GET', '/frontpage?language=en')).body);
    matches(
      () => admin,
      'GET',
      '/articles/:id/analysis',
      (await call('editor', 'GET', `/articles/${id}/analysis`)).body,
    );
    matches(() => admin, 'GET', '/settings/story', (await call('admin', 'GET', '/settings/story')).body);
    matches(() => admin, 'GET', '/media', (await call('editor', 'GET', '/media')).body);
  });

  it('answers the Content API with bodies its schemas accept', async () => {
    const get = async (url: string) =>
      (
        await app.server.inject({ url: `/api/v1${url}`, headers: { authorization: `Bearer ${key}` } })
      ).json<unknown>();
    const page = await get('/articles?fields=id,headline,body,tags');
    const ids = z.object({ data: z.array(z.object({ id: z.string() })) }).parse(page).data;
    expect(ids.length).toBeGreaterThan(0);
    matches(() => content, 'GET', '/articles', page);
    matches(() => content, 'GET', '/articles', await get('/articles'));
    matches(() => content, 'GET', '/articles/:id', await get(`/articles/${ids[0]!.id}`));
    matches(() => content, 'GET', '/sections', await get('/sections'));
    matches(() => content, 'GET', '/tags', await get('/tags'));
    matches(() => content, 'GET', '/authors', await get('/authors'));
    matches(() => content, 'GET', '/search', await get('/search?q=the'));
  });
});
