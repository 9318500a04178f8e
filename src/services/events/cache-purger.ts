import type { ArticleEventPayload } from '../../domain/events.ts';
import { paths } from '../../lib/paths.ts';

/** Tells the CDN or cache in front of the site to drop pages. */
/**
 * The path that purges every page (a site-wide setting changed): the page caches drop all they
 * hold; a CDN gets `PURGE <base>/*` (Varnish and Fastly purge-all rules match it).
 */
export const EVERY_PAGE = '/*';

export interface CachePurger {
  purge(pathsToPurge: string[]): Promise<void>;
}

/** Site-wide feeds (every language): `/feed.xml`, `/atom.xml`, `/feed.json`. */
const SITE_FEEDS = ['/feed.xml', '/atom.xml', '/feed.json'];

/**
 * The date archives an article may be listed in: its month, and its day in any time zone (the
 * site's zone is not known here, so the UTC day and the days either side), plus the month's
 * article sitemap.
 */
function archivesOf(language: string, publishedAt: string | null): string[] {
  if (!publishedAt) return [];
  const at = new Date(publishedAt);
  if (Number.isNaN(at.getTime())) return [];
  const days = [-1, 0, 1].map((d) => new Date(at.getTime() + d * 86_400_000));
  const months = new Set(days.map((d) => `${d.getUTCFullYear()}-${d.getUTCMonth() + 1}`));
  return [
    ...[...months].map((m) => {
      const [y = 0, mo = 0] = m.split('-').map(Number);
      return paths.archive(language, y, mo);
    }),
    ...days.map((d) => paths.archive(language, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())),
    `/sitemaps/articles-${at.toISOString().slice(0, 7)}.xml`,
  ];
}

/** Every public page an article change can alter: the article, its listings, feeds, archives and sitemaps. */
export function pathsAffectedBy(a: ArticleEventPayload): string[] {
  const listing = [
    paths.front(a.language),
    paths.latest(a.language),
    paths.section(a.language, a.sectionSlug),
  ];
  const tagsAndAuthors = [
    ...a.tagSlugs.map((t) => `${paths.tag(a.language, t)}/`),
    ...a.authorSlugs.map((p) => `${paths.author(a.language, p)}/`),
  ];
  const feeds = [...listing.filter((p) => p !== paths.latest(a.language)), ...tagsAndAuthors].flatMap(
    (base) => [`${base}feed.xml`, `${base}atom.xml`, `${base}feed.json`],
  );
  return [
    paths.article(a.language, a.sectionSlug, a.slug),
    ...listing,
    ...tagsAndAuthors.map((p) => p.replace(/\/$/, '')),
    ...feeds,
    ...SITE_FEEDS,
    ...archivesOf(a.language, a.publishedAt),
    '/sitemap.xml',
    '/sitemaps/news.xml',
    '/sitemaps/pages.xml',
  ];
}

/**
 * Sends `PURGE <base><path>` for each path (Varnish, Fastly and nginx cache-purge understand it).
 * With no base configured there is no shared cache to purge and this does nothing.
 */
export class HttpCachePurger implements CachePurger {
  constructor(
    private readonly baseUrl: string | null,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async purge(list: string[]): Promise<void> {
    if (!this.baseUrl) return;
    const base = this.baseUrl.replace(/\/+$/, '');
    const results = await Promise.allSettled(
      [...new Set(list)].map((p) =>
        this.fetchImpl(`${base}${p}`, { method: 'PURGE', signal: AbortSignal.timeout(5_000) }),
      ),
    );
    const failed = results.filter((r) => r.status === 'rejected' || !r.value.ok).length;
    if (failed) throw new Error(`cache purge: ${failed} of ${results.length} requests failed`);
  }
}
