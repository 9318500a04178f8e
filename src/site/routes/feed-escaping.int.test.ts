import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smartQuotes } from '../../lib/typography.ts';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../../test/utils/app.ts';
import { dialects } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import { isWellFormedXml } from '../../../test/utils/xml.ts';

/** Text a contributor may type that breaks naive feed writers: markup, entities, CDATA ends. */
const hostile = (what: string) => `${what} <b>bold</b> & <script>alert(1)</script> ]]> x ]]> &amp; "q"`;
const HEADLINE = hostile('Headline');
const STANDFIRST = hostile('Standfirst');
// Feeds show headline and standfirst as the site does, with typographic quotes ("q" → “q”).
const HEADLINE_SHOWN = smartQuotes(HEADLINE, 'en');
const STANDFIRST_SHOWN = smartQuotes(STANDFIRST, 'en');
const AUTHOR = 'O’Brien <img src=x onerror=alert(1)> & Co';
const TAG = 'R&D <i>';
const SECTION = 'News & <Views>';

/** What a reader shows for an HTML field: the markup rendered, so the entities decoded once. */
const htmlText = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => n === 'entry',
});

/** The parts of the feeds these tests read; a value compared as a whole stays `unknown`. */
// Optional: whether a field is there at all is for the expectations to say.
const value = z.unknown().optional();
const rssDoc = z.object({
  rss: z.object({ channel: z.looseObject({ item: z.looseObject({ description: z.string() }) }) }),
});
const atomDoc = z.object({
  feed: z.looseObject({
    title: value,
    entry: z.array(
      z.looseObject({
        title: value,
        summary: value,
        author: z.looseObject({ name: value }),
        category: z.array(z.looseObject({ '@term': value })),
        content: z.looseObject({ '@type': value, '#text': z.string() }),
      }),
    ),
  }),
});
const jsonFeedDoc = z.looseObject({
  items: z.array(
    z.looseObject({
      title: value,
      summary: value,
      authors: z.array(z.looseObject({ name: value })),
      tags: value,
      content_html: z.string(),
    }),
  ),
});

/** Feeds read back with independent parsers: every text field comes back exactly as typed. */
describe.each(dialects)('hostile text in RSS, Atom and JSON Feed on %s', (dialect) => {
  let app: TestApp;
  const get = (url: string) => app.server.inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await createTestApp(dialect);
    await app.container.taxonomy.createSection({ slug: 'world', name: SECTION, position: 0 });
    const a = await app.container.writer.create({
      language: 'en',
      headline: HEADLINE,
      standfirst: STANDFIRST,
      sectionSlug: 'world',
      tags: [TAG],
      authors: [{ name: AUTHOR, role: null }],
      body: [
        { type: 'paragraph', content: [{ text: hostile('Body') }] },
        { type: 'quote', content: [{ text: 'A ]]> quote' }], cite: '</blockquote><script>x</script>' },
      ],
      status: 'published',
      publishedAt: new Date('2025-11-21T08:00:00Z'),
    });
    // Text stored by an older version with characters XML 1.0 cannot carry.
    await app.container.database.db
      .updateTable('articles')
      .set({ body_text: 'unused', standfirst: `${STANDFIRST}\u000b\u0001` })
      .where('id', '=', a.id)
      .execute();
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('RSS: well-formed, plain text fields exact, HTML fields escaped', async () => {
    const res = await get('/en/world/feed.xml');
    expect(res.statusCode).toBe(200);
    expect(isWellFormedXml(res.body)).toBe(true);
    const feed = await new Parser().parseString(res.body);
    expect(feed.title).toBe(`${SECTION} — Newsdesk`);
    const item = feed.items[0]!;
    expect(item.title).toBe(HEADLINE_SHOWN);
    expect(item.creator).toBe(AUTHOR);
    expect(item.categories).toEqual([SECTION, TAG]);
    const raw = rssDoc.parse(xml.parse(res.body)).rss.channel.item;
    expect(htmlText(raw.description)).toBe(STANDFIRST_SHOWN);
    const content = item['content:encoded'] as string;
    expect(content).not.toMatch(/<script|<b>|<img|<\/blockquote><script/);
    expect(htmlText(content)).toContain(hostile('Body'));
    expect(htmlText(content)).toContain('— </blockquote><script>x</script>');
  });

  it('Atom: well-formed, titles and summaries as text, content as HTML', async () => {
    const res = await get('/en/world/atom.xml');
    expect(res.statusCode).toBe(200);
    expect(isWellFormedXml(res.body)).toBe(true);
    const feed = atomDoc.parse(xml.parse(res.body)).feed;
    expect(feed.title).toBe(`${SECTION} — Newsdesk`);
    const entry = feed.entry[0]!;
    expect(entry.title).toEqual({ '#text': HEADLINE_SHOWN, '@type': 'text' });
    expect(entry.summary).toEqual({ '#text': STANDFIRST_SHOWN, '@type': 'text' });
    expect(entry.author.name).toBe(AUTHOR);
    expect(entry.category.map((c) => c['@term'])).toEqual([SECTION, TAG]);
    expect(entry.content['@type']).toBe('html');
    expect(entry.content['#text']).not.toMatch(/<script|<b>|<img/);
    expect(htmlText(entry.content['#text'])).toContain(hostile('Body'));
  });

  it('JSON Feed: the same text, exactly', async () => {
    const res = await get('/en/world/feed.json');
    expect(res.statusCode).toBe(200);
    const item = jsonFeedDoc.parse(res.json()).items[0]!;
    expect(item.title).toBe(HEADLINE_SHOWN);
    expect(item.summary).toBe(`${STANDFIRST_SHOWN}\u000b\u0001`);
    expect(item.authors[0]!.name).toBe(AUTHOR);
    expect(item.tags).toEqual([SECTION, TAG]);
    expect(item.content_html).not.toMatch(/<script|<b>|<img/);
  });

  it('summary-only feeds escape the summary for the HTML field it goes in', async () => {
    await app.container.site.update({ feedFullText: false });
    try {
      const res = await get('/en/world/feed.xml');
      expect(isWellFormedXml(res.body)).toBe(true);
      const item = (await new Parser().parseString(res.body)).items[0]!;
      expect(item['content:encoded']).toBeUndefined();
      expect(item.content).not.toMatch(/<script|<b>/);
      expect(htmlText(item.content!)).toBe(STANDFIRST_SHOWN);
    } finally {
      await app.container.site.update({ feedFullText: true });
    }
  });
});
