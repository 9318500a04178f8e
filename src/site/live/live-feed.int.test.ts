import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { buildApp, type App } from '../../app.ts';
import { paragraph } from '../../domain/body.ts';
import type { LiveActor } from '../../services/live/live-blog.service.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';

interface AtomEntry {
  id: string;
  title: { '#text': string };
  link: { '@_href': string } | { '@_href': string }[];
  updated: string;
  published: string;
  author: { name: string } | { name: string }[];
  content: { '#text': string };
}

/** The feed's entries, whether the parser made one entry an object or several an array. */
function entriesOf(xml: string): AtomEntry[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml) as {
    feed: { entry?: AtomEntry | AtomEntry[] };
  };
  const e = doc.feed.entry;
  return e === undefined ? [] : Array.isArray(e) ? e : [e];
}

const href = (e: AtomEntry) => (Array.isArray(e.link) ? e.link[0]?.['@_href'] : e.link['@_href']);
const author = (e: AtomEntry) => (Array.isArray(e.author) ? e.author[0]?.name : e.author.name);

describe.each(dialects)("a live blog's entries feed on %s", (dialect) => {
  let tdb: TestDatabase;
  let app: App;
  let editor: LiveActor;
  let articleId: string;
  const page = '/en/world/harbour-strike-live';
  const feed = `${page}/live.xml`;

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    app = await buildApp(testConfig(tdb, { pageCache: { maxBytes: 8 * 1024 * 1024, maxAgeMs: 600_000 } }), {
      logger: false,
      jobs: false,
    });
    const c = app.container;
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
    const user = await c.accounts.createUser(
      { email: 'desk@example.com', name: 'Night Desk', role: 'editor', password: 'correct horse battery' },
      null,
    );
    editor = { id: user.id, name: user.name, role: 'editor' };
    const article = await c.writer.create({
      language: 'en',
      headline: 'Harbour strike, live',
      sectionSlug: 'world',
      body: [paragraph('Updates through the day.')],
      status: 'published',
    });
    articleId = article.id;
    await c.live.start(editor, articleId);
    await c.live.post(editor, articleId, {
      body: [paragraph('Key points: cranes stand idle.')],
      pinned: true,
    });
    await c.live.post(editor, articleId, { body: [paragraph('Pickets form at the north gate.')] });
    await c.writer.create({
      language: 'en',
      headline: 'An ordinary report',
      sectionSlug: 'world',
      body: [paragraph('Nothing live here.')],
      status: 'published',
    });
    const draft = await c.writer.create({
      language: 'en',
      headline: 'A draft live blog',
      sectionSlug: 'world',
      body: [paragraph('Not yet out.')],
    });
    await c.live.start(editor, draft.id);
    await c.events.dispatchPending();
  });
  afterAll(async () => {
    await ifStarted(app)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('serves the entries newest first, each with its link, time, author and text', async () => {
    const res = await app.server.inject({ method: 'GET', url: feed });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/atom+xml');
    expect(res.headers['cache-control']).toContain('public');
    const entries = entriesOf(res.body);
    expect(entries.map((e) => e.content['#text'])).toEqual([
      expect.stringContaining('Pickets form at the north gate.'),
      expect.stringContaining('Key points: cranes stand idle.'),
    ]);
    const [first] = entries;
    expect(href(first!)).toMatch(new RegExp(`${page}#entry-[0-9a-f-]{36}$`));
    expect(first!.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(author(first!)).toBe('Night Desk');
    expect(Date.parse(first!.published)).not.toBeNaN();
    expect(first!.title['#text']).toBe('Pickets form at the north gate.');
  });

  it('is linked from the live page and not from an ordinary article', async () => {
    const live = await app.server.inject({ method: 'GET', url: page });
    expect(live.body).toMatch(
      new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]*" href="${feed}"`),
    );
    const plain = await app.server.inject({ method: 'GET', url: '/en/world/an-ordinary-report' });
    expect(plain.statusCode).toBe(200);
    expect(plain.body).not.toContain('live.xml');
  });

  it('has a new entry on the next request after the outbox purges the cached feed', async () => {
    await app.server.inject({ method: 'GET', url: feed });
    expect((await app.server.inject({ method: 'GET', url: feed })).headers['x-cache']).toBe('hit');
    const entry = await app.container.live.post(editor, articleId, {
      body: [paragraph('The port authority offers talks.')],
    });
    await app.container.events.dispatchPending();
    const res = await app.server.inject({ method: 'GET', url: feed });
    expect(res.headers['x-cache']).not.toBe('hit');
    const [newest] = entriesOf(res.body);
    expect(href(newest!)).toContain(`#entry-${entry.id}`);
    expect(newest!.content['#text']).toContain('The port authority offers talks.');
  });

  it('is linked from the front page under "Live" while it runs, and not once it has closed', async () => {
    const open = await app.server.inject({ method: 'GET', url: '/en/' });
    expect(open.body).toMatch(
      new RegExp(`<a href="${page}"><span class="live-label">Live</span> Harbour strike, live</a>`),
    );
    expect(open.body).not.toContain('A draft live blog');
    await app.container.live.close(editor, articleId, { body: [paragraph('That is all for today.')] });
    await app.container.events.dispatchPending();
    const closed = await app.server.inject({ method: 'GET', url: '/en/' });
    expect(closed.headers['x-cache']).not.toBe('hit');
    expect(closed.body).not.toContain('live-label');
    const feedAfter = entriesOf((await app.server.inject({ method: 'GET', url: feed })).body);
    expect(feedAfter[0]?.content['#text']).toContain('That is all for today.');
  });

  it('is not found for an article that is not a live blog, a draft, or no article', async () => {
    for (const url of [
      '/en/world/an-ordinary-report/live.xml',
      '/en/world/a-draft-live-blog/live.xml',
      '/en/world/no-such-story/live.xml',
      '/xx/world/harbour-strike-live/live.xml',
    ]) {
      const res = await app.server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
    }
  });
});
