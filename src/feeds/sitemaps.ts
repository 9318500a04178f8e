import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';

/** Sitemaps and the sitemap index as XML strings, through the `sitemap` library (in memory). */
export interface SitemapUrl {
  url: string;
  lastmod?: Date;
  /** Other language versions of the page (xhtml:link hreflang). */
  alternates?: { language: string; url: string }[];
  images?: { url: string; caption?: string }[];
  news?: { publication: string; language: string; title: string; published: Date };
}

export async function sitemapXml(urls: SitemapUrl[]): Promise<string> {
  const stream = new SitemapStream({ xmlns: { news: true, xhtml: true, image: true, video: false } });
  const done = streamToPromise(stream);
  for (const u of urls) {
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
    stream.write(item);
  }
  stream.end();
  return (await done).toString('utf8');
}

export async function sitemapIndexXml(sitemaps: { url: string; lastmod?: Date }[]): Promise<string> {
  const stream = new SitemapIndexStream();
  const done = streamToPromise(stream);
  for (const s of sitemaps)
    stream.write({ url: s.url, ...(s.lastmod ? { lastmod: s.lastmod.toISOString() } : {}) });
  stream.end();
  return (await done).toString('utf8');
}
