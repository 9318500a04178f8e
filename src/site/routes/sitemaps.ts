import type { FastifyReply } from 'fastify';
import type { SitemapUrl } from '../../feeds/sitemaps.ts';
import { PUBLIC_PAGE_CACHE, cacheFor } from '../../http/caching.ts';
import type { SitemapEntry } from '../../services/articles/article-reader.ts';
import { publicUrl } from '../../domain/urls.ts';
import { smartQuotes } from '../../lib/typography.ts';
import { absolute, paths } from '../urls.ts';
import { passToNotFound, type SiteHandler, type SiteKit } from './site-kit.ts';

/**
 * The sitemap writer (the sitemap package, which brings an XML parser with it), loaded on the
 * first sitemap request: a crawler asks for it now and then, a start need not compile it.
 */
const writer = () => import('../../feeds/sitemaps.ts');
const sitemapXml = async (urls: SitemapUrl[]) => (await writer()).sitemapXml(urls);
const sitemapIndexXml = async (sitemaps: { url: string; lastmod?: Date }[]) =>
  (await writer()).sitemapIndexXml(sitemaps);

const XML = 'application/xml; charset=utf-8';
const NEWS_WINDOW_MS = 48 * 3600 * 1000;

const send = (reply: FastifyReply, xml: string, cache = PUBLIC_PAGE_CACHE) =>
  cacheFor(reply, cache).type(XML).send(xml);

const absoluteIn = (kit: SiteKit) => (path: string) => absolute(kit.deps.site.settings().baseUrl, path);

/** An article's images, each once: site paths made absolute, external ones kept, unsafe ones left out. */
function imagesOf(baseUrl: string, e: SitemapEntry): NonNullable<SitemapUrl['images']> {
  const seen = new Set<string>();
  return e.images.flatMap((i) => {
    const url = publicUrl('image', baseUrl, i.src);
    if (!url || seen.has(url)) return [];
    seen.add(url);
    return [{ url, ...(i.caption ? { caption: i.caption } : {}) }];
  });
}

/** An article's URL with its other-language versions (hreflang, from `all`) and images. */
function articleUrl(kit: SiteKit, all: SitemapEntry[]): (e: SitemapEntry) => SitemapUrl {
  const { site } = kit.deps;
  const abs = absoluteIn(kit);
  const groups = new Map<string, SitemapEntry[]>();
  for (const e of all) groups.set(e.translationGroupId, [...(groups.get(e.translationGroupId) ?? []), e]);
  return (e) => {
    const order = site.settings().languages;
    const versions = [...(groups.get(e.translationGroupId) ?? [])].sort(
      (a, b) => order.indexOf(a.language) - order.indexOf(b.language),
    );
    return {
      url: abs(paths.article(e.language, e.sectionSlug, e.slug)),
      // The article's own time (updated, else published), not when its row was last written.
      lastmod: e.updatedAt ?? e.publishedAt,
      ...(versions.length > 1
        ? {
            alternates: versions.map((v) => ({
              language: v.language,
              url: abs(paths.article(v.language, v.sectionSlug, v.slug)),
            })),
          }
        : {}),
      images: imagesOf(site.settings().baseUrl, e),
    };
  };
}

/** `/robots.txt`: everything but the newsroom, search results and the switcher; where the sitemaps are. */
export const robotsTxt =
  (kit: SiteKit): SiteHandler =>
  async (_request, reply) => {
    const abs = absoluteIn(kit);
    const lines = [
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin',
      ...kit.deps.site.settings().languages.map((l) => `Disallow: /${l}/search`),
      'Disallow: /lang/',
      '',
      `Sitemap: ${abs('/sitemap.xml')}`,
      `Sitemap: ${abs('/sitemaps/news.xml')}`,
      '',
    ];
    return cacheFor(reply, PUBLIC_PAGE_CACHE).type('text/plain; charset=utf-8').send(lines.join('\n'));
  };

/** `/sitemap.xml`: the index — listing pages, the news sitemap, one sitemap per month of articles. */
export const sitemapIndex =
  (kit: SiteKit): SiteHandler =>
  async (_request, reply) => {
    const abs = absoluteIn(kit);
    const months = await kit.deps.reader.sitemapMonths();
    const newest = months[0]?.lastModified;
    return send(
      reply,
      await sitemapIndexXml([
        { url: abs('/sitemaps/pages.xml'), ...(newest ? { lastmod: newest } : {}) },
        { url: abs('/sitemaps/news.xml'), ...(newest ? { lastmod: newest } : {}) },
        ...months.map((m) => ({ url: abs(`/sitemaps/articles-${m.month}.xml`), lastmod: m.lastModified })),
      ]),
    );
  };

