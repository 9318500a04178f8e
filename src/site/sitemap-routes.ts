import type { FastifyInstance, FastifyReply } from 'fastify';
import { sitemapIndexXml, sitemapXml, type SitemapUrl } from '../feeds/sitemaps.ts';
import { PUBLIC_PAGE_CACHE, cacheFor } from '../http/caching.ts';
import type { SitemapEntry } from '../services/articles/article-reader.ts';
import { publicUrl } from '../domain/urls.ts';
import type { SiteDeps } from './deps.ts';
import { absolute, paths } from './urls.ts';

const XML = 'application/xml; charset=utf-8';
const NEWS_WINDOW_MS = 48 * 3600 * 1000;

/** robots.txt, the sitemap index, monthly article sitemaps, listing pages, and the Google News sitemap. */
export function registerSitemapRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { site, reader, taxonomy } = deps;
  const abs = (path: string) => absolute(site.settings().baseUrl, path);
  const send = (reply: FastifyReply, xml: string, cache = PUBLIC_PAGE_CACHE) =>
    cacheFor(reply, cache).type(XML).send(xml);

  /** An article's images, each once: site paths made absolute, external ones kept, unsafe ones left out. */
  const imagesOf = (e: SitemapEntry): NonNullable<SitemapUrl['images']> => {
    const seen = new Set<string>();
    return e.images.flatMap((i) => {
      const url = publicUrl('image', site.settings().baseUrl, i.src);
      if (!url || seen.has(url)) return [];
      seen.add(url);
      return [{ url, ...(i.caption ? { caption: i.caption } : {}) }];
    });
  };

  /** Article URLs with their other-language versions (hreflang) and images. */
  const articleUrls = (entries: SitemapEntry[], all: SitemapEntry[]): SitemapUrl[] => {
    const groups = new Map<string, SitemapEntry[]>();
    for (const e of all) groups.set(e.translationGroupId, [...(groups.get(e.translationGroupId) ?? []), e]);
    return entries.map((e) => {
      const order = site.settings().languages;
      const versions = [...(groups.get(e.translationGroupId) ?? [])].sort(
        (a, b) => order.indexOf(a.language) - order.indexOf(b.language),
      );
      return {
        url: abs(paths.article(e.language, e.sectionSlug, e.slug)),
        lastmod: e.modifiedAt,
        ...(versions.length > 1
          ? {
              alternates: versions.map((v) => ({
                language: v.language,
                url: abs(paths.article(v.language, v.sectionSlug, v.slug)),
              })),
            }
          : {}),
        images: imagesOf(e),
      };
    });
  };

  app.get('/robots.txt', async (_request, reply) => {
    const lines = [
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin',
      ...site.settings().languages.map((l) => `Disallow: /${l}/search`),
      'Disallow: /lang/',
      '',
      `Sitemap: ${abs('/sitemap.xml')}`,
      `Sitemap: ${abs('/sitemaps/news.xml')}`,
      '',
    ];
    return cacheFor(reply, PUBLIC_PAGE_CACHE).type('text/plain; charset=utf-8').send(lines.join('\n'));
  });

  app.get('/sitemap.xml', async (_request, reply) => {
    const months = await reader.sitemapMonths();
    const newest = months[0]?.lastModified;
    return send(
      reply,
      await sitemapIndexXml([
        { url: abs('/sitemaps/pages.xml'), ...(newest ? { lastmod: newest } : {}) },
        { url: abs('/sitemaps/news.xml'), ...(newest ? { lastmod: newest } : {}) },
        ...months.map((m) => ({ url: abs(`/sitemaps/articles-${m.month}.xml`), lastmod: m.lastModified })),
      ]),
    );
  });

  app.get('/sitemaps/pages.xml', async (_request, reply) => {
    const languages = site.settings().languages;
    const [sections, tags, authors] = await Promise.all([
      taxonomy.sections(),
      taxonomy.usedTags(),
      taxonomy.authors(),
    ]);
    const everyLanguage = (path: (lang: string) => string): SitemapUrl[] =>
      languages.map((l) => ({
        url: abs(path(l)),
        alternates: languages.map((o) => ({ language: o, url: abs(path(o)) })),
      }));
    return send(
      reply,
      await sitemapXml([
        ...everyLanguage((l) => paths.front(l)),
        ...sections.flatMap((s) => everyLanguage((l) => paths.section(l, s.slug))),
        ...tags.flatMap((t) => everyLanguage((l) => paths.tag(l, t.slug))),
        ...authors.flatMap((p) => everyLanguage((l) => paths.author(l, p.slug))),
      ]),
    );
  });

  app.get('/sitemaps/news.xml', async (_request, reply) => {
    const now = deps.clock.now();
    const entries = await reader.sitemapEntries(
      new Date(now.getTime() - NEWS_WINDOW_MS),
      new Date(now.getTime() + 60_000),
    );
    const urls = articleUrls(entries, entries).map((u, i) => {
      const e = entries[i]!;
      return {
        ...u,
        news: {
          publication: site.settings().name,
          language: e.language,
          title: e.headline,
          published: e.publishedAt,
        },
      };
    });
    return send(
      reply,
      await sitemapXml(urls),
      'public, max-age=60, s-maxage=120, stale-while-revalidate=600',
    );
  });

  app.get('/sitemaps/:file', async (request, reply) => {
    const m = /^articles-(\d{4})-(\d{2})\.xml$/.exec((request.params as { file: string }).file);
    const year = Number(m?.[1]);
    const month = Number(m?.[2]);
    if (!m || month < 1 || month > 12) return reply.callNotFound();
    const from = new Date(Date.UTC(year, month - 1, 1));
    const until = new Date(Date.UTC(year, month, 1));
    const entries = await reader.sitemapEntries(from, until);
    if (!entries.length) return reply.callNotFound();
    // Translations may sit in a neighbouring month; look a month either side for hreflang partners.
    const around = await reader.sitemapEntries(
      new Date(Date.UTC(year, month - 2, 1)),
      new Date(Date.UTC(year, month + 1, 1)),
    );
    return send(reply, await sitemapXml(articleUrls(entries, around)));
  });
}
