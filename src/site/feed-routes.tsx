import type { FastifyInstance, FastifyReply } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { withSafeUrls, type Article } from '../domain/article.ts';
import { publicUrl } from '../domain/urls.ts';
import { atom, jsonFeed, rss, type FeedItem, type FeedModel } from '../feeds/feeds.ts';
import type { SiteSettings } from '../domain/site.ts';
import { PUBLIC_PAGE_CACHE, cacheFor } from '../http/caching.ts';
import type { ListFilter } from '../services/articles/article-reader.ts';
import { ArticleBody } from './components/ArticleBody.tsx';
import type { SiteDeps } from './deps.ts';
import { absolute, paths } from './urls.ts';

export const FEED_ITEMS = 50;

const formats = {
  'feed.xml': { render: rss, type: 'application/rss+xml; charset=utf-8' },
  'atom.xml': { render: atom, type: 'application/atom+xml; charset=utf-8' },
  'feed.json': { render: jsonFeed, type: 'application/feed+json; charset=utf-8' },
} as const;
type Format = keyof typeof formats;

/** Feed URLs of a listing page ("/en/world/" → "/en/world/feed.xml"). */
export const feedPaths = (listingPath: string) => {
  const base = listingPath.endsWith('/') ? listingPath : `${listingPath}/`;
  return { rss: `${base}feed.xml`, atom: `${base}atom.xml`, json: `${base}feed.json` };
};

/** One article as a feed item; the GUID comes from the id, so it never changes. */
export function feedItem(article: Article, base: string, full: boolean): FeedItem {
  // Addresses stored before the URL policy existed are checked again before they go out.
  const a = withSafeUrls(article);
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
    description: s.tagline,
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

/** RSS, Atom and JSON Feed for each language's front page, sections, tags and authors. */
export function registerFeedRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { site, reader, taxonomy } = deps;

  const send = async (
    reply: FastifyReply,
    format: Format,
    filter: ListFilter,
    title: string,
    listingPath: string,
  ) => {
    const model = feedModel(
      site.settings(),
      await reader.recent(filter, FEED_ITEMS),
      filter.language,
      title,
      listingPath,
    );
    const newest = model.items.reduce((d, i) => (i.updated > d ? i.updated : d), new Date(0));
    cacheFor(reply, PUBLIC_PAGE_CACHE);
    if (model.items.length) reply.header('last-modified', newest.toUTCString());
    return reply.type(formats[format].type).send(formats[format].render(model));
  };

  for (const file of Object.keys(formats) as Format[]) {
    app.get(`/:lang/${file}`, async (request, reply) => {
      const { lang } = request.params as { lang: string };
      if (!site.isLanguage(lang)) return reply.callNotFound();
      return send(reply, file, { language: lang }, site.settings().name, paths.front(lang));
    });
    app.get(`/:lang/:section/${file}`, async (request, reply) => {
      const { lang, section: slug } = request.params as { lang: string; section: string };
      const section = site.isLanguage(lang) ? await taxonomy.section(slug, lang) : null;
      if (!section) return reply.callNotFound();
      return send(
        reply,
        file,
        { language: lang, sectionId: section.id },
        `${section.name} — ${site.settings().name}`,
        paths.section(lang, section.slug),
      );
    });
    app.get(`/:lang/tag/:slug/${file}`, async (request, reply) => {
      const { lang, slug } = request.params as { lang: string; slug: string };
      const tag = site.isLanguage(lang) ? await taxonomy.tag(slug, lang) : null;
      if (!tag) return reply.callNotFound();
      return send(
        reply,
        file,
        { language: lang, tagId: tag.id },
        `${tag.name} — ${site.settings().name}`,
        `${paths.tag(lang, tag.slug)}/`,
      );
    });
    app.get(`/:lang/author/:slug/${file}`, async (request, reply) => {
      const { lang, slug } = request.params as { lang: string; slug: string };
      const person = site.isLanguage(lang) ? await taxonomy.person(slug) : null;
      if (!person) return reply.callNotFound();
      return send(
        reply,
        file,
        { language: lang, personId: person.id },
        `${person.name} — ${site.settings().name}`,
        `${paths.author(lang, person.slug)}/`,
      );
    });
    // A site-wide address for feed readers that guess: the default language's feed.
    app.get(`/${file}`, async (_request, reply) =>
      reply.redirect(`/${site.settings().defaultLanguage}/${file}`, 301),
    );
  }
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
