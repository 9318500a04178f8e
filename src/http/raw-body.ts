import type { FastifyInstance } from 'fastify';

/**
 * Accepts request bodies of the given content types as raw bytes (a Buffer in `request.body`),
 * e.g. image uploads sent as `Content-Type: image/png`. The size limit is the route's `bodyLimit`
 * (Fastify answers 413 past it, before the handler runs).
 */
export function registerRawBodyParser(app: FastifyInstance, contentType: RegExp): void {
  app.addContentTypeParser(contentType, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}
