import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { asStaff, signInStaff, type StaffSession } from '../../../test/utils/staff.ts';

const HOUR = 3_600_000;

/** Breaking news ends: after the site's hours (6 by default) or the time an editor set. */
describe.each(dialects)('breaking news expiry on %s', (dialect) => {
  let app: TestApp;
  let apiKey = '';
  const now = { t: new Date('2025-11-21T08:00:00Z') };
  let as: Record<'contributor' | 'editor', StaffSession>;

  const call = (who: keyof typeof as, method: InjectOptions['method'], url: string, body?: unknown) =>
    asStaff(app, as[who], method, url, body);
  const at = (ms: number) => (now.t = new Date(ms));
  const strip = async () => {
    const front = (await app.server.inject('/en/')).body;
    return /<div class="breaking"[^>]*>[\s\S]*?<a href="([^"]+)"/.exec(front)?.[1] ?? null;
  };
  const apiBreaking = async (id: string) =>
    (
      await app.server.inject({
        url: `/api/v1/articles/${id}`,
        headers: { authorization: `Bearer ${apiKey}` },
      })
    ).json().data.breaking as boolean;

  beforeAll(async () => {
    app = await createTestApp(dialect, {}, { clock: { now: () => now.t } });
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    as = await signInStaff(app, { contributor: 'contributor', editor: 'editor' });
    apiKey = (await app.container.apiKeys.create({ name: 'Partner' })).key;
  });
  afterAll(async () => app?.dispose());

  async function publish(headline: string, extra: Record<string, unknown> = {}) {
    const c = await call('editor', 'POST', '/admin/api/articles', {
      language: 'en',
      headline,
      sectionSlug: 'world',
      bodyHtml: '<p>Text.</p>',
      ...extra,
    });
    expect(c.status).toBe(201);
    const p = await call('editor', 'POST', `/admin/api/articles/${c.body.data.id}/transitions`, {
      action: 'publish',
      version: c.body.data.version,
    });
    expect(p.status).toBe(200);
    return p.body.data as { id: string; slug: string; breakingUntil: string | null; version: number };
  }

  it('ends a breaking flag after six hours, counted from publication, everywhere readers look', async () => {
    const start = Date.parse('2025-11-21T08:00:00Z');
    at(start);
    // Flagged while a draft; it counts from the moment it is published, two hours later.
    const c = await call('editor', 'POST', '/admin/api/articles', {
      language: 'en',
      headline: 'Storm closes the port',
      sectionSlug: 'world',
      bodyHtml: '<p>Text.</p>',
      breaking: true,
    });
    expect(c.body.data.breakingUntil).toBeNull();
    at(start + 2 * HOUR);
    const p = await call('editor', 'POST', `/admin/api/articles/${c.body.data.id}/transitions`, {
      action: 'publish',
      version: c.body.data.version,
    });
    const a = p.body.data;
    expect(a.breakingUntil).toBe(new Date(start + 8 * HOUR).toISOString());

    at(start + 7 * HOUR);
    expect(await strip()).toBe(`/en/world/${a.slug}`);
    expect(await apiBreaking(a.id)).toBe(true);

    at(start + 8 * HOUR + 1000);
    expect(await strip()).toBeNull();
    expect(await apiBreaking(a.id)).toBe(false);
    expect((await app.server.inject(`/en/world/`)).body).not.toContain('class="badge"');

    // The job lowers the flag, tells the outbox (cached pages are purged), and logs it.
    const events = await app.container.store.repos.outbox.pendingCount();
    expect(await app.container.writer.endExpiredBreaking()).toBe(1);
    expect(await app.container.writer.endExpiredBreaking()).toBe(0);
    expect(await app.container.store.repos.outbox.pendingCount()).toBe(events + 1);
    expect((await app.container.store.repos.accounts.auditLog(5))[0]).toMatchObject({
      action: 'article.breaking-ended',
      target: a.id,
    });
    const view = await call('editor', 'GET', `/admin/api/articles/${a.id}`);
    expect(view.body.data).toMatchObject({ breaking: false, breakingUntil: null });
  });

  it('honours an end set by the editor, and a flag raised on a live article waits for Update', async () => {
    const start = Date.parse('2025-11-22T08:00:00Z');
    at(start);
    const a = await publish('Border crossing reopens');
    const until = new Date(start + 12 * HOUR).toISOString();
    const s = await call('editor', 'PUT', `/admin/api/articles/${a.id}`, {
      version: a.version,
      breaking: true,
      breakingUntil: until,
    });
    expect(s.status).toBe(200);
    expect(s.body.data).toMatchObject({ breaking: true, breakingUntil: until });
    expect(await strip()).toBeNull(); // pending: readers do not see it yet
    const u = await call('editor', 'POST', `/admin/api/articles/${a.id}/pending/publish`, {
      version: s.body.data.version,
    });
    expect(u.body.data.breakingUntil).toBe(until);
    at(start + 10 * HOUR);
    expect(await strip()).toBe(`/en/world/${a.slug}`);
    at(start + 12 * HOUR);
    expect(await strip()).toBeNull();
  });

  it('follows the site’s breakingHours setting, and only those who publish set an end', async () => {
    const start = Date.parse('2025-11-23T08:00:00Z');
    at(start);
    await app.container.site.update({ breakingHours: 2 });
    const a = await publish('Flights delayed by fog', { breaking: true });
    expect(a.breakingUntil).toBe(new Date(start + 2 * HOUR).toISOString());
    await app.container.site.update({ breakingHours: 6 });

    const draft = await call('contributor', 'POST', '/admin/api/articles', {
      language: 'en',
      headline: 'A contributor’s draft',
      sectionSlug: 'world',
    });
    const refused = await call('contributor', 'PUT', `/admin/api/articles/${draft.body.data.id}`, {
      version: draft.body.data.version,
      breakingUntil: new Date(start + HOUR).toISOString(),
    });
    expect(refused.status).toBe(403);
    const bad = await call('editor', 'PUT', `/admin/api/articles/${draft.body.data.id}`, {
      version: draft.body.data.version,
      breakingUntil: 'tomorrow',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].field).toBe('breakingUntil');
  });
});
