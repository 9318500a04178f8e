import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  MemoryAttemptCounter,
  MemoryRepeatFilter,
  MemoryWindowCounter,
  RedisAttemptCounter,
  RedisDailySecret,
  RedisRepeatFilter,
  RedisWindowCounter,
  type WindowCounter,
} from './services/limits/counters.ts';
import { SharedRedis, type SharedRedisOptions } from './services/limits/shared-redis.ts';
import { DEFAULT_SAVES_PER_MINUTE, defaultMediaConfig, type Config } from './config/config.ts';
import { WindowRateLimit } from './services/limits/rate-limit.ts';
import { registerEtags } from './http/caching.ts';
import { answerFrameworkError, registerErrorHandler } from './http/errors.ts';
import { DEFAULT_BODY_LIMIT, registerInputChecks } from './http/input.ts';
import { registerSecurityHeaders } from './http/security.ts';
import { fastifyTrustProxy } from './http/trust-proxy.ts';
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
import type { WebhookSender } from './services/webhooks/webhook-target.ts';
import { EventDispatcher } from './services/events/event-dispatcher.ts';
import { HttpCachePurger, type CachePurger } from './services/events/cache-purger.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { backgroundTasks } from './jobs/tasks.ts';
import { AnalysisService } from './services/analysis/analysis.service.ts';
import { WorkerAnalyzer } from './services/analysis/analyzer.ts';
import { StoryService } from './services/stories/story.service.ts';
import { Readings } from './services/analysis/readings.ts';
import { AccountService, FAILURE_WINDOW_MS } from './services/accounts/account.service.ts';
import { createMailTransport, RelayLog, type MailTransport } from './services/mail/index.ts';
import { MediaService } from './services/media/media.service.ts';
import { FileMediaStore } from './services/media/media-store.ts';
import { registerMediaRoutes } from './site/routes/media.ts';
import { UPLOAD_CONTENT_TYPE } from './domain/media.ts';
import { registerRawBodyParser } from './http/raw-body.ts';
import { mediaEndpoints } from './api/admin/media.ts';
import { registerAdmin } from './admin/routes.tsx';
import { adminApiRoutes } from './api/admin/index.ts';
import { adminAppRoutes } from './admin/app-shell.ts';
import { NewsroomService } from './services/newsroom/newsroom.service.ts';
import { absolute, paths } from './lib/paths.ts';
import { registerContentApi } from './api/content/routes.ts';
import { TaxonomyService } from './services/taxonomy/taxonomy.service.ts';
import { registerSiteRoutes } from './site/routes.ts';
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
  /** The Redis shared by instances (REDIS_URL), behind a circuit breaker; or null. */
  redis: SharedRedis | null;
  /** Requests per client and window for the HTTP rate limits (in Redis when configured). */
  requestCounter: WindowCounter;
  /** Where invitation and password-reset mail goes (MAIL_TRANSPORT). */
  mail: MailTransport;
  /** The log mail writes to: standard error until buildApp hands over the server's logger. */
  mailLog: RelayLog;
  /** Where lost database connections are reported; relayed like `mailLog`. */
  databaseLog: RelayLog;
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
  /** How webhook deliveries are sent (tests resolve host names their own way). */
  webhookSender?: WebhookSender;
  purger?: CachePurger;
  onEventError?: (err: unknown, eventId: string) => void;
  /** Mail transport instead of the configured one (tests record messages). */
  mail?: MailTransport;
  /** The Redis circuit breaker's timings (tests shorten the cooldown). */
  redis?: Pick<SharedRedisOptions, 'commandTimeoutMs' | 'failures' | 'cooldownMs'>;
}

