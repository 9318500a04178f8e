import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import {
  MemoryAttemptCounter,
  MemoryRepeatFilter,
  RedisAttemptCounter,
  RedisDailySecret,
  RedisRepeatFilter,
} from './services/limits/counters.ts';
import { defaultMediaConfig, type Config } from './config/config.ts';
import { registerEtags } from './http/caching.ts';
import { answerFrameworkError, registerErrorHandler } from './http/errors.ts';
import { registerSecurityHeaders } from './http/security.ts';
import { TextImporter } from './ingest/text/import-text.ts';
import { slugify } from './lib/slug.ts';
import { ArticleReader } from './services/articles/article-reader.ts';
import { ArticleWriter } from './services/articles/article-writer.ts';
import { systemClock, uuid, type Clock, type IdGenerator } from './services/deps.ts';
import { SiteService } from './services/site/site.service.ts';
import { SearchService } from './services/search/search.service.ts';
import { REPEAT_WINDOW_MS, ViewCounter } from './services/analytics/view-counter.ts';
import { ApiKeyService } from './services/api-keys/api-key.service.ts';
import { WebhookService } from './services/webhooks/webhook.service.ts';
import { EventDispatcher } from './services/events/event-dispatcher.ts';
import { HttpCachePurger, type CachePurger } from './services/events/cache-purger.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { AnalysisService } from './services/stories/analysis.service.ts';
import { StoryService } from './services/stories/story.service.ts';
import { AccountService, FAILURE_WINDOW_MS } from './services/accounts/account.service.ts';
import { createMailTransport, RelayLog, type MailTransport } from './services/mail/index.ts';
import { MediaService } from './services/media/media.service.ts';
import { FileMediaStore } from './services/media/media-store.ts';
import { registerMediaRoutes } from './site/media-routes.ts';
import { UPLOAD_CONTENT_TYPE } from './domain/media.ts';
import { registerRawBodyParser } from './http/raw-body.ts';
import { mediaEndpoints } from './admin/api/media.ts';
import { registerAdmin } from './admin/routes.tsx';
import { adminApiRoutes } from './admin/api/index.ts';
import { adminAppRoutes } from './admin/app-shell.ts';
import { NewsroomService } from './services/newsroom/newsroom.service.ts';
import { absolute, paths } from './lib/paths.ts';
import { registerContentApi } from './api/content/routes.ts';
import { createSearchIndex } from './search/index.ts';
import { TaxonomyService } from './services/taxonomy/taxonomy.service.ts';
import { registerSiteRoutes } from './site/routes.tsx';
import { siteCatalogs } from './site/messages/index.ts';
import { MessageCatalogs } from './lib/messages.ts';
import cookie from '@fastify/cookie';
import { buildAssets } from './site/assets.ts';
import { openDatabase, type Database } from './storage/database.ts';
import { createStore, type Store } from './storage/repositories/index.ts';

/** The composition root: the one place that builds and wires everything. */
export interface Container {
  config: Config;
  database: Database;
  /** Migrations applied by this start. */
  migrated: string[];
  store: Store;
  clock: Clock;
  site: SiteService;
  taxonomy: TaxonomyService;
  writer: ArticleWriter;
  newsroom: NewsroomService;
  reader: ArticleReader;
  search: SearchService;
  apiKeys: ApiKeyService;
  webhooks: WebhookService;
  events: EventDispatcher;
  analysis: AnalysisService;
  stories: StoryService;
  accounts: AccountService;
  /** The Redis shared by instances (REDIS_URL), or null. */
  redis: Redis | null;
  /** Where invitation and password-reset mail goes (MAIL_TRANSPORT). */
  mail: MailTransport;
  /** The log mail writes to: standard error until buildApp hands over the server's logger. */
  mailLog: RelayLog;
  media: MediaService;
  textImporter: TextImporter;
  close(): Promise<void>;
}

export interface BuildOptions {
  clock?: Clock;
  newId?: IdGenerator;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Run background jobs (outbox, webhook deliveries); tests drive them by hand. Default true. */
  jobs?: boolean;
  fetch?: typeof fetch;
  purger?: CachePurger;
  onEventError?: (err: unknown, eventId: string) => void;
  /** Mail transport instead of the configured one (tests record messages). */
  mail?: MailTransport;
}

