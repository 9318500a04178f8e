import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors.ts';
import { cacheFor } from '../../http/caching.ts';
import { rateLimitStore, type RequestCounter } from '../../http/rate-limit-store.ts';
import type { ApiKey, ApiKeyService } from '../../services/api-keys/api-key.service.ts';
import { readInput } from '../endpoint.ts';
import type { ContentApiDeps } from './content-endpoint.ts';
import { contentEndpoints } from './endpoints.ts';
import { contentOpenApi } from './openapi.ts';

export interface ContentApiOptions extends ContentApiDeps {
  apiKeys: ApiKeyService;
  /** Counts requests per key (shared between instances through Redis); the plugin's own per-process store when absent. */
  limits?: RequestCounter;
}

/** Answers may be cached by the client and CDNs keyed on the Authorization header. */
const API_CACHE = 'public, max-age=60, s-maxage=60, stale-while-revalidate=300';
const keyOf = new WeakMap<FastifyRequest, ApiKey>();

function presentedKey(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const q = (request.query as Record<string, unknown>).key;
  return typeof q === 'string' ? q : null;
}

/** The public, read-only Content API under /api/v1: keys, CORS, a rate limit per key, ETags, OpenAPI. */
export async function registerContentApi(app: FastifyInstance, deps: ContentApiOptions): Promise<void> {
  const endpoints = contentEndpoints(deps);
  await app.register(
    async (api) => {
      await api.register(cors, {
        origin: '*',
        methods: ['GET', 'HEAD', 'OPTIONS'],
        allowedHeaders: ['Authorization', 'If-None-Match'],
        exposedHeaders: ['ETag', 'Retry-After'],
        maxAge: 86400,
        // An OPTIONS request that is not a preflight (no Origin) gets the same empty 204, not the
        // plugin's plain-text 400 outside the error catalog.
        strictPreflight: false,
      });

      api.get('/openapi.json', async (_request, reply) =>
        cacheFor(reply, API_CACHE).send(contentOpenApi(endpoints, deps.site.settings().baseUrl)),
      );

      api.addHook('preHandler', async (request) => {
        if (request.method === 'OPTIONS' || request.routeOptions.url === '/api/v1/openapi.json') return;
        const presented = presentedKey(request);
        const key = presented ? await deps.apiKeys.authenticate(presented) : null;
        if (!key) {
          throw new AppError(
            'UNAUTHORIZED',
            presented
              ? 'The API key is not valid or was revoked.'
              : 'An API key is required: Authorization: Bearer <key>.',
          );
        }
        keyOf.set(request, key);
      });
      await api.register(rateLimit, {
        hook: 'preHandler',
        timeWindow: 60_000,
        ...(deps.limits ? { store: rateLimitStore(deps.limits, 'api-rl:') } : {}),
        max: (request) => keyOf.get(request)?.rateLimit ?? 60,
        keyGenerator: (request) => keyOf.get(request)?.id ?? request.ip,
        allowList: (request) => request.routeOptions.url === '/api/v1/openapi.json',
        errorResponseBuilder: (_request, context) => {
          const e = new AppError(
            'RATE_LIMITED',
            `Rate limit of ${context.max} requests per minute reached; retry in ${Math.ceil(context.ttl / 1000)} s.`,
          );
          return Object.assign(e, { statusCode: 429 });
        },
      });

      for (const endpoint of endpoints) {
        api.route({
          method: endpoint.method,
          url: endpoint.path,
          handler: async (request, reply) => {
            const { key: _key, ...rawQuery } = request.query as Record<string, unknown>;
            const input = readInput(endpoint, { params: request.params, query: rawQuery, body: undefined });
            const body = await endpoint.handler({ ...input, request, reply });
            return cacheFor(reply, API_CACHE).header('vary', 'Authorization').send(body);
          },
        });
      }

      // Claims every other path under /api/v1, so the reader site's HTML 404 never answers here.
      const unknown = () =>
        Promise.reject(new AppError('NOT_FOUND', 'No such Content API endpoint; see /api/v1/openapi.json.'));
      api.get('/*', unknown);
      api.setNotFoundHandler(unknown);
    },
    { prefix: '/api/v1' },
  );
}
