import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { adminAppRoutes } from '../admin/app-shell.ts';
import { registerAdmin } from '../admin/routes.tsx';
import { TaxonomyDesk } from '../services/taxonomy/taxonomy-desk.ts';
import { SiteSettingsDesk } from '../services/site/site-settings-desk.ts';
import { adminApiRoutes } from '../api/admin/index.ts';
import { mediaEndpoints } from '../api/admin/media.ts';
import { liveEndpoints } from '../api/admin/live.ts';
import { registerContentApi } from '../api/content/routes.ts';
import { UPLOAD_CONTENT_TYPE } from '../domain/media.ts';
import { registerPageCache } from '../http/page-cache/register-page-cache.ts';
import { registerRawBodyParser } from '../http/raw-body.ts';
import { MessageCatalogs } from '../lib/messages.ts';
import { absolute, paths } from '../lib/paths.ts';
import type { buildAssets } from '../site/assets.ts';
import { siteCatalogs } from '../site/messages/index.ts';
import { registerMediaRoutes } from '../site/routes/media.ts';
import { registerLiveRoutes } from '../site/live/live-routes.tsx';
import { registerSiteRoutes, type SiteRenderers } from '../site/routes.ts';
import type { Container } from './container.ts';
import { viewCounter } from './shared-counters.ts';

type Assets = ReturnType<typeof buildAssets>;

/**
 * The reader site and its media; answers how to render an article page (the newsroom's preview
 * uses it). The site's pages are registered in a scope of their own so that the rendered-page
 * cache (when configured) sits in front of them and of nothing else.
 */
export async function registerReaderWing(
  server: FastifyInstance,
  c: Container,
  assets: Assets,
): Promise<SiteRenderers> {
  const built: { renderers?: SiteRenderers } = {};
  await server.register((scope, _options, done) => {
    // Search answers vary with every query and must show a publish at once: never cached.
    if (c.pageCache) registerPageCache(scope, c.pageCache, { skipRoutes: ['/:lang/search'] });
    built.renderers = registerSiteRoutes(scope, {
      messages: new MessageCatalogs(siteCatalogs),
      site: c.site,
      reader: c.reader,
      search: c.search,
      views: viewCounter(c.counters, c.store, c.site),
      analysis: c.analysis,
      stories: c.stories,
      taxonomy: c.taxonomy,
      redirects: c.redirects,
      assets,
      clock: c.clock,
      live: c.live,
    });
    done();
  });
  registerMediaRoutes(server, { media: c.media });
  // Live blogs' streams and polling answer what is new now: outside the page cache.
  registerLiveRoutes(server, {
    reader: c.reader,
    live: c.live,
    news: c.liveNews,
    site: c.site,
    messages: new MessageCatalogs(siteCatalogs),
    limits: {
      maxStreams: c.config.live?.maxStreams ?? 5_000,
      heartbeatMs: c.config.live?.heartbeatMs ?? 25_000,
      maxQueuedBytes: 256 * 1024,
    },
    pollMs: 15_000,
    onError: (err) => c.mailLog.error({ err }, 'a live-blog entry could not be sent to readers'),
  });
  // Uploads arrive as the image itself (Content-Type: image/…), limited by the route's bodyLimit.
  registerRawBodyParser(server, UPLOAD_CONTENT_TYPE);
  if (!built.renderers) throw new Error('the reader site was not registered');
  return built.renderers;
}

/** The public Content API (/api/v1), read through the same services as the reader site. */
export async function registerContentWing(server: FastifyInstance, c: Container): Promise<void> {
  await registerContentApi(server, {
    site: c.site,
    reader: c.reader,
    taxonomy: c.taxonomy,
    search: c.search,
    apiKeys: c.apiKeys,
    limits: c.requestCounter,
  });
}

/** The newsroom (/admin): the gate, the account pages, the admin API and the app it serves. */
export async function registerNewsroomWing(
  server: FastifyInstance,
  c: Container,
  view: { assets: Assets; renderArticle: Parameters<typeof adminApiRoutes>[0]['renderArticle'] },
): Promise<void> {
  const settings = c.site.settings();
  await registerAdmin(server, {
    limits: c.requestCounter,
    accounts: c.accounts,
    reader: c.reader,
    authors: {
      profiles: c.authorProfiles,
      media: c.media,
      authorHref: (slug) => paths.author(c.site.settings().defaultLanguage, slug),
      languages: () => c.site.languages(),
    },
    stylesheet: view.assets.stylesheetHref,
    secureCookies: settings.baseUrl.startsWith('https:'),
    timeZone: () => c.site.settings().timeZone,
    extraRoutes: adminApiRoutes({
      newsroom: c.newsroom,
      site: c.site,
      taxonomy: c.taxonomy,
      renderArticle: view.renderArticle,
      articleUrl: (a) => absolute(settings.baseUrl, paths.article(a.language, a.section.slug, a.slug)),
      baseUrl: settings.baseUrl,
      analysis: c.analysis,
      siteSettings: new SiteSettingsDesk(c.store, c.site, c.clock),
      taxonomyDesk: new TaxonomyDesk(c.store, c.site, c.clock),
      more: [...mediaEndpoints({ media: c.media }), ...liveEndpoints(c.live)],
    }).concat(
      // The newsroom app (npm run build:admin builds it into dist/admin/).
      adminAppRoutes({
        dir: fileURLToPath(new URL('../../dist/admin', import.meta.url)),
        siteStylesheet: view.assets.stylesheetHref,
      }),
    ),
  });
}
