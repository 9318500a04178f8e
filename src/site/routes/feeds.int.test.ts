import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadFixtures, loadTranslations, SEED_SLUG, type Fixtures } from '../../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { isWellFormedXml } from '../../../test/utils/xml.ts';
import { paragraph } from '../../domain/body.ts';

/** The parts of a JSON Feed these tests read; a value compared as a whole stays `unknown`. */
// Optional: whether a field is there at all is for the expectations to say.
const value = z.unknown().optional();
const jsonFeedDoc = z.looseObject({
  version: value,
  title: value,
  feed_url: value,
  items: z.array(
    z.looseObject({
      id: value,
      url: value,
      content_html: value,
      date_published: z.string(),
      authors: value,
      language: value,
    }),
  ),
});

/** Feeds read back with independent parsers (rss-parser, fast-xml-parser), compared with the articles. */
describe.each(dialects)('feeds on %s', (dialect) => {
  let app: TestApp;
  let fx: Fixtures;
  const parser = new Parser();
  const get = (url: string) => app.server.inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await createTestApp(dialect);
    fx = await loadFixtures(app.container, 12);
    await loadTranslations(app.container, fx.seed);
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('RSS 2.0: well-formed, newest first, stable GUIDs, full content, dates', async () => {
    const res = await get('/en/feed.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(isWellFormedXml(res.body)).toBe(true);
    const feed = await parser.parseString(res.body);
    expect(feed.title).toBe('Newsdesk');
    expect(feed.language).toBe('en');
    expect(feed.items).toHaveLength(13);
    const seed = feed.items[0]!;
    expect(seed.title).toBe('Moscow expresses regret over damage to Azerbaijan’s embassy in Kyiv');
    expect(seed.link).toBe(`http://news.test/en/world/${SEED_SLUG}`);
    expect(seed.guid).toBe(`urn:uuid:${fx.seed.id}`);
    expect(new Date(seed.pubDate!).toISOString()).toBe('2025-11-21T08:00:00.000Z');
    expect(seed['content:encoded']).toContain('<p>Moscow has expressed “sincere regret” over the damage');
    expect(seed.categories).toEqual(['World', 'Diplomacy', 'Azerbaijan']);
    const dates = feed.items.map((i) => new Date(i.pubDate!).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(res.headers['last-modified']).toBe(new Date('2025-11-21T08:00:00Z').toUTCString());
  });

  it('GUIDs never change when the headline and slug change', async () => {
    const before = (await parser.parseString((await get('/en/economy/feed.xml')).body)).items.find(
      (i) => i.title === 'Caspian market note number 1',
    )!;
    await app.container.writer.changeSlug(fx.fillers[0]!.id, 'renamed-market-note');
    const after = (await parser.parseString((await get('/en/economy/feed.xml')).body)).items.find(
      (i) => i.title === 'Caspian market note number 1',
    )!;
    expect(after.guid).toBe(before.guid);
    expect(after.link).toBe('http://news.test/en/economy/renamed-market-note');
    await app.container.writer.changeSlug(fx.fillers[0]!.id, fx.fillers[0]!.slug);
  });

  it('an edited body shows in the feed on the next request (bodies are remembered by their text)', async () => {
    const content = async (): Promise<string> => {
      const items = (await parser.parseString((await get('/en/economy/feed.xml')).body)).items;
      const item = items.find((i) => i.guid === `urn:uuid:${fx.fillers[0]!.id}`);
      return String(item?.['content:encoded'] ?? '');
    };
    const before = await content();
    expect(before).toContain('<p>');
    expect(await content()).toBe(before);
    await app.container.writer.update(fx.fillers[0]!.id, {
      body: [paragraph('Grain prices held steady at the Caspian exchange this week.')],
    });
    const after = await content();
    expect(after).toContain('Grain prices held steady');
    expect(after).not.toBe(before);
    await app.container.writer.update(fx.fillers[0]!.id, { body: fx.fillers[0]!.body });
    expect(await content()).toBe(before);
  });

  it('Atom 1.0: well-formed, with ids, updated dates, authors and self link', async () => {
    const res = await get('/en/economy/atom.xml');
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(isWellFormedXml(res.body)).toBe(true);
    const feed = await parser.parseString(res.body);
    expect(feed.title).toBe('Economy — Newsdesk');
    expect(feed.items).toHaveLength(12);
    // rss-parser types fields it does not name as any.
    const ids = feed.items.map((i): unknown => i.id);
    expect(ids.every((id) => typeof id === 'string' && id.startsWith('urn:uuid:'))).toBe(true);
    expect(feed.items[0]!.author).toBe('Leyla Hasanova');
    expect(res.body).toContain('<link rel="self" href="http://news.test/en/economy/atom.xml"/>');
    expect(res.body).toContain('<link rel="alternate" href="http://news.test/en/economy/"/>');
  });

  it('JSON Feed 1.1: valid shape and the same items', async () => {
    const res = await get('/en/tag/energy/feed.json');
    expect(res.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = jsonFeedDoc.parse(res.json());
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Energy — Newsdesk');
    expect(feed.feed_url).toBe('http://news.test/en/tag/energy/feed.json');
    expect(feed.items).toHaveLength(4);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(item.url).toMatch(/^http:\/\/news\.test\/en\/economy\//);
      expect(typeof item.content_html).toBe('string');
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
      expect(item.authors).toEqual([
        { name: 'Leyla Hasanova', url: 'http://news.test/en/author/leyla-hasanova' },
      ]);
      expect(item.language).toBe('en');
    }
  });

  it('per language and per author, with localised titles', async () => {
    const ru = await parser.parseString((await get('/ru/feed.xml')).body);
    expect(ru.language).toBe('ru');
    expect(ru.items.map((i) => i.title)).toEqual([
      'Москва выразила сожаление в связи с повреждением посольства Азербайджана в Киеве',
    ]);
    const ruWorld = await parser.parseString((await get('/ru/world/feed.xml')).body);
    expect(ruWorld.title).toBe('Мир — Newsdesk');
    const author = await parser.parseString((await get('/en/author/leyla-hasanova/feed.xml')).body);
    expect(author.items).toHaveLength(12);
  });

  it('summary-only feeds when the site says so', async () => {
    await app.container.site.update({ feedFullText: false });
    try {
      const feed = await parser.parseString((await get('/en/feed.xml')).body);
      expect(feed.items[0]!['content:encoded']).toBeUndefined();
      expect(feed.items[0]!.content).toBe(
        'Russia blames Ukrainian air defences; Baku says an Iskander missile hit the compound.',
      );
    } finally {
      await app.container.site.update({ feedFullText: true });
    }
  });

  it('unknown scopes answer 404; /feed.xml points at the default language; pages announce their feeds', async () => {
    expect((await get('/en/nowhere/feed.xml')).statusCode).toBe(404);
    expect((await get('/en/tag/nothing/atom.xml')).statusCode).toBe(404);
    expect((await get('/xx/feed.json')).statusCode).toBe(404);
    expect((await get('/feed.xml')).headers.location).toBe('/en/feed.xml');
    const html = (await get('/en/economy/')).body;
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Economy — Newsdesk (RSS)" href="/en/economy/feed.xml"/>',
    );
  });
});