/** Article writes per account are counted per minute. */
const WRITE_WINDOW_MS = 60_000;

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
  const databaseLog = new RelayLog();
  const database = openDatabase(config.database, { timeouts: config.databaseTimeouts, log: databaseLog });
  // Shared counters for several instances; while Redis is away each process counts on its own.
  // (mailLog is the container's relay to the server's log.)
  const redis = config.redis ? new SharedRedis(config.redis.url, { ...options.redis, log: mailLog }) : null;
  const requestCounter = redis
    ? new RedisWindowCounter(redis, config.redis!.prefix, new MemoryWindowCounter(clock))
    : new MemoryWindowCounter(clock);
  try {
    const migrated = await database.migrate();
    const store = createStore(database);
    const site = new SiteService(store, {
      ...config.site,
      baseUrl:
        config.site.baseUrl ??
        `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
    });
    await site.load();
    const taxonomy = new TaxonomyService(store, clock, newId);
    const writer = new ArticleWriter(store, site, taxonomy, clock, newId);
    const search = new SearchService(store, site, taxonomy);
    // Articles written before search existed (or restored from a backup) become findable.
    await search.backfill();
    const reader = new ArticleReader(store, clock);
    const textImporter = new TextImporter(writer, site);
    const webhooks = new WebhookService(store, clock, newId, {
      allowPrivate: config.webhooks?.allowPrivate ?? false,
      ...(options.webhookSender ? { send: options.webhookSender } : {}),
    });
    const readings = new Readings(store, site);
    const stories = new StoryService(store, readings, newId);
    const purger = options.purger ?? new HttpCachePurger(config.cachePurgeUrl ?? null);
    // Articles are read into facts in a worker thread: a long one never holds up other requests.
    const analysis = new AnalysisService(store, site, clock, stories, newId, readings, new WorkerAnalyzer());
    const mediaConfig = config.media ?? defaultMediaConfig(config.database);
    const media = new MediaService(
      store,
      new FileMediaStore(mediaConfig.dir),
      clock,
      {
        maxBytes: mediaConfig.maxBytes,
        ...(mediaConfig.maxPixels ? { maxPixels: mediaConfig.maxPixels } : {}),
      },
      newId,
    );
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
      newsroom: new NewsroomService(
        store,
        writer,
        site,
        clock,
        newId,
        new WindowRateLimit(
          redis
            ? new RedisAttemptCounter(
                redis,
                `${config.redis!.prefix}writes:`,
                WRITE_WINDOW_MS,
                new MemoryAttemptCounter(WRITE_WINDOW_MS, clock),
              )
            : new MemoryAttemptCounter(WRITE_WINDOW_MS, clock),
          config.limits?.articleSavesPerMinute ?? DEFAULT_SAVES_PER_MINUTE,
          WRITE_WINDOW_MS,
          clock,
          'article saves',
        ),
      ),
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
        siteName: () => site.settings().name,
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
      requestCounter,
      mail,
      mailLog,
      databaseLog,
      media,
      textImporter,
      close: async () => {
        await analysis.close();
        await redis?.close();
        await database.close();
      },
    };
  } catch (e) {
    await redis?.close();
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
    readings: {
      refresh: (id) => c.analysis.refresh(id),
      corrections: (id) => c.analysis.corrections(id),
      correct: (id, correction, actor) => c.analysis.correct(id, correction, actor),
      approve: (id, input, actor) => c.analysis.approve(id, input, actor),
      find: async (language, headline) => {
        const a = await c.store.repos.articles.findBySlug(language, slugify(headline));
        return a && a.status === 'published' ? { id: a.id, bodyText: a.bodyText } : null;
      },
      marker: {
        get: async () => ((await c.store.repos.settings.getAll()).demoReadings as string | undefined) ?? null,
        set: (v) => c.store.repos.settings.set('demoReadings', v),
      },
    },
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
      trustProxy: fastifyTrustProxy(config.trustProxy),
      // Per-request lines only when debugging; probes never.
      logController: new LogController({
        disableRequestLogging: (req) =>
          !['debug', 'trace'].includes(config.logLevel) || req.url === '/healthz' || req.url === '/readyz',
      }),
      // Slugs may be up to 200 characters (Fastify's default limit for a path parameter is 100).
      routerOptions: { ignoreDuplicateSlashes: true, maxParamLength: 256 },
      bodyLimit: DEFAULT_BODY_LIMIT,
      frameworkErrors: answerFrameworkError,
    });
    container.mailLog.use(server.log);
    container.databaseLog.use(server.log);
    const routes: RegisteredRoute[] = [];
    server.addHook('onRoute', (r) => {
      for (const method of ([] as string[]).concat(r.method)) {
        if (method !== 'HEAD')
          routes.push({ method, url: r.url, access: (r.config as { access?: string } | undefined)?.access });
      }
    });
    registerErrorHandler(server);
    // Every body, query string and path: valid UTF-8, no NUL, no lone surrogates, JSON kept shallow.
    registerInputChecks(server);
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
        // Bounded (1 s) and on a connection of its own: a probe never waits behind a busy pool.
        await container.database.ping(1_000);
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
      limits: container.requestCounter,
    });
    if (options.jobs !== false) {
      const jobs = startScheduler(backgroundTasks(container), server.log);
      server.addHook('onClose', async () => jobs.stop());
    }
    await registerAdmin(server, {
      limits: container.requestCounter,
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
