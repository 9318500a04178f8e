import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { asStaff, signInStaff, type StaffSession } from '../../../test/utils/staff.ts';

/** Edits to a live article stay private until someone with the right presses Update. */
describe.each(dialects)('pending changes to live articles on %s', (dialect) => {
  let app: TestApp;
  let apiKey = '';
  const now = { t: new Date('2025-11-21T08:00:00Z') };
  const purged: string[] = [];
  let as: Record<'contributor' | 'author' | 'editor' | 'editor2', StaffSession>;

  const call = (who: keyof typeof as, method: InjectOptions['method'], url: string, body?: unknown) =>
    asStaff(app, as[who], method, url, body);
  const later = (minutes: number) => (now.t = new Date(now.t.getTime() + minutes * 60_000));

  /** What readers get: the article page, the section feed, the Content API and search. */
  async function readers(slug: string) {
    const page = await app.server.inject(`/en/world/${slug}`);
    const feed = await app.server.inject('/en/world/feed.xml');
    const api = await app.server.inject({
      url: `/api/v1/articles?language=en`,
      headers: { authorization: `Bearer ${apiKey}` },
    });
    const search = await app.server.inject('/en/search?q=Revised');
    return { page: page.body, feed: feed.body, api: api.body, search: search.body };
  }

  beforeAll(async () => {
    app = await createTestApp(
      dialect,
      {},
      { clock: { now: () => now.t }, purger: { purge: async (p) => void purged.push(...p) } },
    );
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    as = await signInStaff(app, {
      contributor: 'contributor',
      author: 'author',
      editor: 'editor',
      editor2: 'editor',
    });
    apiKey = (await app.container.apiKeys.create({ name: 'Partner' })).key;
  });
  afterAll(async () => app?.dispose());

  async function publishedArticle(who: 'editor' | 'contributor', headline: string) {
    const created = await call(who, 'POST', '/admin/api/articles', {
      language: 'en',
      headline,
      standfirst: 'The live standfirst.',
      sectionSlug: 'world',
      bodyHtml: '<p>The live text of the article.</p>',
    });
    expect(created.status).toBe(201);
    const published = await call(
      'editor',
      'POST',
      `/admin/api/articles/${created.body.data.id}/transitions`,
      {
        action: 'publish',
        version: created.body.data.version,
      },
    );
    expect(published.status).toBe(200);
    await app.container.events.dispatchPending();
    purged.length = 0;
    return published.body.data as { id: string; version: number; slug: string };
  }

  it('keeps autosaved edits of a published article away from readers until Update', async () => {
    const a = await publishedArticle('editor', 'Grain corridor reopens');
    const before = await app.container.store.repos.revisions.list(a.id);
    later(5);

    // Autosave: a half-typed standfirst and a new paragraph.
    const saved = await call('editor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: a.version,
      standfirst: 'Revised standf',
      bodyHtml: '<p>The live text of the article.</p><p>Revised paragraph.</p>',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({
      version: a.version + 1,
      standfirst: 'Revised standf',
      pending: { by: 'The editor', submittedAt: null },
    });
    expect(saved.body.data.bodyHtml).toContain('Revised paragraph.');

    // Readers still get the live text everywhere, and nothing was announced.
    const r = await readers(a.slug);
    for (const text of [r.page, r.feed, r.api]) {
      expect(text).toContain('The live standfirst.');
      expect(text).not.toContain('Revised');
    }
    expect(r.search).not.toContain('Grain corridor reopens');
    expect(r.page).not.toContain('class="updated"');
    expect(await app.container.store.repos.outbox.pendingCount()).toBe(0);
    expect(purged).toEqual([]);

    // The editor sees what would change, against what readers see.
    const diff = await call('editor', 'GET', `/admin/api/articles/${a.id}/pending/diff`);
    expect(diff.body.data.fields).toContainEqual({
      field: 'standfirst',
      before: 'The live standfirst.',
      after: 'Revised standf',
    });
    expect(
      diff.body.data.body
        .filter((p: { added?: boolean }) => p.added)
        .map((p: { value: string }) => p.value)
        .join(''),
    ).toContain('Revised paragraph.');
    // The preview shows the pending version; the revisions keep it, marked pending.
    const preview = await app.server.inject({
      url: `/admin/api/articles/${a.id}/preview`,
      headers: { cookie: as.editor.cookie },
    });
    expect(preview.body).toContain('Revised standf');
    const revisions = await call('editor', 'GET', `/admin/api/articles/${a.id}/revisions`);
    expect(revisions.body.data[0]).toMatchObject({ version: a.version + 1, action: 'pending' });

    // Update: live everywhere, with "Updated"; one revision, one audit entry, one event.
    later(5);
    const auditBefore = (await app.container.store.repos.accounts.auditLog(100)).length;
    const updated = await call('editor', 'POST', `/admin/api/articles/${a.id}/pending/publish`, {
      version: a.version + 1,
      minor: false,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({
      pending: null,
      standfirst: 'Revised standf',
      updatedAt: now.t.toISOString(),
    });
    const after = await app.container.store.repos.revisions.list(a.id);
    expect(after.length - before.length).toBe(2); // the pending save and the update
    expect(after[0]).toMatchObject({ action: 'updated', version: a.version + 2 });
    const audit = await app.container.store.repos.accounts.auditLog(100);
    expect(audit.length - auditBefore).toBe(1);
    expect(audit[0]).toMatchObject({ action: 'article.updated', target: a.id });
    expect(await app.container.store.repos.outbox.pendingCount()).toBe(1);
    await app.container.events.dispatchPending();
    expect(purged).toContain(`/en/world/${a.slug}`);
    const r2 = await readers(a.slug);
    for (const text of [r2.page, r2.feed, r2.api]) expect(text).toContain('Revised standf');
    expect(r2.page).toContain('Revised paragraph.');
    expect(r2.page).toContain('class="updated"');
    expect(r2.search).toContain('Grain corridor reopens');
  });

  it('publishes a minor fix without "Updated", and Discard leaves readers’ text as it was', async () => {
    const a = await publishedArticle('editor', 'Ferry timetable changes');
    later(5);
    let s = await call('editor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: a.version,
      headline: 'Ferry timetable changes for winter',
    });
    const minor = await call('editor', 'POST', `/admin/api/articles/${a.id}/pending/publish`, {
      version: s.body.data.version,
      minor: true,
    });
    expect(minor.status).toBe(200);
    expect(minor.body.data).toMatchObject({
      headline: 'Ferry timetable changes for winter',
      updatedAt: null,
    });
    const page = (await app.server.inject(`/en/world/${a.slug}`)).body;
    expect(page).toContain('Ferry timetable changes for winter');
    expect(page).not.toContain('class="updated"');
    expect((await app.container.store.repos.revisions.list(a.id))[0]!.action).toBe('updated-minor');

    s = await call('editor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: minor.body.data.version,
      headline: 'Ferry timetable scrapped',
    });
    expect(s.body.data.pending).not.toBeNull();
    const discarded = await call('editor', 'POST', `/admin/api/articles/${a.id}/pending/discard`, {
      version: s.body.data.version,
    });
    expect(discarded.status).toBe(200);
    expect(discarded.body.data).toMatchObject({
      pending: null,
      headline: 'Ferry timetable changes for winter',
    });
    expect((await app.server.inject(`/en/world/${a.slug}`)).body).not.toContain('scrapped');
    // Discarded text stays in the history.
    const revs = await app.container.store.repos.revisions.list(a.id);
    expect(revs.map((r) => r.action).slice(0, 2)).toEqual(['discarded', 'pending']);
    // Nothing left to publish or discard.
    const again = await call('editor', 'POST', `/admin/api/articles/${a.id}/pending/publish`, {
      version: discarded.body.data.version,
    });
    expect(again.status).toBe(409);
  });

  it('protects two editors’ pending changes from each other, as with drafts', async () => {
    const a = await publishedArticle('editor', 'Metro line extension approved');
    const first = await call('editor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: a.version,
      standfirst: 'First editor’s change.',
    });
    expect(first.status).toBe(200);
    const second = await call('editor2', 'PUT', `/admin/api/articles/${a.id}`, {
      version: a.version,
      standfirst: 'Second editor’s change.',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('CONFLICT');
    expect(second.body.error.message).toContain('The editor');
    // An Update from an outdated version is refused too.
    const stale = await call('editor2', 'POST', `/admin/api/articles/${a.id}/pending/publish`, {
      version: a.version,
    });
    expect(stale.status).toBe(409);
    const view = await call('editor2', 'GET', `/admin/api/articles/${a.id}`);
    expect(view.body.data.standfirst).toBe('First editor’s change.');
  });

  it('sends a contributor’s change to their live article for review; only those who publish press Update', async () => {
    const a = await publishedArticle('contributor', 'Library opens late on Fridays');
    const s = await call('contributor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: a.version,
      headline: 'Library opens late on Fridays and Saturdays',
    });
    expect(s.status).toBe(200);
    expect(s.body.data.canPublish).toBe(false);
    const refused = await call('contributor', 'POST', `/admin/api/articles/${a.id}/pending/publish`, {
      version: s.body.data.version,
    });
    expect(refused.status).toBe(403);
    const submitted = await call('contributor', 'POST', `/admin/api/articles/${a.id}/pending/submit`, {
      version: s.body.data.version,
    });
    expect(submitted.body.data.pending.submittedAt).not.toBeNull();
    const list = await call('editor', 'GET', '/admin/api/articles?status=published');
    expect(list.body.data.find((i: { id: string }) => i.id === a.id).pendingChanges).toBe('submitted');
    expect((await app.server.inject(`/en/world/${a.slug}`)).body).not.toContain('Saturdays');
    const updated = await call('editor', 'POST', `/admin/api/articles/${a.id}/pending/publish`, {
      version: s.body.data.version,
    });
    expect(updated.status).toBe(200);
    expect((await app.server.inject(`/en/world/${a.slug}`)).body).toContain('Saturdays');
  });

  it('keeps pending changes as the text when the article leaves readers’ sight', async () => {
    const a = await publishedArticle('editor', 'Bridge repairs start');
    const s = await call('editor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: a.version,
      standfirst: 'Repairs will take a month.',
    });
    const gone = await call('editor', 'POST', `/admin/api/articles/${a.id}/transitions`, {
      action: 'unpublish',
      version: s.body.data.version,
    });
    expect(gone.status).toBe(200);
    expect(gone.body.data).toMatchObject({
      status: 'unpublished',
      pending: null,
      standfirst: 'Repairs will take a month.',
    });
    expect((await app.server.inject(`/en/world/${a.slug}`)).statusCode).toBe(410);
  });
  it('holds edits to a scheduled article as pending: it goes out as scheduled, the edit still waits', async () => {
    const c = await call('editor', 'POST', '/admin/api/articles', {
      language: 'en',
      headline: 'Budget vote set for Tuesday',
      sectionSlug: 'world',
      bodyHtml: '<p>The scheduled text.</p>',
    });
    const sch = await call('editor', 'POST', `/admin/api/articles/${c.body.data.id}/transitions`, {
      action: 'schedule',
      version: c.body.data.version,
      scheduledAt: new Date(now.t.getTime() + 3_600_000).toISOString(),
    });
    expect(sch.body.data.status).toBe('scheduled');
    const s = await call('editor', 'PUT', `/admin/api/articles/${c.body.data.id}`, {
      version: sch.body.data.version,
      bodyHtml: '<p>An edit made after scheduling.</p>',
    });
    expect(s.body.data.pending).not.toBeNull();
    later(61);
    expect(await app.container.writer.publishDue()).toBe(1);
    const page = (await app.server.inject(`/en/world/${c.body.data.slug}`)).body;
    expect(page).toContain('The scheduled text.');
    expect(page).not.toContain('An edit made after scheduling.');
    const view = await call('editor', 'GET', `/admin/api/articles/${c.body.data.id}`);
    expect(view.body.data).toMatchObject({ status: 'published' });
    expect(view.body.data.pending).not.toBeNull();
    expect(view.body.data.bodyHtml).toContain('An edit made after scheduling.');
  });
});
