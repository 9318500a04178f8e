import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Role } from '../../domain/roles.ts';
import { createTestApp, testConfig, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(dialects)('newsroom API on %s', (dialect) => {
  let app: TestApp;
  const now = { t: new Date('2025-11-21T08:00:00Z') };
  const purged: string[] = [];
  const as: Partial<Record<Role | 'author2', { cookie: string; csrf: string; id: string }>> = {};

  async function call(who: keyof typeof as, method: InjectOptions['method'], url: string, body?: unknown) {
    const s = as[who]!;
    const res = await app.server.inject({
      method,
      url,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
    });
    return {
      status: res.statusCode,
      body: String(res.headers['content-type'] ?? '').includes('json') ? res.json() : res.body,
      raw: res,
    };
  }

  beforeAll(async () => {
    app = await createTestApp(
      dialect,
      {},
      { clock: { now: () => now.t }, purger: { purge: async (p) => void purged.push(...p) } },
    );
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    await app.container.taxonomy.createSection({ slug: 'economy', name: 'Economy', position: 1 });
    for (const role of ['contributor', 'author', 'editor', 'admin', 'author2'] as const) {
      const email = `${role}@example.com`;
      const user = await app.container.accounts.createUser(
        { email, name: `The ${role}`, role: role === 'author2' ? 'author' : role, password: PASSWORD },
        null,
      );
      const s = await app.container.accounts.signIn(email, PASSWORD);
      as[role] = { cookie: `nd_session=${s.token}`, csrf: s.csrf, id: user.id };
    }
  });
  afterAll(async () => app?.dispose());

  const draft = {
    language: 'en',
    headline: 'Embassy talks resume in Baku',
    standfirst: 'Diplomats meet again after a week.',
    sectionSlug: 'world',
    tags: ['Diplomacy', 'New tag typed inline'],
    authors: [{ name: 'Aysel Karimova', role: 'Diplomatic correspondent' }],
    sources: [{ outlet: 'News.Az', citing: 'Azerbaijani media', url: null }],
    bodyHtml:
      '<p>Talks <strong>resumed</strong> on Friday.</p><figure data-type="image"><img src="/media/x.jpg" alt="">' +
      '<figcaption>The ministry<span class="credit">Photo: Staff</span></figcaption></figure>',
  };

  it('takes an article from a contributor’s draft through review, schedule, publish, correction and withdrawal', async () => {
    // A contributor writes a draft: slug from the headline, new tags made inline.
    const created = await call('contributor', 'POST', '/admin/api/articles', draft);
    expect(created.status).toBe(201);
    const a = created.body.data;
    expect(a).toMatchObject({
      status: 'draft',
      version: 1,
      slug: 'embassy-talks-resume-in-baku',
      tags: ['Diplomacy', 'New tag typed inline'],
      owner: { name: 'The contributor' },
      allowedActions: ['submit'],
      canPublish: false,
    });
    expect(a.body[1]).toMatchObject({ type: 'image', caption: 'The ministry', credit: 'Photo: Staff' });

    // Autosave: each save names its version; a stale one is refused and changes nothing.
    const saved = await call('contributor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: 1,
      bodyHtml: '<p>Talks resumed on Friday in the capital.</p>',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data.version).toBe(2);
    const stale = await call('contributor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: 1,
      headline: 'Lost?',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect(stale.body.error.message).toMatch(/changed by The contributor .* since you opened it/);
    expect((await call('contributor', 'GET', `/admin/api/articles/${a.id}`)).body.data.headline).toBe(
      draft.headline,
    );

    // The contributor may not publish, and nobody else's contributor may even look.
    const forced = await call('contributor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'publish',
      version: 2,
    });
    expect(forced.status).toBe(403);
    expect((await call('author', 'GET', `/admin/api/articles/${a.id}`)).status).toBe(403);
    const submitted = await call('contributor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'submit',
      version: 2,
    });
    expect(submitted.body.data.status).toBe('in_review');

    // The editor finds it in review, edits, and puts back an image without alt text.
    const list = await call('editor', 'GET', '/admin/api/articles?status=in_review&section=world&q=EMBASSY');
    expect(list.body.data.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect(list.body.meta).toMatchObject({ total: 1, page: 1 });
    expect((await call('contributor', 'GET', '/admin/api/articles?status=in_review')).body.data).toHaveLength(
      1,
    );
    expect((await call('author', 'GET', '/admin/api/articles')).body.data).toHaveLength(0);
    const edited = await call('editor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: 3,
      headline: 'Embassy talks resume in Baku after a week',
      bodyHtml:
        '<p>Talks resumed on Friday in the capital, officials said.</p>' +
        '<figure data-type="image"><img src="/media/x.jpg" alt=""><figcaption>The ministry</figcaption></figure>',
    });
    expect(edited.body.data.version).toBe(4);
    // Publishing needs alt text on every image; the error names the field.
    const early = await call('editor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'schedule',
      version: 4,
      scheduledAt: '2025-11-21T09:00:00Z',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.issues).toEqual([
      { field: 'body.1.alt', message: expect.stringMatching(/alt text/) },
    ]);
    await call('editor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: 4,
      bodyHtml:
        '<p>Talks resumed on Friday in the capital, officials said.</p>' +
        '<figure data-type="image"><img src="/media/x.jpg" alt="The ministry building"></figure>',
    });
    const past = await call('editor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'schedule',
      version: 5,
      scheduledAt: '2025-11-21T07:00:00Z',
    });
    expect(past.body.error.issues).toEqual([
      { field: 'scheduledAt', message: 'must be a time in the future' },
    ]);
    const scheduled = await call('editor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'schedule',
      version: 5,
      scheduledAt: '2025-11-21T09:00:00+00:00',
    });
    expect(scheduled.body.data).toMatchObject({
      status: 'scheduled',
      scheduledAt: '2025-11-21T09:00:00.000Z',
    });
    const url = `/en/world/embassy-talks-resume-in-baku`;
    expect((await app.server.inject({ url })).statusCode).toBe(404);

    // The preview shows the reader's page before readers can.
    const preview = await call('editor', 'GET', `/admin/api/articles/${a.id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.raw.headers['cache-control']).toContain('no-store');
    expect(preview.body).toContain('Embassy talks resume in Baku after a week');
    expect(preview.body).toContain('alt="The ministry building"');

    // Its time comes: the job publishes it at the promised time.
    expect(await app.container.writer.publishDue()).toBe(0);
    now.t = new Date('2025-11-21T09:00:05Z');
    expect(await app.container.writer.publishDue()).toBe(1);
    const page = await app.server.inject({ url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Talks resumed on Friday in the capital, officials said.');
    const published = (await call('editor', 'GET', `/admin/api/articles/${a.id}`)).body.data;
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: '2025-11-21T09:00:00.000Z',
      publicUrl: `http://news.test${url}`,
    });

    // A correction: the note at the end, an "Updated" time.
    now.t = new Date('2025-11-21T11:30:00Z');
    const noNote = await call('editor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'correct',
      version: published.version,
      note: ' ',
    });
    expect(noNote.body.error.issues[0].field).toBe('note');
    const corrected = await call('editor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'correct',
      version: published.version,
      note: 'An earlier version gave the wrong day for the talks.',
    });
    expect(corrected.body.data.corrections).toEqual([
      { text: 'An earlier version gave the wrong day for the talks.', createdAt: '2025-11-21T11:30:00.000Z' },
    ]);
    const correctedPage = (await app.server.inject({ url })).body;
    expect(correctedPage).toContain('An earlier version gave the wrong day for the talks.');
    expect(correctedPage).toMatch(/class="updated"/);

    // Revisions: every save and move, any two compared, one restored.
    const revisions = (await call('editor', 'GET', `/admin/api/articles/${a.id}/revisions`)).body.data;
    expect(revisions.map((r: { action: string }) => r.action)).toEqual([
      'corrected',
      'published',
      'scheduled',
      'saved',
      'saved',
      'submitted',
      'saved',
      'created',
    ]);
    expect(revisions.find((r: { action: string }) => r.action === 'published').userName).toBeNull();
    const diff = (await call('editor', 'GET', `/admin/api/articles/${a.id}/diff?from=1&to=5`)).body.data;
    expect(diff.fields).toContainEqual({
      field: 'headline',
      before: 'Embassy talks resume in Baku',
      after: 'Embassy talks resume in Baku after a week',
    });
    expect(diff.body).toEqual([
      { value: 'Talks resumed on Friday ' },
      { value: 'in the capital, officials said', added: true },
      { value: '.' },
      { value: '\n\nThe ministry Photo: Staff', removed: true },
    ]);
    expect(diff.bodyChanged).toBe(true);

    // Withdrawn: the URL answers 410.
    const current = (await call('editor', 'GET', `/admin/api/articles/${a.id}`)).body.data;
    const gone = await call('editor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'unpublish',
      version: current.version,
    });
    expect(gone.body.data.status).toBe('unpublished');
    expect((await app.server.inject({ url })).statusCode).toBe(410);

    // Restoring the first version brings its text back as a new save.
    const restored = await call('editor', 'POST', `/admin/api/articles/${a.id}/revisions/1/restore`, {
      version: gone.body.data.version,
    });
    expect(restored.body.data.headline).toBe('Embassy talks resume in Baku');
    expect(restored.body.data.version).toBe(gone.body.data.version + 1);

    // Who did what is in the audit log.
    const audit = await app.container.accounts.auditLog();
    const mine = audit.filter((e) => e.target === a.id).map((e) => `${e.userName ?? 'system'} ${e.action}`);
    expect(mine).toEqual(
      expect.arrayContaining([
        'The contributor article.created',
        'The contributor article.submitted',
        'The editor article.scheduled',
        'system article.published',
        'The editor article.corrected',
        'The editor article.unpublished',
        'The editor article.restored:1',
      ]),
    );
  });

  it('authors publish their own articles but not others’; breaking news needs publishing rights', async () => {
    const own = (
      await call('author', 'POST', '/admin/api/articles', {
        ...draft,
        headline: 'Author story',
        bodyHtml: '<p>Text.</p>',
      })
    ).body.data;
    const published = await call('author', 'POST', `/admin/api/articles/${own.id}/transitions`, {
      action: 'publish',
      version: own.version,
    });
    expect(published.body.data.status).toBe('published');
    expect((await call('author2', 'GET', `/admin/api/articles/${own.id}`)).status).toBe(403);
    expect(
      (
        await call('author2', 'POST', `/admin/api/articles/${own.id}/transitions`, {
          action: 'unpublish',
          version: 2,
        })
      ).status,
    ).toBe(403);
    const c = (
      await call('contributor', 'POST', '/admin/api/articles', { ...draft, headline: 'Contributor story' })
    ).body.data;
    const flag = await call('contributor', 'PUT', `/admin/api/articles/${c.id}`, {
      version: 1,
      breaking: true,
    });
    expect(flag.status).toBe(403);
    const editorFlag = await call('editor', 'PUT', `/admin/api/articles/${c.id}`, {
      version: 1,
      breaking: true,
    });
    expect(editorFlag.body.data.breaking).toBe(true);
  });

  it('rejects bad input with a message per field and writes nothing', async () => {
    const before = await app.container.store.repos.articles.count();
    const bad = await call('contributor', 'POST', '/admin/api/articles', {
      language: 'xx',
      headline: '',
      sectionSlug: 'world',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { field: string }) => i.field)).toContain('headline');
    const noSection = await call('contributor', 'POST', '/admin/api/articles', {
      ...draft,
      sectionSlug: 'nope',
    });
    expect(noSection.body.error).toMatchObject({
      code: 'SECTION_NOT_FOUND',
      issues: [{ field: 'sectionSlug' }],
    });
    const badLanguage = await call('contributor', 'POST', '/admin/api/articles', {
      ...draft,
      language: 'de',
    });
    expect(badLanguage.body.error.issues).toEqual([{ field: 'language', message: expect.any(String) }]);
    const unknown = await call('contributor', 'POST', '/admin/api/articles', {
      ...draft,
      status: 'published',
    });
    expect(unknown.status).toBe(400);
    expect(await app.container.store.repos.articles.count()).toBe(before);
    const a = (await call('contributor', 'POST', '/admin/api/articles', { ...draft, headline: 'Valid one' }))
      .body.data;
    const badSave = await call('contributor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: 1,
      headline: 'Changed',
      slug: 'Not A Slug',
    });
    expect(badSave.body.error.issues).toEqual([{ field: 'slug', message: expect.any(String) }]);
    expect((await call('contributor', 'GET', `/admin/api/articles/${a.id}`)).body.data).toMatchObject({
      headline: 'Valid one',
      version: 1,
    });
    const noVersion = await call('contributor', 'PUT', `/admin/api/articles/${a.id}`, { headline: 'x' });
    expect(noVersion.body.error.issues[0].field).toBe('version');
    const taken = await call('contributor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: 1,
      slug: 'embassy-talks-resume-in-baku',
    });
    expect(taken.body.error).toMatchObject({ code: 'CONFLICT', issues: [{ field: 'slug' }] });
  });

  it('starts a translation from the article, in the same translation group', async () => {
    const a = (
      await call('editor', 'POST', '/admin/api/articles', { ...draft, headline: 'Grain deal signed' })
    ).body.data;
    const ru = await call('editor', 'POST', `/admin/api/articles/${a.id}/translations`, { language: 'ru' });
    expect(ru.status).toBe(201);
    expect(ru.body.data).toMatchObject({
      language: 'ru',
      status: 'draft',
      translationGroupId: a.translationGroupId,
    });
    expect(ru.body.data.translations).toEqual([
      { id: a.id, language: 'en', headline: 'Grain deal signed', status: 'draft' },
    ]);
    const again = await call('editor', 'POST', `/admin/api/articles/${a.id}/translations`, {
      language: 'ru',
    });
    expect(again.body.error.code).toBe('CONFLICT');
    const unknown = await call('editor', 'POST', `/admin/api/articles/${a.id}/translations`, {
      language: 'de',
    });
    expect(unknown.body.error.code).toBe('LANGUAGE_NOT_ENABLED');
  });

  it('lets editors curate the front page: slots first, then the latest', async () => {
    const make = async (headline: string) => {
      const a = (
        await call('editor', 'POST', '/admin/api/articles', { ...draft, headline, bodyHtml: '<p>Body.</p>' })
      ).body.data;
      now.t = new Date(now.t.getTime() + 60_000);
      return (
        await call('editor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
          action: 'publish',
          version: 1,
        })
      ).body.data;
    };
    const older = await make('An older story chosen as the lead');
    await make('The newest story of all');
    expect(
      (await call('contributor', 'PUT', '/admin/api/frontpage/en/lead', { articleId: older.id })).status,
    ).toBe(403);
    const set = await call('editor', 'PUT', '/admin/api/frontpage/en/lead', { articleId: older.id });
    expect(set.body.data.slots[0]).toEqual({
      slot: 'lead',
      article: { id: older.id, headline: 'An older story chosen as the lead', status: 'published' },
      hidden: false,
    });
    expect(purged).toContain('/en/');
    expect(
      (await call('editor', 'PUT', '/admin/api/frontpage/en/sidebar', { articleId: older.id })).status,
    ).toBe(400);
    const front = (await app.server.inject({ url: '/en/' })).body;
    expect(front.indexOf('An older story chosen as the lead')).toBeLessThan(
      front.indexOf('The newest story of all'),
    );
    expect(front.indexOf('An older story chosen as the lead')).toBeGreaterThan(-1);
  });

  it('describes itself in an OpenAPI document listing every endpoint and its permission', async () => {
    const doc = (await call('contributor', 'GET', '/admin/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const served = app.routes.filter(
      (r) =>
        r.url.startsWith('/admin/api/') && r.url !== '/admin/api/openapi.json' && r.url !== '/admin/api/me',
    );
    for (const r of served) {
      const op = doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.url}`).toBeDefined();
      expect(op.description).toContain(r.access);
    }
  });

  it.runIf(dialect === 'sqlite')('publishes a scheduled article after a restart', async () => {
    const a = (
      await call('editor', 'POST', '/admin/api/articles', {
        ...draft,
        headline: 'Survives a restart',
        bodyHtml: '<p>x</p>',
      })
    ).body.data;
    await call('editor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'schedule',
      version: 1,
      scheduledAt: new Date(now.t.getTime() + 60_000).toISOString(),
    });
    await app.close();
    now.t = new Date(now.t.getTime() + 120_000);
    // A new process on the same database, with its jobs running, publishes it on start.
    const second = await buildApp(testConfig(app.db), { logger: false, clock: { now: () => now.t } });
    try {
      for (let i = 0; i < 50; i++) {
        if ((await second.container.store.repos.articles.findById(a.id))?.status === 'published') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await second.container.store.repos.articles.findById(a.id))?.status).toBe('published');
    } finally {
      await second.close();
    }
    await app.db.drop();
    app = await createTestApp('sqlite');
  });
});
