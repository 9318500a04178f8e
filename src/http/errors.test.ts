import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, errorCatalog, RateLimitedError, type ErrorCode } from '../domain/errors.ts';
import { registerErrorHandler, toErrorBody } from './errors.ts';
import { errorAnswer } from '../../test/utils/error-answer.ts';

/** A bare Fastify instance with the error handler and one route that throws what it is given. */
async function appThrowing(error: () => unknown): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  app.get('/boom', async () => {
    throw error();
  });
  app.post('/checked', { schema: { body: { type: 'object', required: ['name'] } } }, async () => 'ok');
  await app.ready();
  return app;
}

let app: FastifyInstance | undefined;
afterEach(async () => app?.close());

describe('errors → answers', () => {
  it('answers every catalog code with its status, code and message, never cached', async () => {
    for (const code of Object.keys(errorCatalog) as ErrorCode[]) {
      app = await appThrowing(() => new AppError(code));
      const res = await app.inject({ method: 'GET', url: '/boom' });
      expect(res.statusCode, code).toBe(errorCatalog[code].status);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json()).toEqual({ error: { code, message: errorCatalog[code].message } });
      await app.close();
    }
  });

  it('names the fields of a validation failure', async () => {
    app = await appThrowing(
      () => new AppError('VALIDATION_FAILED', 'Bad input.', [{ field: 'headline', message: 'is required' }]),
    );
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.json()).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Bad input.',
        issues: [{ field: 'headline', message: 'is required' }],
      },
    });
  });

  it("turns Fastify's own schema failures into VALIDATION_FAILED naming the field", async () => {
    app = await appThrowing(() => null);
    const res = await app.inject({ method: 'POST', url: '/checked', payload: { other: 1 } });
    expect(res.statusCode).toBe(400);
    expect(errorAnswer.parse(res.json()).error.code).toBe('VALIDATION_FAILED');
    expect(errorAnswer.parse(res.json()).error.issues).toEqual([
      { field: 'input', message: "must have required property 'name'" },
    ]);
  });

  it('maps client errors raised by plugins by status (413, 415, 404)', async () => {
    const withStatus = (statusCode: number) => Object.assign(new Error('plugin says no'), { statusCode });
    for (const [status, code] of [
      [413, 'PAYLOAD_TOO_LARGE'],
      [415, 'UNSUPPORTED_MEDIA_TYPE'],
      [404, 'NOT_FOUND'],
      [405, 'VALIDATION_FAILED'],
    ] as const) {
      app = await appThrowing(() => withStatus(status));
      const res = await app.inject({ method: 'GET', url: '/boom' });
      expect(errorAnswer.parse(res.json()).error.code, String(status)).toBe(code);
      await app.close();
    }
  });

  it('hides an unexpected error behind INTERNAL and says nothing of it', async () => {
    app = await appThrowing(() => new Error('secret table users_backup is missing'));
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: errorCatalog.INTERNAL.message } });
    expect(res.body).not.toContain('secret');
  });

  it('tells clients when to retry: 5 s when the database is away, the limit’s own wait when limited', async () => {
    app = await appThrowing(() => new AppError('UNAVAILABLE'));
    expect((await app.inject({ method: 'GET', url: '/boom' })).headers['retry-after']).toBe('5');
    await app.close();
    app = await appThrowing(() => new RateLimitedError('Slow down.', 42));
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('42');
    expect(errorAnswer.parse(res.json()).error.message).toBe('Slow down.');
  });
});

describe('toErrorBody', () => {
  it('leaves issues out when there are none', () => {
    expect(toErrorBody(new AppError('NOT_FOUND'))).toEqual({
      error: { code: 'NOT_FOUND', message: 'Not found.' },
    });
  });
});
