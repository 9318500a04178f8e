import type { ArticleEventPayload } from '../../domain/events.ts';
import { paths } from '../../lib/paths.ts';

/** Tells the CDN or cache in front of the site to drop pages. */
export interface CachePurger {
  purge(pathsToPurge: string[]): Promise<void>;
}

/** Every public page an article change can alter: the article, its listings, feeds and sitemaps. */
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
    '/sitemap.xml',
    '/sitemaps/news.xml',
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
