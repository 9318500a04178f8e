import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isWellFormedXml, readXml } from '../../test/utils/xml.ts';
import { atom, jsonFeed, rss, type FeedModel } from './feeds.ts';

/** Text that breaks naive XML and HTML writers: markup, entities, CDATA ends, quotes. */
const HOSTILE = `Tom & "Jerry" <script>alert('x')</script> ]]> a ]]> b &amp; &lt;i&gt; </title>`;
/** Characters XML 1.0 cannot carry at all (and a lone surrogate), around a word. */
const NOT_XML = 'bell\u0007\u0000\u000b\ud800word';

const item = (over: Partial<FeedModel['items'][number]> = {}): FeedModel['items'][number] => ({
  guid: 'urn:uuid:8f1e0c7a-0000-4000-8000-000000000001',
  url: 'https://news.example/en/world/story?a=1&b=2',
  title: HOSTILE,
  summary: HOSTILE,
  contentHtml: '<p>Body ]]&gt; with <a href="https://example.com/?a=1&amp;b=2">a link</a></p>',
  published: new Date('2025-11-21T08:00:00Z'),
  updated: new Date('2025-11-21T09:00:00Z'),
  authors: [{ name: HOSTILE, url: 'https://news.example/en/author/x?a=1&b=2' }],
  categories: [HOSTILE, 'R&D'],
  image: { url: 'https://cdn.example.com/i.jpg?w=1&h=2', type: 'image/jpeg' },
  language: 'en',
  ...over,
});
const model = (items = [item()]): FeedModel => ({
  id: 'https://news.example/en/atom.xml',
  title: HOSTILE,
  description: HOSTILE,
  language: 'en',
  homeUrl: 'https://news.example/en/?a=1&b=2',
  urls: {
    rss: 'https://news.example/en/feed.xml',
    atom: 'https://news.example/en/atom.xml',
    json: 'https://news.example/en/feed.json',
  },
  publisher: HOSTILE,
  items,
});

/** What a reader shows for an HTML field: the markup rendered, so the entities decoded once. */
const htmlText = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The parts of a feed these tests read; a value compared as a whole stays `unknown`. */
// Optional: whether a field is there at all is for the expectations to say.
const value = z.unknown().optional();
const rssItem = z.looseObject({
  description: value,
  guid: value,
  pubDate: value,
  enclosure: z.looseObject({ '@type': value }).optional(),
  'content:encoded': value,
});
const rssDoc = z.object({
  rss: z.object({ channel: z.looseObject({ lastBuildDate: value, item: rssItem }) }),
});
const rssChannel = z.object({ rss: z.object({ channel: z.looseObject({ lastBuildDate: value }) }) });
const atomEntry = z.looseObject({
  title: value,
  summary: value,
  content: value,
  published: value,
  updated: value,
  link: value,
});
const atomDoc = z.object({
  feed: z.looseObject({
    updated: value,
    '@xml:lang': value,
    author: z.looseObject({ name: value }),
    entry: atomEntry,
  }),
});
const atomFeedOnly = z.object({ feed: z.looseObject({ updated: value }) });
const jsonFeedItem = z.looseObject({
  title: value,
  summary: value,
  content_html: value,
  content_text: value,
  image: value,
  tags: value,
  authors: z.array(z.looseObject({ name: value })).optional(),
});
const jsonFeedDoc = z.looseObject({ title: value, items: z.array(jsonFeedItem) });
const readJsonFeed = (text: string) => jsonFeedDoc.parse(JSON.parse(text));

