import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { liveBlogSchema, liveEntrySchema } from '../../contract/live.ts';
import { dataOf } from '../../contract/wire.ts';
import { paragraph } from '../../domain/body.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { asStaff, signInStaff, type StaffSession } from '../../../test/utils/staff.ts';

const blogOf = (r: { body: unknown }) => dataOf(liveBlogSchema).parse(r.body).data;
const entryOf = (r: { body: unknown }) => dataOf(liveEntrySchema).parse(r.body).data;

describe.each(dialects)('the live blog entries panel API on %s', (dialect) => {
  let app: TestApp;
  let staff: Record<'editor' | 'writer', StaffSession>;
  let articleId: string;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World' });
    staff = await signInStaff(app, { editor: 'editor', writer: 'contributor' });
    const a = await app.container.writer.create({
      language: 'en',
      headline: 'Panel, live',
      sectionSlug: 'world',
      body: [paragraph('x')],
      status: 'published',
    });
    articleId = a.id;
  });
  afterAll(async () => {
    await ifStarted(app)?.dispose();
  });

  it('starts, posts, edits, pins, deletes and closes, newest first', async () => {
    const base = `/admin/api/articles/${articleId}/live`;
    expect(blogOf(await asStaff(app, staff.editor, 'GET', base)).live).toBe(false);
    expect(blogOf(await asStaff(app, staff.editor, 'POST', base)).live).toBe(true);
    const first = await asStaff(app, staff.editor, 'POST', `${base}/entries`, {
      body: [paragraph('First.')],
    });
    expect(first.status).toBe(200);
    const id = entryOf(first).id;
    const edited = await asStaff(app, staff.editor, 'PUT', `/admin/api/live-entries/${id}`, {
      version: 1,
      body: [paragraph('First, corrected.')],
    });
    expect(entryOf(edited).version).toBe(2);
    const stale = await asStaff(app, staff.editor, 'PUT', `/admin/api/live-entries/${id}`, {
      version: 1,
      body: [paragraph('Stale.')],
    });
    expect(stale.status).toBe(409);
    const pinned = await asStaff(app, staff.editor, 'POST', `/admin/api/live-entries/${id}/pin`, {
      version: 2,
      pinned: true,
    });
    expect(entryOf(pinned).pinned).toBe(true);
    const second = await asStaff(app, staff.editor, 'POST', `${base}/entries`, {
      body: [paragraph('Second.')],
    });
    const removed = await asStaff(
      app,
      staff.editor,
      'DELETE',
      `/admin/api/live-entries/${entryOf(second).id}`,
      {
        version: 1,
      },
    );
    expect(dataOf(z.object({ deleted: z.literal(true) })).parse(removed.body).data.deleted).toBe(true);
    const closed = await asStaff(app, staff.editor, 'POST', `${base}/close`, {
      body: [paragraph('Coverage ends.')],
    });
    expect(entryOf(closed).closing).toBe(true);
    const state = blogOf(await asStaff(app, staff.editor, 'GET', base));
    expect(state.endedAt).not.toBeNull();
    expect(state.entries.map((e) => [e.version, e.closing])).toEqual([
      [1, true],
      [3, false],
    ]);
  });

  it('refuses a contributor on an article not theirs, and bad bodies by field', async () => {
    const base = `/admin/api/articles/${articleId}/live`;
    const forbidden = await asStaff(app, staff.writer, 'POST', `${base}/entries`, { body: [paragraph('x')] });
    expect(forbidden.status).toBe(403);
    const bad = await asStaff(app, staff.editor, 'POST', `${base}/entries`, { body: 'text' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('body');
  });
});
