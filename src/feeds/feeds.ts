import { Feed } from 'feed';

/**
 * Syndication feeds from a plain model (no I/O, no HTTP): RSS 2.0 and Atom 1.0 through the
 * `feed` library, JSON Feed 1.1 written here (the library only speaks JSON Feed 1.0).
 */
export interface FeedItem {
  /** Stable forever: derived from the article id, never from its URL or headline. */
  guid: string;
  url: string;
  title: string;
  summary: string | null;
  /** Full HTML content, when the site publishes full text in feeds. */
  contentHtml: string | null;
  published: Date;
  updated: Date;
  authors: { name: string; url: string }[];
  categories: string[];
  image: { url: string; type: string } | null;
  language: string;
}

export interface FeedModel {
  /** Stable id of the feed (its canonical URL). */
  id: string;
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  urls: { rss: string; atom: string; json: string };
  publisher: string;
  items: FeedItem[];
}

const newest = (m: FeedModel): Date => m.items.reduce((d, i) => (i.updated > d ? i.updated : d), new Date(0));

function build(m: FeedModel): Feed {
  const feed = new Feed({
    id: m.id,
    title: m.title,
    description: m.description,
    link: m.homeUrl,
    language: m.language,
    updated: m.items.length ? newest(m) : new Date(0),
    copyright: `© ${m.publisher}`,
    generator: 'Newsdesk',
    feedLinks: { rss: m.urls.rss, atom: m.urls.atom, json: m.urls.json },
  });
  for (const i of m.items) {
    feed.addItem({
      title: i.title,
      id: i.guid,
      guid: i.guid,
      link: i.url,
      date: i.updated,
      published: i.published,
      ...(i.summary ? { description: i.summary } : {}),
      ...(i.contentHtml ? { content: i.contentHtml } : {}),
      author: i.authors.map((a) => ({ name: a.name, link: a.url })),
      category: i.categories.map((name) => ({ name, term: name })),
      ...(i.image ? { enclosure: { url: i.image.url, type: i.image.type, length: 0 } } : {}),
    });
  }
  return feed;
}

export const rss = (m: FeedModel): string => build(m).rss2();
export const atom = (m: FeedModel): string => build(m).atom1();

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(m: FeedModel): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: m.title,
    home_page_url: m.homeUrl,
    feed_url: m.urls.json,
    description: m.description,
    language: m.language,
    items: m.items.map((i) => ({
      id: i.guid,
      url: i.url,
      title: i.title,
      ...(i.contentHtml ? { content_html: i.contentHtml } : { content_text: i.summary ?? i.title }),
      ...(i.summary ? { summary: i.summary } : {}),
      ...(i.image ? { image: i.image.url } : {}),
      date_published: i.published.toISOString(),
      date_modified: i.updated.toISOString(),
      authors: i.authors.map((a) => ({ name: a.name, url: a.url })),
      tags: i.categories,
      language: i.language,
    })),
  });
}