describe('feed text and escaping', () => {
  it('RSS: well-formed; plain text fields read back exactly; HTML fields carry the text escaped', async () => {
    const body = rss(model());
    expect(isWellFormedXml(body)).toBe(true);
    const feed = await new Parser().parseString(body);
    expect(feed.title).toBe(HOSTILE);
    expect(feed.description).toBe(HOSTILE);
    const [it0] = feed.items;
    expect(it0!.title).toBe(HOSTILE);
    expect(it0!.creator).toBe(HOSTILE);
    expect(it0!.categories).toEqual([HOSTILE, 'R&D']);
    expect(it0!.link).toBe('https://news.example/en/world/story?a=1&b=2');
    expect(it0!.enclosure?.url).toBe('https://cdn.example.com/i.jpg?w=1&h=2');
    // The description is HTML: no markup of the headline's survives, its text does.
    const description = z.string().parse(readXml(body, rssDoc).rss.channel.item.description);
    expect(description).not.toContain('<script>');
    expect(htmlText(description)).toBe(HOSTILE);
    expect(it0!['content:encoded']).toBe(item().contentHtml);
    expect(body).not.toContain('CDATA');
  });

  it('Atom: well-formed; titles and summaries are text, content is HTML; attributes escaped', async () => {
    const body = atom(model());
    expect(isWellFormedXml(body)).toBe(true);
    const feed = await new Parser().parseString(body);
    expect(feed.title).toBe(HOSTILE);
    expect(feed.items[0]!.title).toBe(HOSTILE);
    expect(feed.items[0]!.author).toBe(HOSTILE);
    const entry = readXml(
      body,
      z.object({
        feed: z.object({
          entry: atomEntry.extend({
            category: z.array(value),
            link: z.array(z.looseObject({ '@href': value })),
          }),
        }),
      }),
    ).feed.entry;
    expect(entry.title).toEqual({ '#text': HOSTILE, '@type': 'text' });
    expect(entry.summary).toEqual({ '#text': HOSTILE, '@type': 'text' });
    expect(entry.content).toEqual({ '#text': item().contentHtml, '@type': 'html' });
    expect(entry.category[0]).toEqual({ '@term': HOSTILE, '@label': HOSTILE });
    expect(entry.link[1]?.['@href']).toBe('https://cdn.example.com/i.jpg?w=1&h=2');
  });

  it('JSON Feed: valid JSON with the text as it is', () => {
    const feed = readJsonFeed(jsonFeed(model()));
    const [first] = feed.items;
    expect(feed.title).toBe(HOSTILE);
    expect(first?.title).toBe(HOSTILE);
    expect(first?.summary).toBe(HOSTILE);
    expect(first?.authors?.[0]?.name).toBe(HOSTILE);
    expect(first?.tags).toEqual([HOSTILE, 'R&D']);
  });

  it('drops characters XML cannot carry instead of writing a feed no reader can parse', async () => {
    const m = model([item({ title: NOT_XML, summary: NOT_XML, categories: [NOT_XML] })]);
    for (const body of [rss(m), atom(m)]) {
      expect(isWellFormedXml(body)).toBe(true);
      expect((await new Parser().parseString(body)).items[0]!.title).toBe('bellword');
    }
    // JSON can carry them (escaped), and JSON.stringify writes lone surrogates as escapes.
    expect((): unknown => JSON.parse(jsonFeed(m))).not.toThrow();
  });

  it('writes a valid feed with no items', async () => {
    for (const body of [rss(model([])), atom(model([]))]) {
      expect(isWellFormedXml(body)).toBe(true);
      expect((await new Parser().parseString(body)).items).toEqual([]);
    }
  });
});

describe('feed fields', () => {
  const plain = (over: Partial<FeedModel['items'][number]> = {}) =>
    item({ title: 'Talks resume', summary: 'Both sides met.', categories: ['World'], ...over });
  const older = plain({
    guid: 'urn:uuid:older',
    updated: new Date('2025-11-20T07:00:00Z'),
    published: new Date('2025-11-20T06:00:00Z'),
  });

  it('dates a feed by its newest item, and an empty feed by the epoch', () => {
    const m = model([older, plain()]);
    expect(readXml(rss(m), rssChannel).rss.channel.lastBuildDate).toBe('Fri, 21 Nov 2025 09:00:00 GMT');
    expect(readXml(atom(m), atomFeedOnly).feed.updated).toBe('2025-11-21T09:00:00.000Z');
    expect(readXml(rss(model([])), rssChannel).rss.channel.lastBuildDate).toBe(
      'Thu, 01 Jan 1970 00:00:00 GMT',
    );
  });

  it('RSS: the GUID is not a permalink; items date by their last update', () => {
    const entry = readXml(rss(model([plain()])), rssDoc).rss.channel.item;
    expect(entry.guid).toEqual({ '#text': item().guid, '@isPermaLink': 'false' });
    expect(entry.pubDate).toBe('Fri, 21 Nov 2025 09:00:00 GMT');
    expect(entry.enclosure?.['@type']).toBe('image/jpeg');
  });

  it('Atom: entries carry both dates; the publisher is the feed author', () => {
    const { feed } = readXml(atom(model([plain()])), atomDoc);
    expect(feed.author.name).toBe(HOSTILE);
    expect(feed['@xml:lang']).toBe('en');
    expect(feed.entry.published).toBe('2025-11-21T08:00:00.000Z');
    expect(feed.entry.updated).toBe('2025-11-21T09:00:00.000Z');
  });

  it('JSON Feed: full text as content_html, else the summary as content_text; no empty fields', () => {
    const [full] = readJsonFeed(jsonFeed(model([plain()]))).items;
    expect(full?.content_html).toBe(item().contentHtml);
    expect(full?.content_text).toBeUndefined();
    expect(full?.image).toBe('https://cdn.example.com/i.jpg?w=1&h=2');
    const [short] = readJsonFeed(jsonFeed(model([plain({ contentHtml: null, image: null })]))).items;
    expect(short?.content_text).toBe('Both sides met.');
    expect(short?.image).toBeUndefined();
    const [bare] = readJsonFeed(jsonFeed(model([plain({ contentHtml: null, summary: null })]))).items;
    expect(bare?.content_text).toBe('Talks resume');
    expect(bare?.summary).toBeUndefined();
  });

  it('leaves out an absent summary and image in RSS and Atom', () => {
    const m = model([plain({ summary: null, image: null, contentHtml: null })]);
    const item0 = readXml(rss(m), rssDoc).rss.channel.item;
    expect(item0.description).toBeUndefined();
    expect(item0.enclosure).toBeUndefined();
    expect(item0['content:encoded']).toBeUndefined();
    const { entry } = readXml(atom(m), atomDoc).feed;
    expect(entry.summary).toBeUndefined();
    expect(entry.content).toBeUndefined();
    expect(entry.link).toEqual({ '@href': item().url });
  });
});
