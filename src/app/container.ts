import { defaultMediaConfig, type Config } from '../config/config.ts';
import { TextImporter } from '../ingest/text/import-text.ts';
import { AccountService } from '../services/accounts/account.service.ts';
import { AnalysisService } from '../services/analysis/analysis.service.ts';
import { WorkerAnalyzer } from '../services/analysis/analyzer.ts';
import { Readings } from '../services/analysis/readings.ts';
import { ApiKeyService } from '../services/api-keys/api-key.service.ts';
import { ArticleReader } from '../services/articles/article-reader.ts';
import { ArticleWriter } from '../services/articles/article-writer.ts';
import { systemClock, uuid, type Clock, type IdGenerator } from '../services/deps.ts';
import { HttpCachePurger, type CachePurger } from '../services/events/cache-purger.ts';
import { EventDispatcher } from '../services/events/event-dispatcher.ts';
import { LocalPagePurger, PagePurgeBroadcast, PurgerChain } from '../services/events/page-purge-broadcast.ts';
import { PageCache } from '../http/page-cache/page-cache.ts';
import type { WindowCounter } from '../services/limits/counters.ts';
import type { SharedRedis, SharedRedisOptions } from '../services/limits/shared-redis.ts';
import { createMailTransport, RelayLog, type MailTransport } from '../services/mail/index.ts';
import { FileMediaStore } from '../services/media/media-store.ts';
import { MediaService } from '../services/media/media.service.ts';
import { ImportLedger } from '../services/imports/import-ledger.ts';
import { RedirectService } from '../services/redirects/redirect.service.ts';
import { LazyGhostImporter, type GhostImports } from '../ingest/ghost/lazy-ghost-importer.ts';
import { LazyWxrImporter, type WxrImports } from '../ingest/wxr/lazy-wxr-importer.ts';
import { LiveBlogService } from '../services/live/live-blog.service.ts';
import { LocalLiveNews, RedisLiveNews, type LiveNews } from '../services/live/live-news.ts';
import { NewsroomService } from '../services/newsroom/newsroom.service.ts';
import { SearchService } from '../services/search/search.service.ts';
import { SiteService } from '../services/site/site.service.ts';
import { StoryService } from '../services/stories/story.service.ts';
import { AuthorProfiles } from '../services/taxonomy/author-profiles.ts';
import { TaxonomyService } from '../services/taxonomy/taxonomy.service.ts';
import { WebhookService } from '../services/webhooks/webhook.service.ts';
import { WireSourceService } from '../services/wire/wire-sources.ts';
import { WireItems } from '../services/wire/wire-items.ts';
import { WirePoller } from '../services/wire/wire-poller.ts';
import { defaultWireLimits, WireAllowList, type WireFetchLimits } from '../services/wire/wire-fetch.ts';
import type { WebhookSender } from '../services/webhooks/webhook-target.ts';
import { openDatabase, type Database, type QueryHeard } from '../storage/database.ts';
import { createStore, type Store } from '../storage/repositories/index.ts';
import { articleWriteLimit, requestCounter, signInFailures, type CounterHome } from './shared-counters.ts';

/** The services, built once and wired together (no HTTP): what the server and the CLI run on. */
export interface Container {
  config: Config;
  database: Database;
  /** Migrations applied by this start. */
  migrated: string[];
  store: Store;
  clock: Clock;
  site: SiteService;
  taxonomy: TaxonomyService;
  authorProfiles: AuthorProfiles;
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
  /** Live blogs: entries, pins, closing (the newsroom's writes). */
  live: LiveBlogService;
  /** How live-blog changes reach readers connected to any instance (Redis pub/sub, or this process). */
  liveNews: LiveNews;
  /** Rendered reader pages (PAGE_CACHE_BYTES), purged by the outbox on every instance; or null. */
  pageCache: PageCache | null;
  /** Where shared counters live: Redis (REDIS_URL) behind a circuit breaker, or this process. */
  counters: CounterHome;
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
  /** Old permalinks → articles, for the reader site's misses. */
  redirects: RedirectService;
  /** `newsdesk import wxr`: WordPress exports → articles, media, redirects (loaded on first use). */
  wxrImporter: WxrImports;
  /** `newsdesk import ghost`: Ghost exports or a running Ghost's Content API → the same (loaded on first use). */
  ghostImporter: GhostImports;
  /** The wire desk's sources (agency feeds and folders). */
  wireSources: WireSourceService;
  /** Polls due wire sources and stores their items (the `wire-poll` task, `newsdesk wire poll`). */
  wirePoller: WirePoller;
  close(): Promise<void>;
}

