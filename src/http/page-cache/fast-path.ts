import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PageCache } from './page-cache.ts';
import { pageKey } from './page-key.ts';

/**
 * Answers a request for a fresh cached page straight from node:http, before Fastify parses it:
 * a hit then costs about what serving a buffer costs. Only pages the reader site rendered and
 * the cache kept can be found here (the newsroom, the APIs, errors and search never are), so
 * everything else, and every stale or missing page, goes on to Fastify. Answers true when it
 * answered.
 */
export function answerFromCache(
  cache: PageCache,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const { method } = request;
  if (method !== 'GET' && method !== 'HEAD') return false;
  const key = pageKey(request.url ?? '');
  if (key === null) return false;
  const page = cache.freshPage(key);
  if (!page) return false;
  const held = request.headers['if-none-match'];
  if (held?.split(',').some((t) => t.trim().replace(/^W\//, '') === page.etag)) {
    response.writeHead(304, {
      etag: page.etag,
      'cache-control': page.headers['cache-control'] ?? '',
      'x-cache': 'hit',
    });
    response.end();
    return true;
  }
  response.writeHead(200, page.hitHeaders);
  response.end(method === 'HEAD' ? undefined : page.body);
  return true;
}
