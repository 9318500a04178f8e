import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { AppError } from '../domain/errors.ts';
import { asError } from '../lib/as-error.ts';

const tooLarge = (limit: number) =>
  new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`, [
    { field: 'file', message: `must be at most ${limit} bytes` },
  ]);

/**
 * Reads a request body into one buffer, at most `limit` bytes. With a Content-Length (what
 * browsers send) the buffer is allocated once at that size and each chunk copied in as it
 * arrives, so an upload is held in memory once, not twice (chunks plus their concatenation);
 * a Content-Length over the limit is refused before anything is read.
 */
export function readBody(payload: Readable, contentLength: number | null, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (contentLength !== null && contentLength > limit) {
      reject(tooLarge(limit));
      return;
    }
    const exact = contentLength !== null ? Buffer.allocUnsafe(contentLength) : null;
    const chunks: Buffer[] = [];
    let received = 0;
    const stopListening = () => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
    };
    const onError = (error: Error) => {
      stopListening();
      reject(error);
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (received + bytes.length > limit) {
        onError(tooLarge(limit));
        return;
      }
      if (exact) {
        if (received + bytes.length > exact.length) {
          onError(new AppError('VALIDATION_FAILED', 'The body is longer than its Content-Length.'));
          return;
        }
        bytes.copy(exact, received);
      } else chunks.push(bytes);
      received += bytes.length;
    };
    const onEnd = () => {
      if (exact && received !== exact.length) {
        onError(new AppError('VALIDATION_FAILED', 'The body is shorter than its Content-Length.'));
        return;
      }
      stopListening();
      resolve(exact ?? Buffer.concat(chunks, received));
    };
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
    payload.resume();
  });
}

/**
 * Accepts request bodies of the given content types as raw bytes (a Buffer in `request.body`),
 * e.g. image uploads sent as `Content-Type: image/png`, up to the route's `bodyLimit` (413
 * beyond, before reading when the Content-Length says so).
 */
export function registerRawBodyParser(app: FastifyInstance, contentType: RegExp): void {
  app.addContentTypeParser(contentType, (request: FastifyRequest, payload, done) => {
    const length = Number(request.headers['content-length'] ?? NaN);
    readBody(payload, Number.isFinite(length) ? length : null, request.routeOptions.bodyLimit).then(
      (body) => done(null, body),
      (e: unknown) => done(asError(e), undefined),
    );
  });
}
