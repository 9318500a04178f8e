import XMLBuilder from 'fast-xml-builder';

/**
 * Syndication feeds from a plain model (no I/O, no HTTP): RSS 2.0, Atom 1.0 and JSON Feed 1.1.
 * The XML is written by fast-xml-parser's builder, which escapes every text and attribute value
 * (docs/adr/006-urls-and-feed-xml.md says why not the `feed` library). Which field holds plain
 * text and which holds HTML is decided here, per format:
 *   - plain text (titles, names, categories, Atom summaries): XML-escaped only;
 *   - HTML (RSS description, content:encoded, Atom content type="html"): the summary is
 *     HTML-escaped first, the body is the site's own rendered HTML; both then XML-escaped, never
 *     put in CDATA (so no "]]>" can end a section early).
 * Characters XML 1.0 cannot carry at all (most control characters, lone surrogates) are dropped.
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
  /** A person's page where there is one (a live entry's author has none). */
  authors: { name: string; url?: string }[];
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

/** Text as HTML: for plain text going into a field that feed readers render as HTML. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Everything XML 1.0 allows: tab, LF, CR, and the Unicode scalar values outside C0 controls,
// surrogates and U+FFFE/U+FFFF. With the u flag a lone surrogate is one code point, so it matches.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Every string in the tree with the characters XML cannot carry removed. */
function xmlClean<T>(value: T): T {
  if (typeof value === 'string') return value.replace(NOT_XML, '') as T;
  if (Array.isArray(value)) return value.map(xmlClean) as T;
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlClean(v)])) as T;
  return value;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '    ',
  suppressEmptyNode: true,
  processEntities: true,
});
const xml = (root: Record<string, unknown>): string =>
  builder.build(xmlClean({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, ...root }));

export function rss(m: FeedModel): string {
  return xml({
    rss: {
      '@_version': '2.0',
      '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      '@_xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      channel: {
        title: m.title,
        link: m.homeUrl,
        description: m.description,
        lastBuildDate: (m.items.length ? newest(m) : new Date(0)).toUTCString(),
        docs: 'https://validator.w3.org/feed/docs/rss2.html',
        generator: 'Newsdesk',
        language: m.language,
        copyright: `© ${m.publisher}`,
        'atom:link': { '@_href': m.urls.rss, '@_rel': 'self', '@_type': 'application/rss+xml' },
        item: m.items.map((i) => ({
          title: i.title,
          link: i.url,
          guid: { '@_isPermaLink': 'false', '#text': i.guid },
          pubDate: i.updated.toUTCString(),
          ...(i.summary ? { description: escapeHtml(i.summary) } : {}),
          ...(i.contentHtml ? { 'content:encoded': i.contentHtml } : {}),
          'dc:creator': i.authors.map((a) => a.name),
          category: i.categories,
          ...(i.image
            ? { enclosure: { '@_url': i.image.url, '@_length': '0', '@_type': i.image.type } }
            : {}),
        })),
      },
    },
  });
}

export function atom(m: FeedModel): string {
  return xml({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': m.language,
      id: m.id,
      title: m.title,
      updated: (m.items.length ? newest(m) : new Date(0)).toISOString(),
      generator: 'Newsdesk',
      link: [
        { '@_rel': 'alternate', '@_href': m.homeUrl },
        { '@_rel': 'self', '@_href': m.urls.atom },
      ],
      subtitle: m.description,
      rights: `© ${m.publisher}`,
      // Atom wants an author for every entry: the publisher stands in where no person is named.
      author: { name: m.publisher },
      entry: m.items.map((i) => ({
        title: { '@_type': 'text', '#text': i.title },
        id: i.guid,
        link: [
          { '@_href': i.url },
          ...(i.image
            ? [{ '@_rel': 'enclosure', '@_href': i.image.url, '@_type': i.image.type, '@_length': '0' }]
            : []),
        ],
        updated: i.updated.toISOString(),
        ...(i.summary ? { summary: { '@_type': 'text', '#text': i.summary } } : {}),
        ...(i.contentHtml ? { content: { '@_type': 'html', '#text': i.contentHtml } } : {}),
        author: i.authors.map((a) => ({ name: a.name, ...(a.url ? { uri: a.url } : {}) })),
        category: i.categories.map((c) => ({ '@_term': c, '@_label': c })),
        published: i.published.toISOString(),
      })),
    },
  });
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): JSON.stringify escapes; titles are plain text. */
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
      authors: i.authors.map((a) => ({ name: a.name, ...(a.url ? { url: a.url } : {}) })),
      tags: i.categories,
      language: i.language,
    })),
  });
}
