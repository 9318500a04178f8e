import type { FastifyInstance } from 'fastify';
import { nonPublicKind } from '../lib/network-address.ts';
import type { Container } from './container.ts';

/**
 * `/metrics`: the page cache's counters in the Prometheus text format, for scrapers on the
 * operator's own network (loopback and private addresses; everyone else gets the site's 404).
 */
export function registerMetrics(server: FastifyInstance, container: Pick<Container, 'pageCache'>): void {
  server.get('/metrics', async (request, reply) => {
    if (nonPublicKind(request.ip) === null) {
      // The reply, not callNotFound's result: Fastify types that as void, yet the 404 page is sent
      // through this reply, and returning it keeps the async handler open until it has gone.
      reply.callNotFound();
      return reply;
    }
    const s = container.pageCache?.stats() ?? {
      hits: 0,
      stale: 0,
      misses: 0,
      purged: 0,
      entries: 0,
      bytes: 0,
    };
    const lines = [
      metric('page_cache_hits_total', 'counter', 'Reader pages served from the page cache.', s.hits),
      metric(
        'page_cache_stale_total',
        'counter',
        'Pages served stale while one request rendered them anew.',
        s.stale,
      ),
      metric('page_cache_misses_total', 'counter', 'Cacheable requests that rendered the page.', s.misses),
      metric('page_cache_purged_total', 'counter', 'Pages dropped by purges.', s.purged),
      metric('page_cache_entries', 'gauge', 'Pages held.', s.entries),
      metric('page_cache_bytes', 'gauge', 'Bytes the held pages take.', s.bytes),
    ];
    return reply
      .header('cache-control', 'no-store')
      .type('text/plain; version=0.0.4; charset=utf-8')
      .send(lines.join(''));
  });
}

function metric(name: string, type: 'counter' | 'gauge', help: string, value: number): string {
  return `# HELP newsdesk_${name} ${help}\n# TYPE newsdesk_${name} ${type}\nnewsdesk_${name} ${value}\n`;
}
