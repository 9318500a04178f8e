import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { PUBLIC_PAGE_CACHE, cacheFor } from '../http/caching.ts';

export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}

export function sendPage(
  reply: FastifyReply,
  page: VNode,
  status = 200,
  cache = PUBLIC_PAGE_CACHE,
): FastifyReply {
  cacheFor(reply, cache);
  return reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));
}