export interface BuildOptions {
  clock?: Clock;
  newId?: IdGenerator;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | Record<string, unknown>;
  /**
   * Run background jobs (outbox, webhook deliveries); tests drive them by hand. Default true;
   * 'deferred': wired, started by `App.startJobs()` (the server starts them once it listens, so
   * they do not compete with the start and its first requests).
   */
  jobs?: boolean | 'deferred';
  /** How webhook deliveries are sent (tests resolve host names their own way). */
  webhookSender?: WebhookSender;
  purger?: CachePurger;
  onEventError?: (err: unknown, eventId: string) => void;
  /** Mail transport instead of the configured one (tests record messages). */
  mail?: MailTransport;
  /** Hears of every database query (benchmarks and tests count queries per request). */
  onQuery?: (query: QueryHeard) => void;
  /** Wire fetch limits instead of the defaults (tests shorten the timeout and size limit). */
  wireLimits?: Partial<Omit<WireFetchLimits, 'allow'>>;
  /** The Redis circuit breaker's timings (tests shorten the cooldown). */
  redis?: Pick<SharedRedisOptions, 'commandTimeoutMs' | 'failures' | 'cooldownMs'>;
}

/** What the container is built from, beside the store: the process's connections and options. */
interface Ground {
  config: Config;
  options: BuildOptions;
  clock: Clock;
  newId: IdGenerator;
  home: CounterHome;
  mail: MailTransport;
  mailLog: RelayLog;
  pages: PagePurging;
  liveNews: LiveNews;
}

/** The page cache and how purges reach it (this process only, or every instance through Redis). */
interface PagePurging {
  cache: PageCache | null;
  purger: CachePurger | null;
  close(): Promise<void>;
}

function pagePurging(
  config: Config,
  shared: { redis: SharedRedis; prefix: string } | null,
  log: RelayLog,
  clock: Clock,
): PagePurging {
  const settings = config.pageCache;
  if (!settings || settings.maxBytes === 0) return { cache: null, purger: null, close: async () => {} };
  const cache = new PageCache({ ...settings, now: () => clock.now().getTime() });
  if (!shared) return { cache, purger: new LocalPagePurger(cache), close: async () => {} };
  const broadcast = new PagePurgeBroadcast(cache, shared.redis, shared.prefix, log);
  return { cache, purger: broadcast, close: () => broadcast.close() };
}

