import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { asStaff, signInStaff, type StaffSession } from '../../../test/utils/staff.ts';
import { bulkAnswer } from '../../contract/bulk.ts';

const body = [{ type: 'paragraph' as const, content: [{ text: 'Text.' }] }];

describe.each(dialects)('bulk actions on articles (admin API) on %s', (dialect) => {
  let app: TestApp;
  let staff: Record<'editor' | 'author' | 'contributor' | 'admin', StaffSession>;
  const bulk = async (who: StaffSession, payload: unknown) => {
    const res = await asStaff(app, who, 'POST', '/admin/api/articles/bulk', payload);
    return {
      status: res.status,
      body: res.body as unknown,
      results: res.status === 200 ? bulkAnswer.parse(res.body).data : [],
    };
  };
  const draft = async (owner: StaffSession, headline: string, language = 'en') =>
    (
      await app.container.writer.create(
        { language, headline, sectionSlug: 'world', body, status: 'draft', ownerId: owner.id },
        { actorId: owner.id },
      )
    ).id;
  const article = (id: string) => app.container.reader.byId(id);

  beforeAll(async () => {
    app = await createTestApp(dialect);
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World' });
    await app.container.taxonomy.createSection({ slug: 'business', name: 'Business' });
    staff = await signInStaff(app, {
      editor: 'editor',
      author: 'author',
      contributor: 'contributor',
      admin: 'admin',
    });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('publishes several, each through the workflow, answering per article', async () => {
    const a = await draft(staff.author, 'Ferry timetable changes');
    const b = await draft(staff.author, 'Market hall reopens');
    const { status, results } = await bulk(staff.editor, { ids: [a, b], action: 'publish' });
    expect(status).toBe(200);
    expect(results.map((r) => [r.ok, r.ok && r.status])).toEqual([
      [true, 'published'],
      [true, 'published'],
    ]);
    expect((await article(a))?.status).toBe('published');
    // The same move again is refused per article by the workflow, and nothing changes.
    const again = await bulk(staff.editor, { ids: [a], action: 'publish' });
    expect(again.results).toEqual([expect.objectContaining({ id: a, ok: false, code: 'CONFLICT' })]);
    // Each is in the audit log as a publish by the editor.
    const log = await app.container.accounts.auditLog(50, {
      userId: staff.editor.id,
      action: 'article.published',
    });
    expect(log.map((e) => e.target).sort()).toEqual([a, b].sort());
  });

  it('does what each person may do to each article, and nothing else', async () => {
    const own = await draft(staff.author, 'Author’s own piece');
    const others = await draft(staff.editor, 'Editor’s piece');
    const { results } = await bulk(staff.author, { ids: [own, others, 'no-such-id'], action: 'publish' });
    expect(results).toEqual([
      expect.objectContaining({ id: own, ok: true, status: 'published', headline: 'Author’s own piece' }),
      expect.objectContaining({ id: others, ok: false, code: 'FORBIDDEN', headline: null }),
      expect.objectContaining({ id: 'no-such-id', ok: false, code: 'NOT_FOUND' }),
    ]);
    expect((await article(others))?.status).toBe('draft');
    // A contributor publishes nothing, not even their own.
    const mine = await draft(staff.contributor, 'Contributor draft');
    const c = await bulk(staff.contributor, { ids: [mine], action: 'publish' });
    expect(c.results).toEqual([expect.objectContaining({ ok: false, code: 'FORBIDDEN' })]);
    expect((await article(mine))?.status).toBe('draft');
  });

  it('unpublishes, moves to a section and adds a tag; a live article’s edit waits as a pending version', async () => {
    const live = await draft(staff.editor, 'Live story');
    const still = await draft(staff.editor, 'Draft story');
    await bulk(staff.editor, { ids: [live], action: 'publish' });

    const moved = await bulk(staff.editor, { ids: [live, still], action: 'move', section: 'business' });
    expect(moved.results.map((r) => r.ok && r.pending)).toEqual([true, false]);
    expect((await article(still))?.section.slug).toBe('business');
    // Readers keep the live article where it was until someone presses Update.
    expect((await article(live))?.section.slug).toBe('world');

    const tagged = await bulk(staff.admin, { ids: [still], action: 'tag', tag: 'Transport' });
    expect(tagged.results).toEqual([expect.objectContaining({ ok: true })]);
    expect((await article(still))?.tags.map((t) => t.name)).toEqual(['Transport']);
    // Tagging again writes nothing new.
    const version = (await article(still))?.version;
    await bulk(staff.admin, { ids: [still], action: 'tag', tag: 'transport' });
    expect((await article(still))?.version).toBe(version);

    const off = await bulk(staff.editor, { ids: [live], action: 'unpublish' });
    expect(off.results).toEqual([expect.objectContaining({ ok: true, status: 'unpublished' })]);
  });

  it('refuses a malformed request as a whole, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ ids: [], action: 'publish' }, 'ids'],
      [{ ids: ['x', 'x'], action: 'publish' }, 'ids'],
      [{ ids: ['x'], action: 'explode' }, 'action'],
      [{ ids: ['x'], action: 'move' }, 'section'],
      [{ ids: ['x'], action: 'move', section: 'nowhere' }, 'section'],
      [{ ids: ['x'], action: 'tag', tag: '   ' }, 'tag'],
      [{ ids: Array.from({ length: 101 }, (_, i) => `id-${String(i)}`), action: 'publish' }, 'ids'],
    ];
    for (const [payload, field] of cases) {
      const res = await bulk(staff.editor, payload);
      expect(res.status, JSON.stringify(payload).slice(0, 60)).toBe(400);
      expect(res.body).toMatchObject({
        error: { code: 'VALIDATION_FAILED', issues: [expect.objectContaining({ field })] },
      });
    }
  });

  it('needs a signed-in account and the CSRF token', async () => {
    const anon = await app.server.inject({
      method: 'POST',
      url: '/admin/api/articles/bulk',
      payload: { ids: ['x'], action: 'publish' },
    });
    expect(anon.statusCode).toBe(401);
    const noCsrf = await app.server.inject({
      method: 'POST',
      url: '/admin/api/articles/bulk',
      headers: { cookie: staff.editor.cookie },
      payload: { ids: ['x'], action: 'publish' },
    });
    expect(noCsrf.statusCode).toBe(403);
  });
});
