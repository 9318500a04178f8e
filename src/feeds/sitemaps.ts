import type { Transform } from 'node:stream';
import { SitemapIndexStream, SitemapStream, type SitemapItemLoose } from 'sitemap';

/** Sitemaps and the sitemap index as XML strings, through the `sitemap` library (in memory). */
export interface SitemapUrl {
  url: string;
  lastmod?: Date;
  /** Other language versions of the page (xhtml:link hreflang). */
  alternates?: { language: string; url: string }[];
  images?: { url: string; caption?: string }[];
  news?: { publication: string; language: string; title: string; published: Date };
}

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' +
  ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"' +
  ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">';

/**
 * Feeds `items` through one of the library's streams and collects the XML. Any error comes back
 * as a rejected promise, never as an uncaught exception:
 *  - the library validates items inside its transform and throws there; for an item queued
 *    behind another that throw would happen on a later tick, outside any caller, and end the
 *    process. So each item is written only once the stream has taken the one before: the
 *    transform then runs inside `write()`, and its throw rejects here;
 *  - errors the stream emits are listened to for its whole life, not once.
 */
async function render(stream: Transform, items: readonly unknown[]): Promise<string> {
  const chunks: string[] = [];
  // Declared wider than its first value: the stream's error handler assigns it later.
  let failure = null as Error | null;
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('data', (chunk: Buffer | string) => chunks.push(chunk.toString()));
    stream.on('error', (e) => {
      failure ??= e;
      reject(e);
    });
    stream.on('end', resolve);
  });
  // Awaited below; until then a rejection must not count as unhandled.
  ended.catch(() => undefined);
  try {
    for (const item of items) {
      const written = new Promise<void>((resolve, reject) => {
        stream.write(item, (e) => (e ? reject(e) : resolve()));
      });
      // An error the stream emits instead of answering the write ends the wait as well.
      await Promise.race([written, ended]);
      if (failure) throw failure;
    }
    stream.end();
    await ended;
  } catch (e) {
    stream.destroy();
    throw e;
  }
  return chunks.join('');
}

export async function sitemapXml(urls: SitemapUrl[]): Promise<string> {
  // The library refuses to write a sitemap without URLs; an empty urlset is valid and says "nothing now".
  if (urls.length === 0) return `${URLSET_OPEN}</urlset>`;
  const items = urls.map((u) => {
    const item: SitemapItemLoose = { url: u.url };
    if (u.lastmod) item.lastmod = u.lastmod.toISOString();
    if (u.alternates?.length)
      item.links = u.alternates.map((a) => ({ lang: a.language, hreflang: a.language, url: a.url }));
    if (u.images?.length)
      item.img = u.images.map((i) => ({ url: i.url, ...(i.caption ? { caption: i.caption } : {}) }));
    if (u.news) {
      item.news = {
        publication: { name: u.news.publication, language: u.news.language },
        publication_date: u.news.published.toISOString(),
        title: u.news.title,
      };
    }
    return item;
  });
  return render(new SitemapStream({ xmlns: { news: true, xhtml: true, image: true, video: false } }), items);
}

export async function sitemapIndexXml(sitemaps: { url: string; lastmod?: Date }[]): Promise<string> {
  return render(
    new SitemapIndexStream(),
    sitemaps.map((s) => ({ url: s.url, ...(s.lastmod ? { lastmod: s.lastmod.toISOString() } : {}) })),
  );
}
