import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from '../config/config.ts';
import { answerClientError } from '../http/client-errors.ts';
import { answerFrameworkError } from '../http/errors.ts';
import { DEFAULT_BODY_LIMIT } from '../http/input.ts';
import { answerFromCache } from '../http/page-cache/fast-path.ts';
import type { PageCache } from '../http/page-cache/page-cache.ts';
import { fastifyTrustProxy } from '../http/trust-proxy.ts';
import type { BuildOptions, Container } from './container.ts';

/** A route as registered, with the access it declared (admin routes must declare one). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: string | undefined;
}

/**
 * The node:http server under Fastify, with the page cache's fast path in front: a fresh cached
 * page is answered before Fastify parses the request; anything else (and everything while the
 * app is closing, so shutdown answers as Fastify does) goes on to Fastify. Timeouts as Fastify
 * sets them on a server of its own.
 */
function serverWithCache(
  cache: PageCache,
  closing: () => boolean,
): NonNullable<FastifyServerOptions['serverFactory']> {
  return (handler, options) => {
    const server = createHttpServer((request: IncomingMessage, response: ServerResponse) => {
      if (closing() || !answerFromCache(cache, request, response)) handler(request, response);
    });
    const { keepAliveTimeout, requestTimeout, connectionTimeout } = options;
    if (typeof keepAliveTimeout === 'number') server.keepAliveTimeout = keepAliveTimeout;
    if (typeof requestTimeout === 'number') server.requestTimeout = requestTimeout;
    if (typeof connectionTimeout === 'number') server.setTimeout(connectionTimeout);
    return server;
  };
}

/** The Fastify instance: logging, proxies, limits; and the list of routes as they get registered. */
export function createServer(
  config: Config,
  options: BuildOptions,
  pageCache: PageCache | null = null,
): { server: FastifyInstance; routes: RegisteredRoute[] } {
  let closing = false;
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
    // Raw UTF-8 in a URL is refused by node:http itself: answered in the documented format too.
    clientErrorHandler: answerClientError,
    ...(pageCache ? { serverFactory: serverWithCache(pageCache, () => closing) } : {}),
  });
  server.addHook('preClose', async () => {
    closing = true;
    await Promise.resolve();
  });
  const routes: RegisteredRoute[] = [];
  server.addHook('onRoute', (r) => {
    for (const method of ([] as string[]).concat(r.method)) {
      if (method !== 'HEAD')
        routes.push({ method, url: r.url, access: (r.config as { access?: string } | undefined)?.access });
    }
  });
  return { server, routes };
}

/** The probes: /healthz (the process answers), /readyz (and the database does). */
export function registerProbes(server: FastifyInstance, container: Pick<Container, 'database'>): void {
  server.get('/healthz', async (_req, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  server.get('/readyz', async (_req, reply) => {
    // Bounded (1 s) and on a connection of its own: a probe never waits behind a busy pool.
    const ready = await container.database.ping(1_000).then(
      () => true,
      () => false,
    );
    // The reply is sent, not awaited: awaiting a Fastify reply waits for the response to finish.
    return ready
      ? reply.header('cache-control', 'no-store').send({ status: 'ready' })
      : reply.code(503).header('cache-control', 'no-store').send({ status: 'unavailable' });
  });
}
