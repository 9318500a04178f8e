import { describe, expect, it } from 'vitest';
import { atomFeed, billionLaughs, newsmlItem, rssFeed, xxe } from '../../../../test/utils/wire-samples.ts';
import type { WireEntry } from './parsed-item.ts';
import { readFeedXml } from './feed-xml.ts';

const readAll = async (xml: string, chunk = 50) => {
  const chunks: string[] = [];
  for (let i = 0; i < xml.length; i += chunk) chunks.push(xml.slice(i, i + chunk));
  const out: WireEntry[] = [];
  for await (const e of readFeedXml(chunks)) out.push(e);
  return out;
};
const items = (entries: WireEntry[]) => entries.flatMap((e) => ('item' in e ? [e.item] : []));
const errors = (entries: WireEntry[]) => entries.flatMap((e) => ('error' in e ? [e.error] : []));

describe('readFeedXml: RSS 2.0', () => {
  it('reads each item with its guid, body, byline, category and date, keeping the original XML', async () => {
    const xml = rssFeed([
      { guid: 'hw-1', title: 'Port strike ends', body: '<p>Dockers went back to work.</p>' },
      { guid: 'hw-2', title: 'Rain &amp; wind', body: '<p>A storm is coming.</p>' },
    ]);
    const got = items(await readAll(xml, 37));
    expect(got.map((i) => i.guid)).toEqual(['hw-1', 'hw-2']);
    expect(got[1]?.headline).toBe('Rain & wind');
    expect(got[0]).toMatchObject({
      body: '<p>Dockers went back to work.</p>',
      bodyIsHtml: true,
      byline: 'Desk Reporter',
      subjects: ['Politics'],
      url: 'https://wire.example.org/hw-1',
    });
    expect(got[0]?.publishedAt?.toISOString()).toBe('2025-11-21T09:30:00.000Z');
    expect(got[0]?.original.startsWith('<item>')).toBe(true);
    expect(got[0]?.original.endsWith('</item>')).toBe(true);
    expect(xml).toContain(got[1]?.original ?? 'missing');
  });

  it('names an item without a title or with a bad date, and reads the rest', async () => {
    const xml = rssFeed([
      { guid: 'ok-1', title: 'Fine', body: 'x' },
      { guid: 'bad-1', title: '', body: 'x' },
    ]).replace(
      '<guid isPermaLink="false">ok-1</guid>\n  <pubDate>Fri, 21 Nov 2025 09:30:00 GMT</pubDate>',
      '<guid>ok-1</guid><pubDate>yesterday-ish</pubDate>',
    );
    const got = await readAll(xml);
    expect(items(got)).toHaveLength(0);
    expect(errors(got)).toEqual([
      expect.stringMatching(/item "ok-1": pubDate: "yesterday-ish" is not a date/),
      expect.stringMatching(/line \d+, item "bad-1": no headline/),
    ]);
  });
});

describe('readFeedXml: Atom', () => {
  it('reads xhtml, html and text constructs, and names the entry without an id', async () => {
    const got = await readAll(atomFeed);
    const [bridge, ferry] = items(got);
    expect(bridge).toMatchObject({
      guid: 'urn:valley:2025:1001',
      headline: 'Bridge in Ostrava reopens after repairs',
      url: 'https://valley.example.net/1001',
      byline: 'Lena Brook',
      subjects: ['Transport'],
      bodyIsHtml: true,
    });
    expect(bridge?.body).toContain('<p>The bridge opened on <b>Friday</b>, the city said.</p>');
    expect(ferry).toMatchObject({
      headline: 'Ferry timetable changes',
      body: '<p>Ferries will leave an hour earlier.</p>',
    });
    expect(ferry?.publishedAt?.toISOString()).toBe('2025-11-21T09:00:00.000Z');
    expect(errors(got)).toEqual([expect.stringMatching(/item 3: no guid\/id/)]);
  });
});

describe('readFeedXml: NewsML-G2', () => {
  it('reads headline, slugline, XHTML body, dates, language, creator, located and subjects', async () => {
    const [item] = items(await readAll(newsmlItem, 64));
    expect(item).toMatchObject({
      guid: 'urn:newsml:example.org:20251121:az-001',
      headline: 'Ministry delivers a note over embassy damage',
      slugline: 'EMBASSY-NOTE',
      language: 'en',
      byline: 'Ayla Demir',
      located: 'Baku',
      subjects: ['politics'],
      bodyIsHtml: true,
    });
    expect(item?.publishedAt?.toISOString()).toBe('2025-11-21T07:00:00.000Z');
    expect(item?.body).toContain('<p>The ministry said a note was handed to the ambassador on Thursday.</p>');
    expect(item?.body).not.toContain('<title>');
    expect(item?.original).toBe(newsmlItem.slice(newsmlItem.indexOf('<newsItem')));
  });
});

describe('readFeedXml: hostile XML', () => {
  it('refuses a DOCTYPE, so "billion laughs" never expands', async () => {
    await expect(readAll(billionLaughs)).rejects.toThrow(/line \d+: a DOCTYPE is not allowed/);
  });

  it('refuses external entities (XXE): nothing is read from the disk', async () => {
    await expect(readAll(xxe)).rejects.toThrow(/DOCTYPE is not allowed/);
  });

  it('names the line of malformed XML, after yielding the items before it', async () => {
    const xml = rssFeed([{ guid: 'a', title: 'A', body: 'x' }]).replace(
      '</channel>',
      '<item><title>B</titl></item></channel>',
    );
    const seen: WireEntry[] = [];
    await expect(
      (async () => {
        for await (const e of readFeedXml([xml])) seen.push(e);
      })(),
    ).rejects.toThrow(/line \d+: malformed XML/);
    expect(items(seen).map((i) => i.guid)).toEqual([]);
  });

  it('refuses elements nested without end', async () => {
    const deep = `<rss><channel><item><guid>d</guid><title>x</title>${'<b>'.repeat(100)}${'</b>'.repeat(100)}</item></channel></rss>`;
    await expect(readAll(deep)).rejects.toThrow(/nested deeper than 64/);
  });
});
