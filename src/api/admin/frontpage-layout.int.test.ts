import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from '../../domain/body.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { errorAnswer } from '../../../test/utils/error-answer.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { asStaff, signInStaff, type StaffSession } from '../../../test/utils/staff.ts';
import { frontpageSchema } from '../../contract/articles.ts';
import { dataOf } from '../../contract/wire.ts';

const answer = dataOf(frontpageSchema);

describe.each(dialects)('front-page layouts on %s', (dialect) => {
  let app: TestApp;
  let staff: Record<'editor' | 'author', StaffSession>;
  const ids: Record<string, string> = {};
  const view = async () =>
    answer.parse((await asStaff(app, staff.editor, 'GET', '/admin/api/frontpage?language=en')).body).data;
  const setLayout = (body: unknown, who: StaffSession = staff.editor) =>
    asStaff(app, who, 'PUT', '/admin/api/frontpage/en', body);
  const front = () => app.server.inject({ method: 'GET', url: '/en/' });
  /** Where each headline first appears on the reader's front page (-1 when it does not). */
  const at = (html: string, ...headlines: string[]) => headlines.map((h) => html.indexOf(`>${h}<`));

  beforeAll(async () => {
    // The page cache on, as in production: a layout change must purge the cached front page.
    app = await createTestApp(dialect, { pageCache: { maxBytes: 8 * 1024 * 1024, maxAgeMs: 600_000 } });
    await app.container.taxonomy.createSection({ slug: 'world', name: 'World' });
    await app.container.taxonomy.createSection({ slug: 'sport', name: 'Sport' });
    staff = await signInStaff(app, { editor: 'editor', author: 'author' });
    // One old sport story, then twelve world stories: the sport story is far down the latest news.
    const stories = [['Old match report', 'sport'] as const];
    for (let i = 1; i <= 12; i++) stories.push([`World story ${String(i)}`, 'world'] as never);
    for (const [i, [headline, section]] of stories.entries()) {
      const a = await app.container.writer.create({
        language: 'en',
        headline,
        sectionSlug: section,
        body: [paragraph('Text.')],
        status: 'published',
        publishedAt: new Date(Date.UTC(2025, 10, 1 + i, 9)),
      });
      ids[headline] = a.id;
    }
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('starts with one lead and four top stories', async () => {
    const v = await view();
    expect(v.layout).toEqual({ template: 'lead-grid', slots: 5, sections: [] });
    expect(v.limits).toEqual({ slots: 12, sectionRows: 6 });
    expect(v.slots.map((s) => s.slot)).toEqual(['lead', 'top-1', 'top-2', 'top-3', 'top-4']);
  });

  it('shows what fills a place: headline, language, when it was placed', async () => {
    const before = app.container.clock.now().getTime();
    const put = await asStaff(app, staff.editor, 'PUT', '/admin/api/frontpage/en/top-2', {
      articleId: ids['World story 3'],
    });
    expect(put.status).toBe(200);
    const slot = (await view()).slots.find((s) => s.slot === 'top-2');
    expect(slot?.article).toMatchObject({ headline: 'World story 3', language: 'en', picture: null });
    const placed = Date.parse(slot?.placedAt ?? '');
    expect(placed).toBeGreaterThanOrEqual(before);
    expect(placed).toBeLessThanOrEqual(app.container.clock.now().getTime());
  });

  it('refuses a bad layout naming the field, and changes nothing', async () => {
    const cases: [unknown, string][] = [
      [{ template: 'lead-grid', slots: 13, sections: [] }, 'slots'],
      [{ template: 'lead-grid', slots: 0, sections: [] }, 'slots'],
      [{ template: 'lead-grid', slots: 2.5, sections: [] }, 'slots'],
      [{ template: 'three-leads', slots: 5, sections: [] }, 'template'],
      [{ template: 'two-leads', slots: 1, sections: [] }, 'slots'],
      [{ template: 'section-rows', slots: 3, sections: [] }, 'sections'],
      [{ template: 'section-rows', slots: 3, sections: ['sport', 'sport'] }, 'sections'],
      [{ template: 'section-rows', slots: 3, sections: ['world', 'weather'] }, 'sections.1'],
    ];
    for (const [body, field] of cases) {
      const res = await setLayout(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = errorAnswer.parse(res.body).error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(
        error.issues?.map((i) => i.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect((await view()).layout).toEqual({ template: 'lead-grid', slots: 5, sections: [] });
    // Only those who curate the front page may change it.
    expect((await setLayout({ template: 'lead-grid', slots: 6, sections: [] }, staff.author)).status).toBe(
      403,
    );
  });

  it('"two leads" with more places: readers see both leads first, then the grid; audited and purged', async () => {
    expect((await front()).statusCode).toBe(200);
    expect((await front()).headers['x-cache']).toBe('hit');
    const res = await setLayout({ template: 'two-leads', slots: 9, sections: [] });
    expect(res.status).toBe(200);
    const v = answer.parse(res.body).data;
    expect(v.slots).toHaveLength(9);
    expect(v.slots.at(-1)?.slot).toBe('top-8');
    expect(await app.container.events.dispatchPending()).toBeGreaterThan(0);
    const page = await front();
    expect(page.headers['x-cache']).not.toBe('hit');
    expect(page.body.match(/<div class="two-leads">/g)).toHaveLength(1);
    // Picks come first in slot order, then the newest: the pick and the newest story lead side by
    // side, the next newest opens the grid after them.
    const block = /<div class="two-leads">([\s\S]*?)<\/article><\/div>/.exec(page.body)?.[1] ?? '';
    expect(at(block, 'World story 3', 'World story 12').every((i) => i >= 0)).toBe(true);
    const [pick, newest, next] = at(page.body, 'World story 3', 'World story 12', 'World story 11');
    expect(newest).toBeGreaterThan(pick!);
    expect(next).toBeGreaterThan(page.body.indexOf(block) + block.length);
    const [entry] = await app.container.accounts.auditLog(1, { action: 'frontpage.layout' });
    expect(entry).toMatchObject({
      userId: staff.editor.id,
      details: { language: 'en', template: 'two-leads', slots: 9, emptied: 0 },
    });
  });

  it('fewer places empty the ones beyond the number', async () => {
    const res = await setLayout({ template: 'lead-grid', slots: 2, sections: [] });
    expect(res.status).toBe(200);
    expect(answer.parse(res.body).data.slots.map((s) => s.slot)).toEqual(['lead', 'top-1']);
    const [entry] = await app.container.accounts.auditLog(1, { action: 'frontpage.layout' });
    expect(entry?.details).toMatchObject({ emptied: 1 });
    // Growing again does not bring the old pick back, and a place beyond the layout takes nothing.
    await setLayout({ template: 'lead-grid', slots: 5, sections: [] });
    expect((await view()).slots.find((s) => s.slot === 'top-2')?.article).toBeNull();
    const beyond = await asStaff(app, staff.editor, 'PUT', '/admin/api/frontpage/en/top-7', {
      articleId: ids['World story 1'],
    });
    expect(beyond.status).toBe(400);
    expect(errorAnswer.parse(beyond.body).error.issues?.[0]?.field).toBe('slot');
  });

  it('"section rows": rows only from the chosen sections, in that order, from each one’s latest', async () => {
    const res = await setLayout({ template: 'section-rows', slots: 3, sections: ['sport', 'world'] });
    expect(res.status).toBe(200);
    await app.container.events.dispatchPending();
    const html = (await front()).body;
    const rows = [...html.matchAll(/<section class="section-row"[^>]*>[\s\S]*?<\/section>/g)].map(
      (m) => m[0],
    );
    expect(rows).toHaveLength(2);
    // Each row is read from its own section (an old sport story still fills the sport row).
    expect(rows[0]).toContain('Old match report');
    expect(rows[1]).toContain('World story 9');
    expect(rows[1]).not.toContain('World story 12');
    expect((await view()).layout.sections).toEqual(['sport', 'world']);
  });
});
