import type { FastifyReply } from 'fastify';
import { atom, jsonFeed, rss } from '../../feeds/feeds.ts';
import { PUBLIC_PAGE_CACHE, cacheFor } from '../../http/caching.ts';
import type { ListFilter } from '../../services/articles/article-reader.ts';
import { FEED_ITEMS, feedModel } from '../feed-model.tsx';
import { paths } from '../urls.ts';
import { passToNotFound, type SiteHandler, type SiteKit } from './site-kit.ts';

/** The feed files every listing offers, by name. */
export const feedFormats = {
  'feed.xml': { render: rss, type: 'application/rss+xml; charset=utf-8' },
  'atom.xml': { render: atom, type: 'application/atom+xml; charset=utf-8' },
  'feed.json': { render: jsonFeed, type: 'application/feed+json; charset=utf-8' },
} as const;
export type FeedFormat = keyof typeof feedFormats;

/** Sends the feed of a listing (`listingPath` gives the feed's own URLs) from its newest articles. */
async function sendFeed(
  kit: SiteKit,
  reply: FastifyReply,
  format: FeedFormat,
  filter: ListFilter,
  title: string,
  listingPath: string,
): Promise<FastifyReply> {
  const settings = kit.deps.site.settings();
  const model = feedModel(
    settings,
    await kit.deps.reader.recent(filter, FEED_ITEMS),
    filter.language,
    title,
    listingPath,
  );
  const newest = model.items.reduce((d, i) => (i.updated > d ? i.updated : d), new Date(0));
  cacheFor(reply, PUBLIC_PAGE_CACHE);
  if (model.items.length) reply.header('last-modified', newest.toUTCString());
  return reply.type(feedFormats[format].type).send(feedFormats[format].render(model));
}

/** `/en/feed.xml`: a language's front page. */
export const frontFeed =
  (kit: SiteKit, format: FeedFormat): SiteHandler<{ lang: string }> =>
  async (request, reply) => {
    const { site } = kit.deps;
    const { lang } = request.params;
    if (!site.isLanguage(lang)) return passToNotFound(reply);
    return sendFeed(kit, reply, format, { language: lang }, site.settings().name, paths.front(lang));
  };

/** `/en/world/feed.xml` */
export const sectionFeed =
  (kit: SiteKit, format: FeedFormat): SiteHandler<{ lang: string; section: string }> =>
  async (request, reply) => {
    const { site, taxonomy } = kit.deps;
    const { lang } = request.params;
    const section = site.isLanguage(lang) ? await taxonomy.section(request.params.section, lang) : null;
    if (!section) return passToNotFound(reply);
    const title = `${section.name} — ${site.settings().name}`;
    return sendFeed(
      kit,
      reply,
      format,
      { language: lang, sectionId: section.id },
      title,
      paths.section(lang, section.slug),
    );
  };

/** `/en/tag/<slug>/feed.xml` */
export const tagFeed =
  (kit: SiteKit, format: FeedFormat): SiteHandler<{ lang: string; slug: string }> =>
  async (request, reply) => {
    const { site, taxonomy } = kit.deps;
    const { lang, slug } = request.params;
    const tag = site.isLanguage(lang) ? await taxonomy.tag(slug, lang) : null;
    if (!tag) return passToNotFound(reply);
    const title = `${tag.name} — ${site.settings().name}`;
    return sendFeed(
      kit,
      reply,
      format,
      { language: lang, tagId: tag.id },
      title,
      `${paths.tag(lang, tag.slug)}/`,
    );
  };

/** `/en/author/<slug>/feed.xml` */
export const authorFeed =
  (kit: SiteKit, format: FeedFormat): SiteHandler<{ lang: string; slug: string }> =>
  async (request, reply) => {
    const { site, taxonomy } = kit.deps;
    const { lang, slug } = request.params;
    const person = site.isLanguage(lang) ? await taxonomy.person(slug) : null;
    if (!person) return passToNotFound(reply);
    const title = `${person.name} — ${site.settings().name}`;
    return sendFeed(
      kit,
      reply,
      format,
      { language: lang, personId: person.id },
      title,
      `${paths.author(lang, person.slug)}/`,
    );
  };

/** `/feed.xml`: a site-wide address for feed readers that guess: the default language's feed. */
export const siteFeed =
  (kit: SiteKit, format: FeedFormat): SiteHandler =>
  async (_request, reply) =>
    reply.redirect(`/${kit.deps.site.settings().defaultLanguage}/${format}`, 301);
