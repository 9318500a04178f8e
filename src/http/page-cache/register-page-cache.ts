import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PageCache } from './page-cache.ts';
import { pageKey } from './page-key.ts';
import type { StoredPage } from './page-store.ts';

/** Routes of the scope that are never cached (their answers depend on more than the address). */
export interface PageCacheScope {
  skipRoutes: readonly string[];
}

/** Headers that belong to one response or one client, never replayed from the cache. */
const NOT_STORED = new Set([
  'set-cookie',
  'content-length',
  'date',
  'connection',
  'transfer-encoding',
  'x-cache',
]);

interface CacheState {
  key: string;
  leader: (() => void) | null;
}

const states = new WeakMap<FastifyRequest, CacheState>();

/**
 * Serves the reader pages of this Fastify scope from `cache` and keeps what they render. Only
 * GET and HEAD answers with status 200, a body, no cookie set and a public cache policy are kept;
 * anything else (errors, redirects, previews, the newsroom, which lives outside this scope) is
 * rendered every time. `X-Cache: hit | stale | miss` tells operators which it was.
 */
export function registerPageCache(scope: FastifyInstance, cache: PageCache, options: PageCacheScope): void {
  const skip = new Set(options.skipRoutes);

  scope.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (skip.has(request.routeOptions.url ?? '')) return;
    const key = pageKey(request.url);
    if (key === null) return;
    const found = await cache.lookup(key);
    if (found.kind !== 'render') return replay(request, reply, found.page, found.kind);
    states.set(request, { key, leader: found.leader });
    reply.header('x-cache', 'miss');
  });

  scope.addHook('onSend', async (request, reply, payload) => {
    const state = states.get(request);
    if (!state) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (Buffer.isBuffer(body) && cacheable(reply)) {
      cache.keep(state.key, {
        body,
        headers: storedHeaders(reply),
        etag: String(reply.getHeader('etag')),
      });
    }
    return payload;
  });

  // Hooks without a callback must return a promise; this one has nothing to wait for.
  const finish = (request: FastifyRequest): Promise<void> => {
    const state = states.get(request);
    states.delete(request);
    state?.leader?.();
    return Promise.resolve();
  };
  scope.addHook('onResponse', finish);
  scope.addHook('onRequestAbort', finish);
}

/** Only a plain public 200 with an ETag (the ETag hook tags every such page) is kept. */
function cacheable(reply: FastifyReply): boolean {
  if (reply.statusCode !== 200 || reply.hasHeader('set-cookie') || !reply.hasHeader('etag')) return false;
  const policy = String(reply.getHeader('cache-control') ?? '');
  return policy.includes('public') && !/(no-store|private|no-cache)/.test(policy);
}

function storedHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value === undefined || NOT_STORED.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

/** Answers from the cache: 304 when the client holds this version, the stored page otherwise. */
function replay(
  request: FastifyRequest,
  reply: FastifyReply,
  page: StoredPage,
  kind: 'hit' | 'stale',
): FastifyReply {
  reply.headers(page.headers).header('x-cache', kind);
  const held = request.headers['if-none-match'];
  if (held?.split(',').some((t) => t.trim().replace(/^W\//, '') === page.etag)) {
    return reply.code(304).send('');
  }
  return reply.code(200).send(page.body);
}