/** Opens the database, runs migrations, loads settings, and wires the services (no HTTP). */
export async function createContainer(config: Config, options: BuildOptions = {}): Promise<Container> {
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? uuid;
  const mailLog = new RelayLog();
  const mail =
    options.mail ??
    createMailTransport(
      config.mail ?? { transport: 'log', smtpUrl: null, from: 'newsdesk@localhost' },
      mailLog,
    );
  const database = openDatabase(config.database);
  // Shared counters for several instances; commands fail fast rather than queue when Redis is down.
  const redis = config.redis
    ? new Redis(config.redis.url, {
        connectTimeout: 2_000,
        maxRetriesPerRequest: 1,
        enableAutoPipelining: true,
      })
    : null;
  try {
    const migrated = await database.migrate();
    const store = createStore(database.db);
    const site = new SiteService(store, {
      ...config.site,
      baseUrl:
        config.site.baseUrl ??
        `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
    });
    await site.load();
    const taxonomy = new TaxonomyService(store, clock, newId);
    const searchIndex = createSearchIndex(database.kind);
    const writer = new ArticleWriter(store, site, taxonomy, clock, searchIndex, newId);
    const search = new SearchService(store, searchIndex, site, taxonomy);
    // Articles written before search existed (or restored from a backup) become findable.
    await search.backfill();
    const reader = new ArticleReader(store);
    const textImporter = new TextImporter(writer, site);
    const webhooks = new WebhookService(store, clock, newId, options.fetch ?? fetch);
    const stories = new StoryService(store, newId);
    const analysis = new AnalysisService(store, site, clock, stories, newId);
    const mediaConfig = config.media ?? defaultMediaConfig(config.database);
    const media = new MediaService(
      store,
      new FileMediaStore(mediaConfig.dir),
      clock,
      { maxBytes: mediaConfig.maxBytes },
      newId,
    );
    const purger = options.purger ?? new HttpCachePurger(config.cachePurgeUrl ?? null);
    const events = new EventDispatcher(store, webhooks, purger, clock, options.onEventError, analysis);
    return {
      config,
      database,
      migrated,
      store,
      clock,
      site,
      taxonomy,
      writer,
      newsroom: new NewsroomService(store, writer, site, clock, newId, purger),
      reader,
      search,
      apiKeys: new ApiKeyService(store, clock, newId),
      webhooks,
      events,
      analysis,
      stories,
      accounts: new AccountService(store, clock, newId, {
        mail,
        baseUrl: () => site.settings().baseUrl,
        onMailError: (err) => mailLog.error({ err }, 'a password reset mail could not be sent'),
        ...(redis
          ? {
              failures: new RedisAttemptCounter(
                redis,
                `${config.redis!.prefix}fail:`,
                FAILURE_WINDOW_MS,
                new MemoryAttemptCounter(FAILURE_WINDOW_MS, clock),
              ),
            }
          : {}),
      }),
      redis,
      mail,
      mailLog,
      media,
      textImporter,
      close: async () => {
        await redis?.quit().catch(() => redis.disconnect());
        await database.close();
      },
    };
  } catch (e) {
    redis?.disconnect();
    await database.close();
    throw e;
  }
}

/** Loads the demo newsroom into an empty site; imported only when asked for, production never pays for it. */
export async function loadDemo(c: Container): Promise<void> {
  const { loadDemoContent } = await import('./ingest/demo/load-demo.ts');
  await loadDemoContent({
    taxonomy: c.taxonomy,
    writer: c.writer,
    textImporter: c.textImporter,
    articleCount: () => c.store.repos.articles.count(),
    marker: {
      get: async () => ((await c.store.repos.settings.getAll()).demo as string | undefined) ?? null,
      set: (v) => c.store.repos.settings.set('demo', v),
    },
    slugTaken: (language, headline) => c.store.repos.articles.slugTaken(language, slugify(headline)),
    languages: c.site.settings().languages,
  });
}

/** A route as registered, with the access it declared (admin routes must declare one). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: string | undefined;
}

export interface App {
  server: FastifyInstance;
  container: Container;
  routes: RegisteredRoute[];
  close(): Promise<void>;
}

/** Builds the HTTP application (not listening): tests call `server.inject()`, main calls `listen()`. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<App> {
  const container = await createContainer(config, options);
  try {
    if (config.demo) await loadDemo(container);
    const settings = container.site.settings();
    const assets = buildAssets({ defaultTextSize: settings.textSize.default, siteName: settings.name });
    const server = Fastify({
      logger: options.logger ?? { level: config.logLevel },
      trustProxy: config.trustProxy,
      // Per-request lines only when debugging; probes never.
      logController: new LogController({
        disableRequestLogging: (req) =>
          !['debug', 'trace'].includes(config.logLevel) || req.url === '/healthz' || req.url === '/readyz',
      }),
      // Slugs may be up to 200 characters (Fastify's default limit for a path parameter is 100).
      routerOptions: { ignoreDuplicateSlashes: true, maxParamLength: 256 },
      frameworkErrors: answerFrameworkError,
    });
    container.mailLog.use(server.log);
    const routes: RegisteredRoute[] = [];
    server.addHook('onRoute', (r) => {
      for (const method of ([] as string[]).concat(r.method)) {
        if (method !== 'HEAD')
          routes.push({ method, url: r.url, access: (r.config as { access?: string } | undefined)?.access });
      }
    });
    registerErrorHandler(server);
    await registerSecurityHeaders(server, {
      scriptHashes: assets.scriptHashes,
      https: settings.baseUrl.startsWith('https:'),
    });
    registerEtags(server);

    server.get('/healthz', async (_req, reply) =>
      reply.header('cache-control', 'no-store').send({ status: 'ok' }),
    );
    server.get('/readyz', async (_req, reply) => {
      try {
        await container.database.ping();
        return reply.header('cache-control', 'no-store').send({ status: 'ready' });
      } catch {
        return reply.code(503).header('cache-control', 'no-store').send({ status: 'unavailable' });
      }
    });
    await server.register(cookie);
    const renderers = registerSiteRoutes(server, {
      messages: new MessageCatalogs(siteCatalogs),
      site: container.site,
      reader: container.reader,
      search: container.search,
      views: container.redis
        ? new ViewCounter(
            container.store,
            container.site,
            container.clock,
            new RedisRepeatFilter(
              container.redis,
              `${config.redis!.prefix}seen:`,
              REPEAT_WINDOW_MS,
              new MemoryRepeatFilter(REPEAT_WINDOW_MS, container.clock),
            ),
            new RedisDailySecret(container.redis, config.redis!.prefix),
          )
        : new ViewCounter(container.store, container.site, container.clock),
      analysis: container.analysis,
      stories: container.stories,
      taxonomy: container.taxonomy,
      assets,
      clock: container.clock,
    });
    registerMediaRoutes(server, { media: container.media });
    // Uploads arrive as the image itself (Content-Type: image/…), limited by the route's bodyLimit.
    registerRawBodyParser(server, UPLOAD_CONTENT_TYPE);
    await registerContentApi(server, {
      site: container.site,
      reader: container.reader,
      taxonomy: container.taxonomy,
      search: container.search,
      apiKeys: container.apiKeys,
      redis: container.redis,
      redisPrefix: config.redis?.prefix ?? '',
    });
    if (options.jobs !== false) {
      // Starts by replaying whatever the outbox holds: nothing is lost when a process dies mid-publish.
      const jobs = startScheduler(
        [
          { name: 'outbox', everyMs: 1_000, run: () => container.events.dispatchPending() },
          { name: 'webhook-deliveries', everyMs: 5_000, run: () => container.webhooks.deliverDue() },
          // Scheduled articles go out on time, also after a restart: the schedule lives in the database.
          { name: 'scheduled-publish', everyMs: 5_000, run: () => container.writer.publishDue() },
          { name: 'analysis-backfill', everyMs: 30_000, run: () => container.analysis.analyzeMissing() },
          { name: 'media-sweep', everyMs: 3_600_000, run: () => container.media.sweep() },
        ],
        server.log,
      );
      server.addHook('onClose', async () => jobs.stop());
    }
    await registerAdmin(server, {
      redis: container.redis,
      redisPrefix: config.redis?.prefix ?? '',
      accounts: container.accounts,
      reader: container.reader,
      stylesheet: assets.stylesheetHref,
      secureCookies: settings.baseUrl.startsWith('https:'),
      timeZone: () => container.site.settings().timeZone,
      extraRoutes: adminApiRoutes({
        newsroom: container.newsroom,
        site: container.site,
        taxonomy: container.taxonomy,
        renderArticle: renderers.renderArticle,
        articleUrl: (a) => absolute(settings.baseUrl, paths.article(a.language, a.section.slug, a.slug)),
        baseUrl: settings.baseUrl,
        analysis: container.analysis,
        more: mediaEndpoints({ media: container.media }),
      }).concat(
        // The newsroom app (npm run build:admin builds it into dist/admin/).
        adminAppRoutes({
          dir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
          siteStylesheet: assets.stylesheetHref,
        }),
      ),
    });
    server.addHook('onClose', async () => container.close());
    await server.ready();
    return { server, container, routes, close: () => server.close() };
  } catch (e) {
    await container.close();
    throw e;
  }
}