/** Opens the database, runs migrations, loads settings, and wires the services (no HTTP). */
export async function createContainer(config: Config, options: BuildOptions = {}): Promise<Container> {
  const clock = options.clock ?? systemClock;
  // ioredis is loaded only when Redis is configured: a single instance never needs it.
  const Redis = config.redis ? (await import('../services/limits/shared-redis.ts')).SharedRedis : null;
  const mailLog = new RelayLog();
  const mail =
    options.mail ??
    createMailTransport(
      config.mail ?? { transport: 'log', smtpUrl: null, from: 'newsdesk@localhost' },
      mailLog,
    );
  const databaseLog = new RelayLog();
  const database = openDatabase(config.database, {
    timeouts: config.databaseTimeouts,
    log: databaseLog,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  // Shared counters for several instances; while Redis is away each process counts on its own.
  // (mailLog is the container's relay to the server's log.)
  const shared =
    config.redis && Redis
      ? {
          redis: new Redis(config.redis.url, { ...options.redis, log: mailLog }),
          prefix: config.redis.prefix,
        }
      : null;
  const redis = shared?.redis;
  const home: CounterHome = { shared, config, clock };
  const counter = requestCounter(home);
  const pages = pagePurging(config, shared, mailLog, clock);
  const liveNews: LiveNews = shared
    ? new RedisLiveNews(shared.redis, shared.prefix, mailLog)
    : new LocalLiveNews();
  try {
    const migrated = await database.migrate();
    const ground = {
      config,
      options,
      clock,
      newId: options.newId ?? uuid,
      home,
      mail,
      mailLog,
      pages,
      liveNews,
    };
    const services = await wireServices(createStore(database), ground);
    return {
      ...services,
      config,
      database,
      migrated,
      clock,
      pageCache: pages.cache,
      liveNews,
      counters: home,
      requestCounter: counter,
      mail,
      mailLog,
      databaseLog,
      close: async () => {
        await services.analysis.close();
        await pages.close();
        await liveNews.close();
        await redis?.close();
        await database.close();
      },
    };
  } catch (e) {
    await pages.close();
    await liveNews.close();
    await redis?.close();
    await database.close();
    throw e;
  }
}

/** The services over the store, each given what it depends on. */
async function wireServices(store: Store, g: Ground) {
  const { config, options, clock, newId } = g;
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
  const webhooks = new WebhookService(store, clock, newId, {
    allowPrivate: config.webhooks?.allowPrivate ?? false,
    ...(options.webhookSender ? { send: options.webhookSender } : {}),
  });
  const readings = new Readings(store, site);
  const stories = new StoryService(store, readings, newId);
  const cdn = options.purger ?? new HttpCachePurger(config.cachePurgeUrl ?? null);
  const purger = g.pages.purger ? new PurgerChain([cdn, g.pages.purger]) : cdn;
  // Articles are read into facts in a worker thread: a long one never holds up other requests.
  const analysisReader = new WorkerAnalyzer();
  const analysis = new AnalysisService(store, site, clock, stories, newId, readings, analysisReader);
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
  const importDeps = { ledger: new ImportLedger(store, writer, clock), taxonomy, site, media };
  const failures = signInFailures(g.home);
  return {
    store,
    site,
    taxonomy,
    authorProfiles: new AuthorProfiles(store, taxonomy, clock, newId, () => site.settings().languages),
    writer,
    search,
    reader: new ArticleReader(store, clock),
    textImporter: new TextImporter(writer, site),
    redirects: new RedirectService(store),
    wxrImporter: new LazyWxrImporter(importDeps),
    ghostImporter: new LazyGhostImporter(importDeps),
    wireSources: new WireSourceService(store, site, clock, newId),
    wirePoller: new WirePoller(store, new WireItems(store, site, analysisReader, clock, newId), clock, {
      ...defaultWireLimits(new WireAllowList(config.wire?.allowPrivate ?? [])),
      ...options.wireLimits,
    }),
    webhooks,
    stories,
    analysis,
    media,
    events: new EventDispatcher(store, webhooks, purger, clock, options.onEventError, analysis, g.liveNews),
    live: new LiveBlogService(store, clock, newId),
    newsroom: new NewsroomService(store, writer, site, clock, newId, articleWriteLimit(g.home)),
    apiKeys: new ApiKeyService(store, clock, newId),
    accounts: new AccountService(store, clock, newId, {
      mail: g.mail,
      baseUrl: () => site.settings().baseUrl,
      siteName: () => site.settings().name,
      onMailError: (err) => g.mailLog.error({ err }, 'a password reset mail could not be sent'),
      ...(failures ? { failures } : {}),
    }),
  };
}
