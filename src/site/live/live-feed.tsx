import { renderToString } from 'preact-render-to-string';
import type { Article } from '../../domain/article.ts';
import { arrangeEntries, type LiveEntry } from '../../domain/live-blog.ts';
import type { SiteSettings } from '../../domain/site.ts';
import { atom, type FeedItem, type FeedModel } from '../../feeds/feeds.ts';
import { PUBLIC_PAGE_CACHE, cacheFor } from '../../http/caching.ts';
import { ArticleBody } from '../components/ArticleBody.tsx';
import { passToNotFound, type SiteHandler, type SiteKit } from '../routes/site-kit.ts';
import { absolute, paths } from '../urls.ts';

/** How many of the newest entries the feed carries (feed readers keep what they fetched before). */
export const LIVE_FEED_ENTRIES = 100;

/** An entry's title: entries have none, so its first words stand in (Atom requires one). */
function titleOf(entry: LiveEntry): string {
  const text = entry.bodyText.replace(/\s+/g, ' ').trim();
  if (!text) return entry.authorName;
  return text.length > 90 ? `${text.slice(0, 89).replace(/\s+\S*$/, '')}…` : text;
}

/**
 * A live blog's entries as a feed model: the newest first (the key points among them, by their
 * time), each linked at its `#entry-<id>` on the page, with its time, author and text.
 */
export function liveFeedModel(s: SiteSettings, article: Article, entries: readonly LiveEntry[]): FeedModel {
  const pagePath = paths.article(article.language, article.section.slug, article.slug);
  const page = absolute(s.baseUrl, pagePath);
  const self = absolute(s.baseUrl, paths.liveFeed(article.language, article.section.slug, article.slug));
  const { pinned, stream } = arrangeEntries(entries);
  const shown = [...(pinned ? [pinned] : []), ...stream]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id))
    .slice(0, LIVE_FEED_ENTRIES);
  const items: FeedItem[] = shown.map((e) => ({
    guid: `urn:uuid:${e.id}`,
    url: `${page}#entry-${e.id}`,
    title: titleOf(e),
    summary: null,
    contentHtml: renderToString(<ArticleBody body={e.body} />),
    published: e.createdAt,
    updated: e.updatedAt,
    authors: [{ name: e.authorName }],
    categories: [],
    image: null,
    language: article.language,
  }));
  return {
    id: self,
    title: `${article.headline} — ${s.name}`,
    description: article.standfirst ?? article.headline,
    language: article.language,
    homeUrl: page,
    // Only Atom is offered; the other two fields are what FeedModel asks for and no renderer here reads.
    urls: { rss: self, atom: self, json: self },
    publisher: s.publisher.legalName,
    items,
  };
}

/**
 * `/en/world/<slug>/live.xml`: a published live blog's entries in Atom. Cached like the other
 * feeds; the outbox's `live.changed` purges it with the page. Anything else is not found.
 */
export const liveFeed =
  (kit: SiteKit): SiteHandler<{ lang: string; section: string; slug: string }> =>
  async (request, reply) => {
    const { site, reader, live } = kit.deps;
    const { lang, section, slug } = request.params;
    if (!site.isLanguage(lang)) return passToNotFound(reply);
    const found = await reader.lookup(lang, section, slug);
    if (found.kind === 'moved')
      return reply.redirect(paths.liveFeed(lang, found.article.section.slug, found.article.slug), 301);
    if (found.kind !== 'found') return passToNotFound(reply);
    const blog = await live.find(found.article.id);
    if (!blog) return passToNotFound(reply);
    const model = liveFeedModel(site.settings(), found.article, await live.entries(found.article.id));
    const newest = model.items.reduce((d, i) => (i.updated > d ? i.updated : d), blog.startedAt);
    cacheFor(reply, PUBLIC_PAGE_CACHE);
    reply.header('last-modified', newest.toUTCString());
    return reply.type('application/atom+xml; charset=utf-8').send(atom(model));
  };
