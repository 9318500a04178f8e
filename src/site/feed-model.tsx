import { renderToString } from 'preact-render-to-string';
import { withSafeUrls, type Article } from '../domain/article.ts';
import { publicUrl } from '../domain/urls.ts';
import type { FeedItem, FeedModel } from '../feeds/feeds.ts';
import { taglineIn, type SiteSettings } from '../domain/site.ts';
import { ArticleBody } from './components/ArticleBody.tsx';
import { absolute, paths } from './urls.ts';
import { typeset } from '../lib/typography.ts';

/** How many of the newest articles a feed carries. */
export const FEED_ITEMS = 50;

/** Feed URLs of a listing page ("/en/world/" → "/en/world/feed.xml"). */
export const feedPaths = (listingPath: string) => {
  const base = listingPath.endsWith('/') ? listingPath : `${listingPath}/`;
  return { rss: `${base}feed.xml`, atom: `${base}atom.xml`, json: `${base}feed.json` };
};

/** One article as a feed item; the GUID comes from the id, so it never changes. */
export function feedItem(article: Article, base: string, full: boolean): FeedItem {
  // Addresses stored before the URL policy existed are checked again before they go out.
  const a = typeset(withSafeUrls(article));
  // The featured image, else the body's first: site paths made absolute, external ones kept.
  const imageUrl = [a.featuredImage?.src, ...a.body.map((b) => (b.type === 'image' ? b.src : undefined))]
    .map((src) => publicUrl('image', base, src))
    .find((u) => u !== null);
  return {
    guid: `urn:uuid:${a.id}`,
    url: absolute(base, paths.article(a.language, a.section.slug, a.slug)),
    title: a.headline,
    summary:
      a.standfirst ??
      (a.bodyText.length > 300 ? `${a.bodyText.slice(0, 297).replace(/\s+\S*$/, '')}…` : a.bodyText),
    contentHtml: full ? renderToString(<ArticleBody body={a.body} />) : null,
    published: a.publishedAt ?? a.createdAt,
    updated: a.updatedAt ?? a.publishedAt ?? a.createdAt,
    authors: a.authors.map((p) => ({
      name: p.name,
      url: absolute(base, paths.author(a.language, p.slug)),
    })),
    categories: [a.section.name, ...a.tags.map((t) => t.name)],
    image: imageUrl ? { url: imageUrl, type: imageType(imageUrl) } : null,
    language: a.language,
  };
}

/** The feed of a listing page (its path gives the feed URLs) from its newest articles. */
export function feedModel(
  s: SiteSettings,
  articles: Article[],
  language: string,
  title: string,
  listingPath: string,
): FeedModel {
  const urls = feedPaths(listingPath);
  return {
    id: absolute(s.baseUrl, urls.atom),
    title,
    description: taglineIn(s, language),
    language,
    homeUrl: absolute(s.baseUrl, listingPath),
    urls: {
      rss: absolute(s.baseUrl, urls.rss),
      atom: absolute(s.baseUrl, urls.atom),
      json: absolute(s.baseUrl, urls.json),
    },
    publisher: s.publisher.legalName,
    items: articles.map((a) => feedItem(a, s.baseUrl, s.feedFullText)),
  };
}

const imageTypes: Record<string, string> = {
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};

/** The media type of an image by its file name (feeds' enclosures need one); JPEG when it has none. */
function imageType(url: string): string {
  const ext = /\.(\w+)$/.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
  return imageTypes[ext] ?? 'image/jpeg';
}
