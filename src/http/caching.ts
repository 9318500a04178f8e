import { hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Public pages: browsers revalidate after a minute; CDNs keep 5 minutes and may serve stale while refreshing. */
export const PUBLIC_PAGE_CACHE =
  'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400';
export const IMMUTABLE_ASSET_CACHE = 'public, max-age=31536000, immutable';
export const NO_STORE = 'no-store';

export function cacheFor(reply: FastifyReply, policy: string): FastifyReply {
  return reply.header('cache-control', policy);
}

/**
 * Adds a strong ETag to successful GET/HEAD answers with a body and answers 304 when the client
 * already has it. Bodies are hashed after rendering, so the tag changes exactly when the bytes do.
 */
export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.getHeader('etag')) return payload;
    // One-shot: no Hash object per answer (the same digest as createHash's).
    const etag = `"${hash('sha1', payload, 'base64url')}"`;
    reply.header('etag', etag);
    const inm = request.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