/**
 * `/sitemaps/pages.xml`: front pages and sections in every language; tag and author pages only in
 * the languages they list something in (an empty listing is not worth a crawl, and says noindex).
 */
export const pagesSitemap =
  (kit: SiteKit): SiteHandler =>
  async (_request, reply) => {
    const { site, taxonomy } = kit.deps;
    const abs = absoluteIn(kit);
    const languages = site.settings().languages;
    const [sections, tagsBy, authorsBy] = await Promise.all([
      taxonomy.sections(),
      Promise.all(languages.map(async (l) => new Set((await taxonomy.usedTags(l)).map((t) => t.slug)))),
      Promise.all(languages.map(async (l) => new Set((await taxonomy.authors(l)).map((p) => p.slug)))),
    ]);
    const inLanguages = (codes: string[], path: (lang: string) => string): SitemapUrl[] =>
      codes.map((l) => ({
        url: abs(path(l)),
        ...(codes.length > 1 ? { alternates: codes.map((o) => ({ language: o, url: abs(path(o)) })) } : {}),
      }));
    const everyLanguage = (path: (lang: string) => string) => inLanguages(languages, path);
    const where = (sets: Set<string>[], slug: string) => languages.filter((_, i) => sets[i]?.has(slug));
    const slugs = (sets: Set<string>[]) => [...new Set(sets.flatMap((s) => [...s]))].sort();
    return send(
      reply,
      await sitemapXml([
        ...everyLanguage((l) => paths.front(l)),
        ...sections.flatMap((s) => everyLanguage((l) => paths.section(l, s.slug))),
        ...slugs(tagsBy).flatMap((t) => inLanguages(where(tagsBy, t), (l) => paths.tag(l, t))),
        ...slugs(authorsBy).flatMap((p) => inLanguages(where(authorsBy, p), (l) => paths.author(l, p))),
      ]),
    );
  };

/** `/sitemaps/news.xml`: the Google News sitemap, articles of the last 48 hours. */
export const newsSitemap =
  (kit: SiteKit): SiteHandler =>
  async (_request, reply) => {
    const { site, reader } = kit.deps;
    const now = kit.deps.clock.now();
    const entries = await reader.sitemapEntries(
      new Date(now.getTime() - NEWS_WINDOW_MS),
      new Date(now.getTime() + 60_000),
    );
    const urlOf = articleUrl(kit, entries);
    const urls = entries.map((e) => ({
      ...urlOf(e),
      news: {
        publication: site.settings().name,
        language: e.language,
        title: smartQuotes(e.headline, e.language),
        published: e.publishedAt,
      },
    }));
    return send(
      reply,
      await sitemapXml(urls),
      'public, max-age=60, s-maxage=120, stale-while-revalidate=600',
    );
  };

/** The month a sitemap file name names (`articles-2025-11.xml`), or null. */
export function sitemapMonth(file: string): { year: number; month: number } | null {
  const m = /^articles-(\d{4})-(\d{2})\.xml$/.exec(file);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) return null;
  return { year, month };
}

/** `/sitemaps/articles-2025-11.xml`: the articles published that month (UTC); 404 for an empty month. */
export const monthSitemap =
  (kit: SiteKit): SiteHandler<{ file: string }> =>
  async (request, reply) => {
    const { reader } = kit.deps;
    const at = sitemapMonth(request.params.file);
    if (!at) return passToNotFound(reply);
    const { year, month } = at;
    const entries = await reader.sitemapEntries(
      new Date(Date.UTC(year, month - 1, 1)),
      new Date(Date.UTC(year, month, 1)),
    );
    if (!entries.length) return passToNotFound(reply);
    // Translations may sit in a neighbouring month; look a month either side for hreflang partners.
    const around = await reader.sitemapEntries(
      new Date(Date.UTC(year, month - 2, 1)),
      new Date(Date.UTC(year, month + 1, 1)),
    );
    return send(reply, await sitemapXml(entries.map(articleUrl(kit, around))));
  };
