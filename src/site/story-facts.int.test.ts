import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readingSchema, storySettingsSchema } from '../contract/analysis.ts';
import { dataOf } from '../contract/wire.ts';
import { paragraph } from '../domain/body.ts';
import {
  loadFixtures,
  loadTranslations,
  publishSeedFollowUp,
  SEED_SLUG,
  type Fixtures,
} from '../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';
import { errorAnswer } from '../../test/utils/error-answer.ts';
import { ifStarted } from '../../test/utils/if-started.ts';

const PASSWORD = 'correct horse battery staple';

/** The newsroom API's answers these tests read, through the contract's own schemas. */
const reading = (json: unknown) => dataOf(readingSchema).parse(json).data;
const storySettings = (json: unknown) => dataOf(storySettingsSchema).parse(json).data;

/**
 * The gate between story intelligence and readers, as readers and the newsroom see it over HTTP:
 * the site setting storyFacts (review / auto / off), editors' approvals and their survival of a
 * re-reading, the per-article hide flag, exact quotes, and topic addresses in inflected forms.
 */
describe.each(dialects)('what readers see of story intelligence on %s', (dialect) => {
  let app: TestApp;
  let fx: Fixtures;
  let ruSlug = '';
  let ruId = '';
  const sessions: Record<string, { cookie: string; 'x-csrf-token': string }> = {};
  const seedUrl = `/en/world/${SEED_SLUG}`;
  const get = (url: string) => app.server.inject({ method: 'GET', url });
  const call = async (
    who: string,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) => {
    const res = await app.server.inject({
      method,
      url,
      headers: sessions[who]!,
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    });
    return { status: res.statusCode, json: res.json<unknown>() };
  };
  const review = async (id: string) =>
    reading((await call('editor', 'GET', `/admin/api/articles/${id}/analysis`)).json);
  /** What the page shows that the machine made: the panels, the story box, JSON-LD about/mentions. */
  const machineMade = (html: string) => ({
    keyFacts: /<aside class="key-facts"/.test(html),
    conflicts: /<section class="conflicts"/.test(html),
    story: /aria-labelledby="story-heading"/.test(html),
    ld: /"(about|mentions)":\[/.test(html),
  });
  const nothing = { keyFacts: false, conflicts: false, story: false, ld: false };
  const panel = (html: string) => /<aside class="key-facts"[^>]*>(.*?)<\/aside>/s.exec(html)?.[1] ?? '';
  const setMode = (mode: string) => call('admin', 'PUT', '/admin/api/settings/story', { storyFacts: mode });

  beforeAll(async () => {
    app = await createTestApp(dialect);
    fx = await loadFixtures(app.container, 1);
    const { ru } = await loadTranslations(app.container, fx.seed);
    ruSlug = ru.slug;
    ruId = ru.id;
    // A follow-up on the same story, so the seed page has a story box to gate.
    await publishSeedFollowUp(app.container);
    for (const role of ['author', 'editor', 'admin'] as const) {
      await app.container.accounts.createUser(
        { email: `${role}@example.com`, name: `The ${role}`, role, password: PASSWORD },
        null,
      );
      const s = await app.container.accounts.signIn(`${role}@example.com`, PASSWORD);
      sessions[role] = { cookie: `nd_session=${s.token}`, 'x-csrf-token': s.csrf };
    }
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('review (the default): nothing machine-made until an editor approves it; approving shows exactly that', async () => {
    expect(storySettings((await call('admin', 'GET', '/admin/api/settings/story')).json).storyFacts).toBe(
      'review',
    );
    const page = (await get(seedUrl)).body;
    expect(machineMade(page)).toEqual(nothing);
    expect((await get('/en/topic/person/mikhail-galuzin')).statusCode).toBe(404);
    expect((await get('/en/topic/place/kyiv')).statusCode).toBe(404);

    const before = await review(fx.seed.id);
    expect(before.items.length).toBeGreaterThan(10);
    expect(before.items.every((i) => !i.approved && !i.shown)).toBe(true);
    // Galuzin with his role: the part of the key after "@" is a hash of the role.
    const galuzin = before.items.find((i) => i.key.startsWith('person:mikhail-galuzin@'))!;
    expect(galuzin).toBeDefined();

    // Authors may not approve; editors may, and need the CSRF token like every change.
    expect(
      (
        await call('author', 'POST', `/admin/api/articles/${fx.seed.id}/analysis/approvals`, {
          keys: [galuzin.key],
        })
      ).status,
    ).toBe(403);
    const noCsrf = await app.server.inject({
      method: 'POST',
      url: `/admin/api/articles/${fx.seed.id}/analysis/approvals`,
      headers: { cookie: sessions.editor!.cookie },
      payload: { keys: [galuzin.key] },
    });
    expect(noCsrf.statusCode).toBe(403);
    const unknown = await call('editor', 'POST', `/admin/api/articles/${fx.seed.id}/analysis/approvals`, {
      keys: [galuzin.key, 'person:nobody'],
    });
    expect(unknown.status).toBe(400);
    expect(errorAnswer.parse(unknown.json).error.issues).toEqual([
      { field: 'keys.1', message: 'is not an item of the current reading' },
    ]);

    const approved = await call('editor', 'POST', `/admin/api/articles/${fx.seed.id}/analysis/approvals`, {
      keys: [galuzin.key],
    });
    expect(approved.status).toBe(200);
    expect(reading(approved.json).items.find((i) => i.key === galuzin.key)).toMatchObject({
      approved: true,
      shown: true,
    });
    const html = (await get(seedUrl)).body;
    expect(panel(html)).toContain('<a href="/en/topic/person/mikhail-galuzin">Mikhail Galuzin</a>');
    expect(panel(html)).not.toContain('Rahman Mustafayev');
    expect(panel(html)).not.toContain('<time');
    expect(panel(html)).not.toContain('<q>');
    // No event is approved yet, so there is no story box (the grouping is the machine's too).
    expect(machineMade(html)).toEqual({ keyFacts: true, conflicts: false, story: false, ld: true });
    expect(html).toContain(
      '"mentions":[{"@type":"Person","name":"Mikhail Galuzin","url":"http://news.test/en/topic/person/mikhail-galuzin"}]',
    );
    expect((await get('/en/topic/person/mikhail-galuzin')).statusCode).toBe(200);
    expect((await get('/en/topic/place/kyiv')).statusCode).toBe(404);

    // Withdrawn: gone again.
    const withdrawn = await call(
      'editor',
      'DELETE',
      `/admin/api/articles/${fx.seed.id}/analysis/approvals/${encodeURIComponent(galuzin.key)}`,
    );
    expect(withdrawn.status).toBe(200);
    expect(machineMade((await get(seedUrl)).body)).toEqual(nothing);
    expect((await get('/en/topic/person/mikhail-galuzin')).statusCode).toBe(404);

    const log = await app.container.store.repos.accounts.auditLog(20);
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['analysis.approved', 'analysis.approval-withdrawn']),
    );
  });

  it('approving all shows the reading, quotes exactly as the article has them; approvals outlive a re-reading', async () => {
    const all = await call('editor', 'POST', `/admin/api/articles/${fx.seed.id}/analysis/approvals`, {
      all: true,
    });
    expect(all.status).toBe(200);
    let html = (await get(seedUrl)).body;
    expect(machineMade(html)).toEqual({ keyFacts: true, conflicts: true, story: true, ld: true });
    const text = fx.seed.bodyText;
    // As rendered: entities decoded, a long quote shortened at its end with "…".
    const quotes = [...panel(html).matchAll(/<q>(.*?)<\/q>/g)].map((m) =>
      m[1]!
        .replace(/&quot;/g, '"')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/…$/, ''),
    );
    expect(quotes.length).toBeGreaterThan(1);
    for (const q of quotes) expect(text).toContain(q);

    // The text changes and is read again: what still holds stays approved, the new quote waits.
    await app.container.writer.update(fx.seed.id, {
      body: [...fx.seed.body, paragraph('“Talks will go on,” Galuzin said.')],
    });
    await app.container.events.dispatchPending();
    const after = await review(fx.seed.id);
    const waiting = after.items.filter((i) => !i.approved);
    expect(waiting.map((i) => i.kind)).toEqual(['quote']);
    html = (await get(seedUrl)).body;
    expect(panel(html)).toContain('Mikhail Galuzin');
    expect(panel(html)).not.toContain('Talks will go on');
    await call('editor', 'POST', `/admin/api/articles/${fx.seed.id}/analysis/approvals`, {
      keys: [waiting[0]!.key],
    });
    expect(panel((await get(seedUrl)).body)).toContain('<q>Talks will go on</q> — Mikhail Galuzin');
  });

  it('an editor can hide an article’s panels: nothing machine-made from it reaches readers, approved or not', async () => {
    const hidden = await call('editor', 'PUT', `/admin/api/articles/${fx.seed.id}/analysis/display`, {
      hidden: true,
    });
    expect(reading(hidden.json)).toMatchObject({ hidden: true });
    expect(reading(hidden.json).items.every((i) => !i.shown)).toBe(true);
    expect(machineMade((await get(seedUrl)).body)).toMatchObject({
      keyFacts: false,
      conflicts: false,
      ld: false,
    });
    expect((await get('/en/topic/person/mikhail-galuzin')).statusCode).toBe(404);
    expect(
      (await call('editor', 'PUT', `/admin/api/articles/${fx.seed.id}/analysis/display`, { hidden: 'yes' }))
        .status,
    ).toBe(400);
    await call('editor', 'PUT', `/admin/api/articles/${fx.seed.id}/analysis/display`, { hidden: false });
    expect(machineMade((await get(seedUrl)).body).keyFacts).toBe(true);
    expect((await get('/en/topic/person/mikhail-galuzin')).statusCode).toBe(200);
  });

  it('auto shows what the analysis is confident of (approved items too); off shows nothing machine-made', async () => {
    // Only admins change the setting.
    expect((await call('editor', 'PUT', '/admin/api/settings/story', { storyFacts: 'auto' })).status).toBe(
      403,
    );
    expect((await setMode('sometimes')).status).toBe(400);
    // The follow-up is unapproved: in auto its confident items show, the doubtful ones do not.
    const followUp = (await app.container.reader.list({ language: 'en' }, 1, 50)).items.find((a) =>
      a.headline.startsWith('Azerbaijan protests'),
    )!;
    const followUrl = `/en/world/${followUp.slug}`;
    expect(machineMade((await get(followUrl)).body).keyFacts).toBe(false);
    expect(storySettings((await setMode('auto')).json).storyFacts).toBe('auto');
    const r = await review(followUp.id);
    expect(r.mode).toBe('auto');
    const confident = r.items.filter((i) => i.confidence >= 0.75);
    const doubtful = r.items.filter((i) => i.confidence < 0.75);
    expect(confident.length).toBeGreaterThan(0);
    expect(doubtful.length).toBeGreaterThan(0);
    for (const i of r.items) expect(i.shown, i.key).toBe(i.confidence >= 0.75);
    expect(panel((await get(followUrl)).body)).toContain('Mikhail Yevdokimov');

    await setMode('off');
    for (const url of [seedUrl, followUrl]) expect(machineMade((await get(url)).body)).toEqual(nothing);
    expect((await get('/en/topic/person/mikhail-galuzin')).statusCode).toBe(404);
    const storyId = await app.container.stories.storyOf(fx.seed.id);
    expect((await get(`/en/story/${storyId}`)).statusCode).toBe(404);
    expect((await review(fx.seed.id)).items.every((i) => !i.shown)).toBe(true);

    await setMode('review');
    expect(machineMade((await get(seedUrl)).body).keyFacts).toBe(true);
    expect(machineMade((await get(followUrl)).body).keyFacts).toBe(false);
    const log = await app.container.store.repos.accounts.auditLog(50);
    expect(log.filter((e) => e.action === 'settings.changed').map((e) => e.details)).toEqual([
      { storyFacts: { from: 'off', to: 'review' } },
      { storyFacts: { from: 'auto', to: 'off' } },
      { storyFacts: { from: 'review', to: 'auto' } },
    ]);
  });

  it('names keep their base form: one topic per person, and an inflected address answers 301', async () => {
    const ruPage = `/ru/world/${ruSlug}`;
    expect((await get('/ru/topic/person/mikhail-evdokimov')).statusCode).toBe(404);
    expect((await get('/ru/topic/person/mikhaila-evdokimova')).statusCode).toBe(404);
    const r = await review(ruId);
    expect(r.facts.people.map((p) => p.name)).toContain('Михаил Евдокимов');
    expect(r.facts.people.map((p) => p.name)).not.toContain('Михаила Евдокимова');
    await call('editor', 'POST', `/admin/api/articles/${ruId}/analysis/approvals`, { all: true });
    expect(panel((await get(ruPage)).body)).toContain(
      '<a href="/ru/topic/person/mikhail-evdokimov">Михаил Евдокимов</a>',
    );
    const topic = await get('/ru/topic/person/mikhail-evdokimov');
    expect(topic.statusCode).toBe(200);
    expect(topic.body).toContain('<h1 class="page-title">Михаил Евдокимов</h1>');
    const moved = await get('/ru/topic/person/mikhaila-evdokimova');
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe('/ru/topic/person/mikhail-evdokimov');
    expect((await get('/ru/topic/person/nikto-nikogda')).statusCode).toBe(404);
  });
});
