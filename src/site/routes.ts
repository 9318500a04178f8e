import type { FastifyInstance } from 'fastify';
import type { Article } from '../domain/article.ts';
import type { SiteDeps } from './deps.ts';
import { renderDocument } from './render.ts';
import { unknownAddress } from './routes/answers.tsx';
import { articlePage, articleView } from './routes/article.tsx';
import { dayArchive, monthArchive } from './routes/archive.ts';
import {
  authorFeed,
  feedFormats,
  frontFeed,
  sectionFeed,
  siteFeed,
  tagFeed,
  type FeedFormat,
} from './routes/feeds.ts';
import { favicon } from './routes/favicon.ts';
import { liveFeed } from './live/live-feed.tsx';
import { frontPage, frontPageSlash } from './routes/home.tsx';
import { languageHome, switchLanguage } from './routes/language.ts';
import { authorPage, latestPage, listingSlash, sectionPage, tagPage } from './routes/listings.tsx';
import { siteAsset } from './routes/media.ts';
import { searchPage } from './routes/search.tsx';
import { shareImage } from './routes/share-image.ts';
import { siteKit } from './routes/site-kit.ts';
import { monthSitemap, newsSitemap, pagesSitemap, robotsTxt, sitemapIndex } from './routes/sitemaps.ts';
import { storyPage, topicPage } from './routes/stories.tsx';
import { recordView } from './routes/views.ts';

/** What the rest of the app may render with the reader site's pages. */
export interface SiteRenderers {
  /**
   * The article page's HTML as a reader would get it, whatever the article's status. A function
   * property, not a method: the newsroom takes it off this object and calls it on its own.
   */
  renderArticle: (article: Article) => Promise<string>;
}

/**
 * The reader site's addresses, page family by page family. Each handler lives in
 * `routes/<family>` and does one thing: load → render → send.
 */
export function registerSiteRoutes(app: FastifyInstance, deps: SiteDeps): SiteRenderers {
  const kit = siteKit(deps);

  // Feeds: every listing in RSS, Atom and JSON Feed.
  for (const format of Object.keys(feedFormats) as FeedFormat[]) {
    app.get(`/:lang/${format}`, frontFeed(kit, format));
    app.get(`/:lang/:section/${format}`, sectionFeed(kit, format));
    app.get(`/:lang/tag/:slug/${format}`, tagFeed(kit, format));
    app.get(`/:lang/author/:slug/${format}`, authorFeed(kit, format));
    app.get(`/${format}`, siteFeed(kit, format));
  }
  // A live blog's entries (Atom).
  app.get('/:lang/:section/:slug/live.xml', liveFeed(kit));

  // Sitemaps and robots.txt.
  app.get('/robots.txt', robotsTxt(kit));
  app.get('/sitemap.xml', sitemapIndex(kit));
  app.get('/sitemaps/pages.xml', pagesSitemap(kit));
  app.get('/sitemaps/news.xml', newsSitemap(kit));
  app.get('/sitemaps/:file', monthSitemap(kit));

  // Files, and what no route knows.
  app.setNotFoundHandler(unknownAddress(kit));
  app.get('/assets/*', siteAsset(kit));
  app.get('/favicon.ico', favicon(kit));
  app.get('/share-image/:file', shareImage(kit));

  // Language: the bare site address and the switcher.
  app.get('/', languageHome(kit));
  app.get('/lang/:code', switchLanguage(kit));

  // The view beacon (most read).
  app.post('/api/views', { bodyLimit: 100 }, recordView(kit));

  // Home.
  app.get('/:lang', frontPageSlash(kit));
  app.get('/:lang/', frontPage(kit));

  // Listings: sections, latest, date archives, tags, authors.
  app.get('/:lang/:section', listingSlash(kit));
  app.get('/:lang/:section/', sectionPage(kit));
  app.get('/:lang/latest/', latestPage(kit));
  app.get('/:lang/:year/:month/', monthArchive(kit));
  app.get('/:lang/:year/:month/:day/', dayArchive(kit));
  app.get('/:lang/tag/:slug', tagPage(kit));
  app.get('/:lang/author/:slug', authorPage(kit));

  // Stories and topics.
  app.get('/:lang/story/:id', storyPage(kit));
  app.get('/:lang/topic/:kind/:slug', topicPage(kit));

  // Search.
  app.get('/:lang/search', searchPage(kit));

  // Articles.
  app.get('/:lang/:section/:slug', articlePage(kit));

  return { renderArticle: async (a) => renderDocument(await articleView(kit, a)) };
}
