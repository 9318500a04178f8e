import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import { answerFrameworkError } from '../http/errors.ts';
import { DEFAULT_BODY_LIMIT } from '../http/input.ts';
import { fastifyTrustProxy } from '../http/trust-proxy.ts';
import type { BuildOptions, Container } from './container.ts';

/** A route as registered, with the access it declared (admin routes must declare one). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: string | undefined;
}

/** The Fastify instance: logging, proxies, limits; and the list of routes as they get registered. */
export function createServer(
  config: Config,
  options: BuildOptions,
): { server: FastifyInstance; routes: RegisteredRoute[] } {
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
