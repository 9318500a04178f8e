import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errorCatalog, isAppError, RateLimitedError, type ErrorCode } from '../domain/errors.ts';

export interface ErrorBody {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
}

/** The JSON schema of an error answer, for the OpenAPI documents of both APIs. */
export const errorBodyJsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(errorCatalog) },
        message: { type: 'string' },
        issues: {
          type: 'array',
          items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
};

export function toErrorBody(e: AppError): ErrorBody {
  return { error: { code: e.code, message: e.message, ...(e.issues.length ? { issues: e.issues } : {}) } };
}

/** Maps thrown errors to answers with a stable code; unexpected errors are logged and hidden. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    let appError: AppError;
    if (isAppError(error)) appError = error;
    else if ('validation' in error && error.validation) {
      appError = new AppError(
        'VALIDATION_FAILED',
        error.message,
        error.validation.map((v) => ({
          field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || 'input',
          message: v.message ?? 'is invalid',
        })),
      );
    } else if ('statusCode' in error && typeof error.statusCode === 'number' && error.statusCode < 500) {
      const byStatus: Record<number, ErrorCode> = {
        404: 'NOT_FOUND',
        413: 'PAYLOAD_TOO_LARGE',
        415: 'UNSUPPORTED_MEDIA_TYPE',
        429: 'RATE_LIMITED',
      };
      appError = new AppError(byStatus[error.statusCode] ?? 'VALIDATION_FAILED', error.message);
    } else {
      request.log.error({ err: error }, 'unhandled error');
      appError = new AppError('INTERNAL', errorCatalog.INTERNAL.message);
    }
    // A database that is away comes back by itself (see storage/postgres-pool.ts); clients and
    // crawlers may retry soon.
    if (appError.status === 503) reply.header('retry-after', '5');
    if (appError instanceof RateLimitedError) reply.header('retry-after', String(appError.retryAfterSeconds));
    return reply.code(appError.status).header('cache-control', 'no-store').send(toErrorBody(appError));
  });
}

/**
 * Errors Fastify raises before any route (and its error handler) is chosen: a path with a
 * malformed %-escape, a path segment past `maxParamLength`. Without this they are answered in
 * Fastify's own shape and status (414), outside the catalog.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  let appError: AppError;
  if (error.code === 'FST_ERR_BAD_URL')
    appError = new AppError('VALIDATION_FAILED', 'path: must be valid percent-encoded UTF-8', [
      { field: 'path', message: 'must be valid percent-encoded UTF-8' },
    ]);
  // No name on this site is that long (slugs stop at 200 characters): nothing is there.
  else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') appError = new AppError('NOT_FOUND', 'No such page.');
  else {
    request.log.error({ err: error }, 'unhandled error');
    appError = new AppError('INTERNAL', errorCatalog.INTERNAL.message);
  }
  void reply.code(appError.status).header('cache-control', 'no-store').send(toErrorBody(appError));
}
