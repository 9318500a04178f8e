import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/config.ts';
import { registerEtags } from './http/caching.ts';
import { registerErrorHandler } from './http/errors.ts';
import { registerInputChecks } from './http/input.ts';
import { registerSecurityHeaders } from './http/security.ts';
import { startScheduler, type Scheduler } from './jobs/scheduler.ts';
import { backgroundTasks } from './jobs/tasks.ts';
import { buildAssets } from './site/assets.ts';
import { createContainer, type BuildOptions, type Container } from './app/container.ts';
import { loadDemo } from './app/demo.ts';
import { registerMetrics } from './app/metrics.ts';
import { createServer, registerProbes, type RegisteredRoute } from './app/server.ts';
import { registerContentWing, registerNewsroomWing, registerReaderWing } from './app/wings.ts';

/*
 * The composition root: the one place that builds and wires everything. The services are built
 * in app/container.ts (shared counters in app/shared-counters.ts), the HTTP wings registered by
 * app/wings.ts; this module is the door the entries (main.ts, cli/main.ts) and the tests use.
 */
export { createContainer, loadDemo, type BuildOptions, type Container, type RegisteredRoute };

export interface App {
  server: FastifyInstance;
  container: Container;
  routes: RegisteredRoute[];
  /** Starts the background jobs built with `jobs: 'deferred'` (once; never after close). */
  startJobs(): void;
  close(): Promise<void>;
}

/** Builds the HTTP application (not listening): tests call `server.inject()`, main calls `listen()`. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<App> {
  const container = await createContainer(config, options);
  let jobs: ReturnType<typeof backgroundJobs> | undefined;
  try {
    if (config.demo) await loadDemo(container);
    const settings = container.site.settings();
    const assets = buildAssets({ defaultTextSize: settings.textSize.default, siteName: settings.name });
    const { server, routes } = createServer(config, options, container.pageCache);
    container.mailLog.use(server.log);
    container.databaseLog.use(server.log);
    registerErrorHandler(server);
    // Every body, query string and path: valid UTF-8, no NUL, no lone surrogates, JSON kept shallow.
    registerInputChecks(server);
    await registerSecurityHeaders(server, {
      scriptHashes: assets.scriptHashes,
      https: settings.baseUrl.startsWith('https:'),
    });
    registerEtags(server);
    registerProbes(server, container);
    registerMetrics(server, container);
    await server.register(cookie);
    const renderers = await registerReaderWing(server, container, assets);
    await registerContentWing(server, container);
    jobs = backgroundJobs(server, container, options.jobs ?? true);
    const started = jobs;
    await registerNewsroomWing(server, container, { assets, renderArticle: renderers.renderArticle });
    server.addHook('onClose', async () => {
      const stopped = started.stop();
      // A reading in flight would hold the close for up to its time limit: closing the analyser
      // ends it now, and its task, told of the shutdown, notes that without an error.
      await container.analysis.close();
      await stopped;
      await container.close();
    });
    await server.ready();
    return { server, container, routes, startJobs: started.start, close: () => server.close() };
  } catch (e) {
    await jobs?.stop();
    await container.close();
    throw e;
  }
}

/** The background jobs: started now, later (`start`), or never; `stop` ends them for good. */
function backgroundJobs(server: FastifyInstance, container: Container, when: boolean | 'deferred') {
  let jobs: Scheduler | null = null;
  let stopped = when === false;
  // A change readers see is purged (and announced) right after its commit, not at the next tick.
  if (when !== false) container.store.onEventsCommitted(() => jobs?.trigger('outbox'));
  const start = () => {
    if (stopped || jobs) return;
    jobs = startScheduler(backgroundTasks(container), server.log);
  };
  if (when === true) start();
  return {
    start,
    stop: async () => {
      stopped = true;
      await jobs?.stop();
    },
  };
}
