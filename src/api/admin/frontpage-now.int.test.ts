import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from '../../domain/body.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { asStaff, signInStaff, type StaffSession } from '../../../test/utils/staff.ts';
import { frontpageSchema } from '../../contract/articles.ts';
import { dataOf } from '../../contract/wire.ts';

const answer = dataOf(frontpageSchema);

describe.each(dialects)('the front-page screen shows what fills each place now on %s', (dialect) => {
  let app: TestApp;
  let staff: Record<'editor', StaffSession>;
  const ids: Record<string, string> = {};
  const slots = async () =>
    answer.parse((await asStaff(app, staff.editor, 'GET', '/admin/api/frontpage?language=en')).body).data
      .slots;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World' });
    staff = await signInStaff(app, { editor: 'editor' });
    // Published one after another: "Third" is the newest.
    for (const [i, headline] of ['First', 'Second', 'Third'].entries()) {
      const a = await app.container.writer.create({
        language: 'en',
        headline,
        sectionSlug: 'world',
        body: [paragraph('Text.')],
        status: 'published',
        publishedAt: new Date(Date.UTC(2025, 10, 21, 9 + i)),
      });
      ids[headline] = a.id;
    }
    ids.Draft = (
      await app.container.writer.create({
        language: 'en',
        headline: 'Draft',
        sectionSlug: 'world',
        body: [paragraph('x')],
      })
    ).id;
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('with no picks, the latest news fills every place, newest first', async () => {
    const s = await slots();
    expect(s.map((x) => [x.slot, x.article, x.now?.headline ?? null])).toEqual([
      ['lead', null, 'Third'],
      ['top-1', null, 'Second'],
      ['top-2', null, 'First'],
      ['top-3', null, null],
      ['top-4', null, null],
    ]);
  });

  it('picks come first in slot order, as on the reader’s front page; an unpublished pick fills nothing', async () => {
    const put = (slot: string, articleId: string) =>
      asStaff(app, staff.editor, 'PUT', `/admin/api/frontpage/en/${slot}`, { articleId });
    expect((await put('top-2', ids.First!)).status).toBe(200);
    expect((await put('lead', ids.Draft!)).status).toBe(200);
    const s = await slots();
    expect(s.map((x) => [x.slot, x.article?.headline ?? null, x.now?.headline ?? null])).toEqual([
      ['lead', 'Draft', 'First'],
      ['top-1', null, 'Third'],
      ['top-2', 'First', 'Second'],
      ['top-3', null, null],
      ['top-4', null, null],
    ]);
    // The reader's front page lists them in that order.
    const html = (await app.server.inject({ method: 'GET', url: '/en/' })).body;
    const order = ['First', 'Third', 'Second'].map((h) => html.indexOf(`>${h}<`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
