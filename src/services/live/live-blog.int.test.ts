import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../app.ts';
import { paragraph } from '../../domain/body.ts';
import { arrangeEntries } from '../../domain/live-blog.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import type { LiveNotice } from './live-news.ts';
import type { LiveActor } from './live-blog.service.ts';

describe.each(dialects)('live blogs on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  let editor: LiveActor;
  let author: LiveActor;
  const purged: string[][] = [];
  const heard: LiveNotice[] = [];

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb), { purger: { purge: async (p) => void purged.push(p) } });
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
    const e = await c.accounts.createUser(
      { email: 'editor@example.com', name: 'Desk Editor', role: 'editor', password: 'correct horse battery' },
      null,
    );
    const a = await c.accounts.createUser(
      {
        email: 'author@example.com',
        name: 'Field Author',
        role: 'author',
        password: 'correct horse battery',
      },
      null,
    );
    editor = { id: e.id, name: e.name, role: 'editor' };
    author = { id: a.id, name: a.name, role: 'author' };
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  const liveArticle = async (headline: string) => {
    const a = await c.writer.create({
      language: 'en',
      headline,
      sectionSlug: 'world',
      body: [paragraph('Follow the day here.')],
      status: 'published',
    });
    await c.live.start(editor, a.id);
    await c.events.dispatchPending();
    purged.length = 0;
    heard.length = 0;
    return a;
  };

  it('posts an entry with a revision, an audit entry, a purge and a notice to listeners', async () => {
    const a = await liveArticle('Strike day, live');
    const stop = c.liveNews.listen(a.id, (n) => heard.push(n));
    const entry = await c.live.post(editor, a.id, { body: [paragraph('Workers gather at the gate.')] });
    expect(purged).toEqual([]); // nothing until the outbox runs
    expect(await c.events.dispatchPending()).toBe(1);
    expect(purged).toEqual([['/en/world/strike-day-live', '/en/', '/en/world/strike-day-live/live.xml']]);
    expect(heard).toEqual([{ articleId: a.id, entryId: entry.id, change: 'posted' }]);
    stop();
    expect(entry).toMatchObject({
      authorName: 'Desk Editor',
      bodyText: 'Workers gather at the gate.',
      version: 1,
    });
    expect((await c.live.revisions(entry.id)).map((r) => [r.version, r.action])).toEqual([[1, 'posted']]);
    const audit = await c.store.repos.accounts.auditLog(50);
    expect(audit.some((l) => l.action === 'live.entry-posted' && l.target === a.id)).toBe(true);
  });

  it('keeps every version of an edited entry and refuses a stale edit', async () => {
    const a = await liveArticle('Edits, live');
    const entry = await c.live.post(editor, a.id, { body: [paragraph('Two thousand marchers.')] });
    const edited = await c.live.edit(editor, entry.id, {
      version: 1,
      body: [paragraph('Three thousand marchers.')],
    });
    expect(edited.version).toBe(2);
    await expect(
      c.live.edit(editor, entry.id, { version: 1, body: [paragraph('Stale.')] }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const versions = await c.live.revisions(entry.id);
    expect(versions.map((r) => [r.version, r.action, r.body])).toEqual([
      [2, 'edited', [paragraph('Three thousand marchers.')]],
      [1, 'posted', [paragraph('Two thousand marchers.')]],
    ]);
  });

  it('deletes an entry as an audited tombstone that readers stop seeing', async () => {
    const a = await liveArticle('Deletes, live');
    const keep = await c.live.post(editor, a.id, { body: [paragraph('Kept.')] });
    const gone = await c.live.post(editor, a.id, { body: [paragraph('Posted in error.')] });
    await c.live.remove(editor, gone.id, 1);
    const all = await c.live.entries(a.id);
    expect(all.find((e) => e.id === gone.id)?.deletedAt).not.toBeNull();
    expect(arrangeEntries(all).stream.map((e) => e.id)).toEqual([keep.id]);
    expect((await c.live.revisions(gone.id))[0]?.action).toBe('deleted');
    const audit = await c.store.repos.accounts.auditLog(50);
    expect(audit.some((l) => l.action === 'live.entry-deleted')).toBe(true);
    await expect(c.live.remove(editor, gone.id, 2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('pins one entry at a time as the key points', async () => {
    const a = await liveArticle('Pins, live');
    const first = await c.live.post(editor, a.id, {
      body: [paragraph('Key points, first draft.')],
      pinned: true,
    });
    const second = await c.live.post(editor, a.id, { body: [paragraph('Key points, later.')] });
    await c.live.pin(editor, second.id, true, 1);
    const { pinned, stream } = arrangeEntries(await c.live.entries(a.id));
    expect(pinned?.id).toBe(second.id);
    expect(stream.map((e) => e.id)).toEqual([first.id]);
    expect((await c.live.revisions(first.id))[0]?.action).toBe('unpinned');
  });

  it('closes with a closing entry: the coverage ends and no more entries are taken', async () => {
    const a = await liveArticle('Closing, live');
    await c.live.post(editor, a.id, { body: [paragraph('Last march of the day.')] });
    const closing = await c.live.close(editor, a.id, { body: [paragraph('This live coverage has ended.')] });
    expect(closing.closing).toBe(true);
    expect((await c.live.find(a.id))?.endedAt?.toISOString()).toBe(closing.createdAt.toISOString());
    await expect(c.live.post(editor, a.id, { body: [paragraph('Too late.')] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await c.events.dispatchPending();
    expect(purged.flat()).toContain('/en/world/closing-live');
  });

  it('refuses bad input naming the field, an article not live, and a stranger', async () => {
    const a = await liveArticle('Rules, live');
    await expect(c.live.post(editor, a.id, { body: [] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'body' }],
    });
    await expect(c.live.post(editor, a.id, { body: [paragraph('x')], extra: 1 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(c.live.post(author, a.id, { body: [paragraph('Not mine.')] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const plain = await c.writer.create({
      language: 'en',
      headline: 'Not live',
      sectionSlug: 'world',
      body: [paragraph('x')],
    });
    await expect(c.live.post(editor, plain.id, { body: [paragraph('x')] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await c.live.entries(plain.id)).toEqual([]);
  });

  it('tells readers nothing while the article is a draft', async () => {
    const draft = await c.writer.create({
      language: 'en',
      headline: 'Draft live',
      sectionSlug: 'world',
      body: [paragraph('x')],
    });
    await c.live.start(editor, draft.id);
    await c.events.dispatchPending();
    await c.live.post(editor, draft.id, { body: [paragraph('Rehearsal.')] });
    expect(await c.store.repos.outbox.pendingCount()).toBe(0);
  });
});
